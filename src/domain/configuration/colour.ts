// The desk's colour: a hex colour that white text on it (and it on white) can be read against.

export const DEFAULT_DESK_COLOUR = '#1a5fb4';

/** WCAG 2 contrast for normal text: 4.5 to 1. */
const MIN_CONTRAST = 4.5;

function luminance(hex: string): number {
  const channels = [1, 3, 5].map(i => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map(c =>
    c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  );
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio of a `#rrggbb` colour against white (1 to 21). */
export function contrastWithWhite(hex: string): number {
  return 1.05 / (luminance(hex) + 0.05);
}

/** Why a Config colour cannot be used, or undefined when it can. */
export function colourProblem(text: string): string | undefined {
  if (!/^#[0-9a-f]{6}$/i.test(text))
    return `must be a colour like ${DEFAULT_DESK_COLOUR}`;
  const ratio = contrastWithWhite(text);
  return ratio < MIN_CONTRAST
    ? `is too light for white text (contrast ${ratio.toFixed(1)} to 1, at least ${MIN_CONTRAST} needed)`
    : undefined;
}

// Shortening a derived copy of people's text to fit a limit, with a visible marker.

/** A cell holds at most 50,000 characters (platform.md: Spreadsheets). */
export const CELL_MAX_CHARS = 50_000;

/** 12345 → "12,345", whatever the engine's locale. */
function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function marker(omitted: number, where: string): string {
  return `… [shortened: ${grouped(omitted)} more characters ${where}]`;
}

/** Never cut between the two halves of a surrogate pair. */
function cutAt(text: string, keep: number): number {
  const code = text.charCodeAt(keep - 1);
  return keep > 0 && code >= 0xd800 && code <= 0xdbff ? keep - 1 : keep;
}

/**
 * The text as is when it fits `max` characters, otherwise its start followed by a marker saying
 * how much was left out and where the full text is: "… [shortened: 12,345 more characters in
 * the ticket]". Only derived copies are shortened; the text stays in full where it was typed.
 */
export function shortened(
  text: string,
  max: number,
  where = 'in the ticket'
): string {
  if (text.length <= max) return text;
  let keep = Math.max(0, max - marker(text.length, where).length);
  keep = cutAt(text, keep);
  return text.slice(0, keep) + marker(text.length - keep, where);
}

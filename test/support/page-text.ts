// What a reader sees of a page or an email: its words, without the markup around them.

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  '#39': "'",
  nbsp: ' ',
};

/** Tags that start a new line or cell where they end, so their words do not run together. */
const BREAKS =
  /<(?:br|\/(?:p|h\d|li|td|th|tr|div|ul|ol|table|section|label|legend))\b[^>]*>/gi;

/**
 * The visible text of `html`: head, styles and scripts dropped, tags removed (a `<bdi>` or a
 * `dir` leaves its words as they were), entities decoded, runs of whitespace one space.
 */
export function visibleText(html: string): string {
  return html
    .replace(/<(head|style|script)\b[\s\S]*?<\/\1>/gi, '')
    .replace(BREAKS, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(
      /&(amp|lt|gt|quot|#39|nbsp);/g,
      (_, name: string) => ENTITIES[name]
    )
    .replace(/\s+/g, ' ')
    .trim();
}

/** Each row of each table in `html`, as the visible text of its cells. */
export function tableRows(html: string): string[][] {
  return [...html.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/gi)].map(([, row]) =>
    [...row.matchAll(/<t([hd])\b[^>]*>([\s\S]*?)<\/t\1>/gi)].map(([, , cell]) =>
      visibleText(cell)
    )
  );
}

/**
 * Makes any text safe to write to a cell and read back verbatim.
 *
 * Sheets parses a written string as if typed (platform.md: Spreadsheets): `=…` becomes a formula,
 * `+ - @` and a leading tab or CR are treated as formulas by spreadsheet exports (CSV-injection
 * guidance), and "00123" or "3/4" would turn into numbers or dates. A leading apostrophe keeps the
 * text exactly as given and is not part of the value read back.
 */
export function asLiteralText(text: string): string {
  return text === '' ? '' : `'${text}`;
}

/**
 * Whether Sheets could read the text as something other than text when written without the
 * apostrophe: a formula or CSV-injection start, or only the digits, signs and separators that
 * numbers, dates and times are made of.
 */
export function needsApostrophe(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text) || /^[\s\d.,:/%$€£()eE+-]*$/.test(text);
}

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, c => HTML_ESCAPES[c]);
}

/**
 * People's text escaped for HTML and isolated from the words around it (`<bdi>`), so an English
 * summary in an Arabic page keeps its own direction and its punctuation in place.
 */
export function isolatedHtml(text: string): string {
  return `<bdi>${escapeHtml(text)}</bdi>`;
}

/** Collapses whitespace and trims: for comparing answers typed by people. */
export function normalised(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Splits a comma- or semicolon-separated list typed into one cell. */
export function splitList(text: string): string[] {
  return text
    .split(/[,;]/)
    .map(item => item.trim())
    .filter(item => item !== '');
}

/** A stored JSON object's fields, or undefined when the text is absent, not JSON or not an object. */
export function storedObject(
  text: string | undefined
): Record<string, unknown> | undefined {
  if (!text) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  return typeof data === 'object' && data !== null
    ? (data as Record<string, unknown>)
    : undefined;
}

/** A1 notation: column letters, cell and range references, open-ended ranges like `B2:B` or `A:C`. */

export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

/**
 * A range reference; an omitted start is row or column 1, an omitted end (`B2:B`, `A:C`, `2:5`)
 * is the sheet's last row or column.
 */
export interface A1Reference {
  sheetName?: string;
  startRow?: number;
  startColumn?: number;
  endRow?: number;
  endColumn?: number;
}

const CELL = /^\$?([A-Za-z]{0,3})\$?(\d*)$/;

function parseEnd(text: string): {row?: number; column?: number} | undefined {
  const match = CELL.exec(text);
  if (!match || (match[1] === '' && match[2] === '')) return undefined;
  return {
    column: match[1] ? columnNumber(match[1]) : undefined,
    row: match[2] ? Number(match[2]) : undefined,
  };
}

function splitSheetName(a1: string): {sheetName?: string; cells: string} {
  const bang = a1.lastIndexOf('!');
  if (bang < 0) return {cells: a1};
  let sheetName = a1.slice(0, bang);
  if (sheetName.startsWith("'") && sheetName.endsWith("'")) {
    sheetName = sheetName.slice(1, -1).replace(/''/g, "'");
  }
  return {sheetName, cells: a1.slice(bang + 1)};
}

/** Parses `A1`, `A1:B2`, `B2:B`, `A:C`, `2:3` and `'Sheet name'!A1:B2`; undefined when invalid. */
export function parseA1(a1: string): A1Reference | undefined {
  const {sheetName, cells} = splitSheetName(a1.trim());
  const [first, second, extra] = cells.split(':');
  if (extra !== undefined) return undefined;
  const start = parseEnd(first);
  const end = second === undefined ? start : parseEnd(second);
  if (!start || !end) return undefined;
  if (
    second === undefined &&
    (start.row === undefined || start.column === undefined)
  )
    return undefined;
  if (start.row === undefined && end.row !== undefined) return undefined;
  if (start.column === undefined && end.column !== undefined) return undefined;
  return {
    sheetName,
    startRow: start.row,
    startColumn: start.column,
    endRow: end.row,
    endColumn: end.column,
  };
}

/** `A1` for one cell, `A1:B2` otherwise. */
export function a1Of(
  row: number,
  column: number,
  numRows = 1,
  numColumns = 1
): string {
  const start = `${columnLetters(column)}${row}`;
  if (numRows === 1 && numColumns === 1) return start;
  return `${start}:${columnLetters(column + numColumns - 1)}${row + numRows - 1}`;
}

/** A sheet name as A1 notation needs it: quoted when it is not a plain word. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

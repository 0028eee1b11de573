// The values a formula computes with: scalars, blocks of cells, Sheets' error values and dates.

/** Google Sheets' error values (https://sheets.wiki/docs/Error lists them with their causes). */
export type ErrorCode =
  | '#NULL!'
  | '#DIV/0!'
  | '#VALUE!'
  | '#REF!'
  | '#NAME?'
  | '#NUM!'
  | '#N/A'
  | '#ERROR!';

const ERROR_CODES: readonly ErrorCode[] = [
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#ERROR!',
];

/** An error value: it travels through a formula as a value and reads back as its code. */
export class FormulaError {
  constructor(readonly code: ErrorCode) {}
}

export function errorOfCode(code: string): FormulaError | undefined {
  const known = ERROR_CODES.find(c => c === code.toUpperCase());
  return known && new FormulaError(known);
}

/**
 * A date or date-time as a serial number (days since 30 Dec 1899). Kept apart from plain numbers
 * so that a formula such as `=TODAY()` or `=A2+7` on a date reads back as a Date, as Sheets'
 * automatic format makes it.
 */
export class SerialDate {
  constructor(readonly serial: number) {}
}

/** One value; `null` is an empty cell (not the empty string a formula can return). */
export type Scalar =
  number | string | boolean | null | FormulaError | SerialDate;

/** The cells of a reference or an array literal, row by row. */
export type Matrix = Scalar[][];

export type FormulaValue = Scalar | Matrix;

export function isMatrix(value: FormulaValue): value is Matrix {
  return Array.isArray(value);
}

/** A block used where one value is wanted: its top-left cell (Sheets would spill the rest). */
export function scalarOf(value: FormulaValue): Scalar {
  if (!isMatrix(value)) return value;
  return value[0]?.[0] ?? null;
}

// How Sheets turns a formula's values into numbers, text and booleans, and how it compares them.
import {FormulaError, Scalar, SerialDate} from './formula-values';

/** Text that Sheets reads as a number. */
export const NUMERIC_TEXT = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?\s*$/i;

/** A value as a number: an empty cell or '' is 0, TRUE is 1, numeric text is its number. */
export function toNumber(value: Scalar): number | FormulaError {
  if (value === null || value === '') return 0;
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof SerialDate) return value.serial;
  if (value instanceof FormulaError) return value;
  if (NUMERIC_TEXT.test(value)) return Number(value);
  return new FormulaError('#VALUE!');
}

function numberText(n: number): string {
  if (Number.isInteger(n)) return String(n);
  return String(Number(n.toPrecision(15)));
}

/** A value as text, as `&` joins it: numbers in plain digits, TRUE/FALSE, dates as serials. */
export function toText(value: Scalar): string | FormulaError {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof SerialDate) return numberText(value.serial);
  return value;
}

/** A value as a condition: numbers are true unless 0, text must read TRUE or FALSE. */
export function toBoolean(value: Scalar): boolean | FormulaError {
  if (value === null || value === '') return false;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (value instanceof SerialDate) return value.serial !== 0;
  if (value instanceof FormulaError) return value;
  const upper = value.trim().toUpperCase();
  if (upper === 'TRUE') return true;
  if (upper === 'FALSE') return false;
  return new FormulaError('#VALUE!');
}

type Kind = 0 | 1 | 2;
/** Sheets orders numbers before text before booleans. */
function kindOf(value: number | string | boolean): Kind {
  return typeof value === 'number' ? 0 : typeof value === 'string' ? 1 : 2;
}

function plain(value: Scalar, other: Scalar): number | string | boolean {
  if (value instanceof SerialDate) return value.serial;
  if (value !== null) return value as number | string | boolean;
  if (typeof other === 'string') return '';
  if (typeof other === 'boolean') return false;
  return 0;
}

/**
 * Compares two values as `=`, `<`, `>` do: an empty cell takes the other side's kind, text is
 * compared without regard to case. Negative, zero or positive.
 */
export function compareValues(left: Scalar, right: Scalar): number {
  const a = plain(left, right);
  const b = plain(right, left);
  const kinds = kindOf(a) - kindOf(b);
  if (kinds !== 0) return kinds;
  if (typeof a === 'string' && typeof b === 'string') {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return Number(a) - Number(b);
}

/** Whether a comparison holds, given the sign of left minus right. */
export function comparisonHolds(operator: string, difference: number): boolean {
  switch (operator) {
    case '<':
      return difference < 0;
    case '>':
      return difference > 0;
    case '<=':
      return difference <= 0;
    case '>=':
      return difference >= 0;
    case '<>':
      return difference !== 0;
    default:
      return difference === 0;
  }
}

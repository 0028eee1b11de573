import {isDate, ScriptException} from '../core/service';
import {instantOf} from '../core/zoned-time';
import {MESSAGES} from './messages';

/** What a cell can hold; an empty cell holds nothing (`undefined`) and reads back as ''. */
export type CellValue = string | number | boolean | Date;

/** Google Sheets' per-cell limit (PLATFORM.md: Spreadsheets). */
export const MAX_CELL_CHARACTERS = 50_000;

const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:e[+-]?\d+)?$/i;
const ISO_DATE =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const US_DATE =
  /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?(?: ?([AaPp][Mm]))?)?$/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?(?: ?([AaPp][Mm]))?$/;

function hour24(hour: number, meridiem: string | undefined): number {
  if (!meridiem) return hour;
  const pm = meridiem.toLowerCase() === 'pm';
  return (hour % 12) + (pm ? 12 : 0);
}

function wallDate(
  timeZone: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0
): Date | undefined {
  const check = new Date(Date.UTC(year, month - 1, day));
  if (
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  )
    return undefined;
  return new Date(
    instantOf(
      {year, month, day, hour, minute, second, millisecond: 0},
      timeZone
    )
  );
}

function parseDate(text: string, timeZone: string): Date | undefined {
  let m = ISO_DATE.exec(text);
  if (m) {
    return wallDate(
      timeZone,
      +m[1],
      +m[2],
      +m[3],
      +(m[4] ?? 0),
      +(m[5] ?? 0),
      +(m[6] ?? 0)
    );
  }
  m = US_DATE.exec(text);
  if (m) {
    return wallDate(
      timeZone,
      +m[3],
      +m[1],
      +m[2],
      hour24(+(m[4] ?? 0), m[7]),
      +(m[5] ?? 0),
      +(m[6] ?? 0)
    );
  }
  m = TIME.exec(text);
  if (m) {
    // A time alone is a time on the spreadsheet's day zero, 30 December 1899.
    return wallDate(
      timeZone,
      1899,
      12,
      30,
      hour24(+m[1], m[4]),
      +m[2],
      +(m[3] ?? 0)
    );
  }
  return undefined;
}

/**
 * A quick test on the first character: only text starting with a digit, sign, point, space or the
 * start of TRUE/FALSE can be a number, date, time or boolean (keeps big writes of text fast).
 */
function cannotBeConverted(text: string): boolean {
  const first = text.charCodeAt(0);
  const digit = first >= 48 && first <= 57;
  if (digit || first <= 32 || first === 43 || first === 45 || first === 46)
    return false;
  const upper = first & ~32;
  if (upper === 84 || upper === 70) return !/^(?:true|false)\s*$/i.test(text);
  return true;
}

/** Converts text as Sheets does when a person types it: numbers, booleans and dates. */
export function parseTypedText(text: string, timeZone: string): CellValue {
  if (cannotBeConverted(text)) return text;
  const trimmed = text.trim();
  if (trimmed === '') return text;
  if (NUMBER.test(trimmed) && /\d/.test(trimmed))
    return Number(trimmed.replace(/,/g, ''));
  const upper = trimmed.toUpperCase();
  if (upper === 'TRUE') return true;
  if (upper === 'FALSE') return false;
  return parseDate(trimmed, timeZone) ?? text;
}

/**
 * The formula a write stores, if any: a string starting with `=`, unless the cell's number format
 * is plain text (`@`), which keeps everything as typed (PLATFORM.md: Spreadsheets).
 */
export function formulaOf(
  input: unknown,
  plainText: boolean
): string | undefined {
  return !plainText &&
    typeof input === 'string' &&
    input.length > 1 &&
    input.startsWith('=')
    ? input
    : undefined;
}

/**
 * The value a write stores, as Sheets parses what a script writes (`setValue(s)`) or a person types
 * (PLATFORM.md: Spreadsheets): nothing for a formula, a leading `'` keeps text, numeric, boolean and
 * date-like text is converted, and a plain-text (`@`) cell keeps strings as typed. Numbers,
 * booleans and Dates are stored as they are.
 */
export function valueOf(
  input: unknown,
  timeZone: string,
  plainText: boolean
): CellValue | undefined {
  if (input === null || input === undefined || input === '') return undefined;
  if (typeof input === 'number' || typeof input === 'boolean') return input;
  if (typeof input === 'object' && isDate(input))
    return new Date(input.getTime());
  const text = typeof input === 'string' ? input : String(input);
  if (text.length > MAX_CELL_CHARACTERS)
    throw new ScriptException(MESSAGES.cellTooLong);
  if (plainText) return text;
  // A formula's value is computed when the cell is read (formulas/recalculate.ts).
  if (formulaOf(text, plainText)) return undefined;
  if (text.startsWith("'")) return text.length > 1 ? text.slice(1) : undefined;
  return parseTypedText(text, timeZone);
}

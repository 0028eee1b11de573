// Converts values to and from spreadsheet cells: dates, times of day and text.
import {isDate} from '../../domain/tickets/ticket-row';
import {asLiteralText, needsApostrophe} from '../../domain/text';
import {CELL_MAX_CHARS, shortened} from '../../domain/shortening';
import {CellValue} from '../../domain/tickets/ticket-row';
import {utcOffsetReader} from '../services/zone';

/**
 * Converting between cells and plain values. Every string written goes through asLiteralText, so
 * user text is stored verbatim and never parsed as a formula, number or date (platform.md:
 * Spreadsheets). No cell passes 50,000 characters: a text that long keeps its full length without
 * the apostrophe when Sheets would read it as text anyway (a person's long Resolution stays whole),
 * and anything longer is shortened with a marker; the desk's own copies are shortened before this.
 */
export function toCell(value: CellValue): CellValue {
  if (typeof value !== 'string') return value;
  const literal = asLiteralText(value);
  if (literal.length <= CELL_MAX_CHARS) return literal;
  if (value.length <= CELL_MAX_CHARS && !needsApostrophe(value)) return value;
  return asLiteralText(shortened(value, CELL_MAX_CHARS - 1));
}

export function toCells(row: readonly CellValue[]): CellValue[] {
  return row.map(toCell);
}

/** Sheets stores a typed time of day as a date on 30 December 1899. */
const TIME_ONLY_DATE = '1899-12-30';

/**
 * A cell as text in the script's time zone: times as HH:mm, dates as yyyy-MM-dd, numbers plainly.
 * Reference tabs are typed by people, who may enter 8:05 (a time value) or '08:05 (text).
 */
export function cellAsText(value: unknown, timeZone: string): string {
  if (isDate(value)) {
    const [date, time] = Utilities.formatDate(
      value,
      timeZone,
      'yyyy-MM-dd HH:mm'
    ).split(' ');
    if (date === TIME_ONLY_DATE) return time;
    return time === '00:00' ? date : `${date} ${time}`;
  }
  if (value === null || value === undefined) return '';
  return String(value).trim();
}

/** Day 0 of Sheets' date serials, 30 December 1899, in days since the Unix epoch. */
const SERIAL_EPOCH_DAYS = 25569;
const DAY_MS = 86_400_000;

/**
 * A cell's value as an edit event's `oldValue` gave it: event values are text, dates as their
 * serial number of days in the spreadsheet's zone (platform.md: Trigger events).
 */
export function cellFromEventValue(
  text: string | undefined,
  kind: 'date' | 'number' | 'text',
  timeZone: string
): CellValue {
  if (text === undefined || text === '') return '';
  const number = Number(text);
  if (kind === 'text' || !Number.isFinite(number)) return text;
  if (kind === 'number') return number;
  const wallMs = Math.round((number - SERIAL_EPOCH_DAYS) * DAY_MS);
  const offset = utcOffsetReader(timeZone)(
    new Date(wallMs).toISOString().slice(0, 10)
  );
  return new Date(wallMs - offset * 60_000);
}

// A Tickets row: cell value types, text and time conversions, and its tracked field values.
import {TicketField, TRACKED_FIELDS, TrackedField} from '../configuration/tabs';

export type CellValue = string | number | boolean | Date;

/** One Tickets row by header name. */
export type TicketRow = Record<TicketField, CellValue>;

export type TrackedValues = Readonly<Record<TrackedField, string>>;

/** A Date from any realm: cells read back in Apps Script are Dates, but never trust instanceof. */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** A cell as text: numbers plainly, dates as ISO instants, empty as ''. */
export function cellText(value: CellValue | undefined): string {
  if (value === undefined || value === null) return '';
  if (isDate(value)) return value.toISOString();
  return String(value);
}

export function cellMs(value: CellValue | undefined): number | undefined {
  return isDate(value) ? value.getTime() : undefined;
}

/** Two cells hold the same value: dates by their instant, anything else by its text. */
export function sameCell(a: CellValue | undefined, b: CellValue | undefined) {
  const am = cellMs(a);
  const bm = cellMs(b);
  if (am !== undefined || bm !== undefined) return am === bm;
  return cellText(a) === cellText(b);
}

export function trackedValuesOf(row: TicketRow): TrackedValues {
  return Object.fromEntries(
    TRACKED_FIELDS.map(field => [field, cellText(row[field])])
  ) as TrackedValues;
}

/** The Tracked column holds what the desk last accepted, so pastes (no oldValue) can be checked. */
export function serialiseTracked(values: TrackedValues): string {
  return JSON.stringify(values);
}

export function parseTracked(text: string): TrackedValues | undefined {
  if (text.trim() === '') return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const record = parsed as Record<string, unknown>;
    return Object.fromEntries(
      TRACKED_FIELDS.map(field => [
        field,
        typeof record[field] === 'string' ? record[field] : '',
      ])
    ) as TrackedValues;
  } catch {
    return undefined;
  }
}

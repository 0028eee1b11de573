// A Tickets row: cell value types, text and time conversions, and its tracked field values.
import {TicketField, TRACKED_FIELDS, TrackedField} from './tabs';
import {shortened} from '../shortening';

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
  if (a === b) return true;
  const am = cellMs(a);
  const bm = cellMs(b);
  if (am !== undefined || bm !== undefined) return am === bm;
  return cellText(a) === cellText(b);
}

/** Longer tracked values are remembered by a fingerprint, so the Tracked cell stays small. */
const TRACKED_VALUE_MAX = 500;

/** FNV-1a over the UTF-16 code units, as 8 hex digits: tells a changed long text from the same. */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * How the Tracked column remembers a value: as it is, or when long (a Resolution of 49,900
 * characters) its start, a shortening marker and a fingerprint of the whole text. Compare a cell
 * with what was accepted through this.
 */
export function trackedForm(value: string): string {
  if (value.length <= TRACKED_VALUE_MAX) return value;
  return `${shortened(value, TRACKED_VALUE_MAX)} #${fingerprint(value)}`;
}

export function trackedValuesOf(row: TicketRow): TrackedValues {
  return Object.fromEntries(
    TRACKED_FIELDS.map(field => [field, trackedForm(cellText(row[field]))])
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

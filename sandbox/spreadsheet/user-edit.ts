import {isDate} from '../core/service';
import {CellValue} from './typed-input';
import {serialOf} from './serial-date';

/** Who writes: a script (setValues…) or a person typing or pasting (applyUserEdit). */
export interface Writer {
  kind: 'script' | 'person';
  user: string;
}

/** A person's edit that Sheets refused; nothing was written. */
export class UserEditRejected extends Error {
  constructor(
    message: string,
    readonly reason: 'validation' | 'protection'
  ) {
    super(message);
    this.name = 'UserEditRejected';
  }
}

/**
 * A cell value as the edit event carries it. The event fields are strings in practice: numbers in
 * plain digits, booleans as TRUE/FALSE, and dates as their serial number (days since 30 Dec 1899),
 * not as formatted text (https://developers.google.com/apps-script/guides/triggers/events).
 */
export function eventValueOf(
  value: CellValue | undefined,
  timeZone: string
): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (isDate(value)) return String(serialOf(value, timeZone));
  return String(value);
}

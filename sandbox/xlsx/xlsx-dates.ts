import {dateOfSerial, serialOf} from '../spreadsheet/serial-date';

const DAY_MS = 86_400_000;
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * Excel stores wall-clock date serials with no time zone, and exceljs converts them as if they
 * were UTC. A spreadsheet date is written as the UTC instant that shows its wall time in the
 * spreadsheet's zone, and read back the other way.
 */
export function toWorkbookDate(date: Date, timeZone: string): Date {
  return new Date(SERIAL_EPOCH + Math.round(serialOf(date, timeZone) * DAY_MS));
}

export function fromWorkbookDate(date: Date, timeZone: string): Date {
  return dateOfSerial((date.getTime() - SERIAL_EPOCH) / DAY_MS, timeZone);
}

/** The formats given to dates without one of their own (Excel needs a date format to show one). */
export const DEFAULT_DATE_TIME_FORMAT = 'm/d/yyyy h:mm:ss';
export const DEFAULT_DATE_FORMAT = 'm/d/yyyy';

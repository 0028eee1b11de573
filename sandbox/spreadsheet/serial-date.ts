import {instantOf, offsetMsAt, utcWallTime} from '../core/zoned-time';

const DAY_MS = 86_400_000;
/** Day 0 of spreadsheet serial numbers: 30 December 1899. */
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

/** A date as a spreadsheet serial number (days since 30 Dec 1899, wall time in `timeZone`). */
export function serialOf(date: Date, timeZone: string): number {
  const ms = date.getTime();
  return (ms + offsetMsAt(ms, timeZone) - SERIAL_EPOCH) / DAY_MS;
}

export function dateOfSerial(serial: number, timeZone: string): Date {
  const wall = new Date(SERIAL_EPOCH + Math.round(serial * DAY_MS));
  return new Date(instantOf(utcWallTime(wall), timeZone));
}

/** Wall-clock time in an IANA time zone, as a spreadsheet reads and writes dates. */

export interface WallTime {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** 0 (Sunday) – 6 */
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function wallTimeFromFormatter(ms: number, timeZone: string): WallTime {
  const fields: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(ms))
    fields[part.type] = part.value;
  return {
    year: Number(fields.year),
    month: Number(fields.month),
    day: Number(fields.day),
    hour: Number(fields.hour),
    minute: Number(fields.minute),
    second: Number(fields.second),
    millisecond: ((ms % 1000) + 1000) % 1000,
    weekday: WEEKDAYS.indexOf(fields.weekday),
  };
}

const HOUR_MS = 3_600_000;
/** UTC offsets by zone and hour: zones change offset on whole hours, and Intl is slow per call. */
const offsets = new Map<string, Map<number, number>>();

function offsetAt(ms: number, timeZone: string): number {
  let byHour = offsets.get(timeZone);
  if (!byHour || byHour.size > 100_000) {
    byHour = new Map();
    offsets.set(timeZone, byHour);
  }
  const hour = Math.floor(ms / HOUR_MS);
  let offset = byHour.get(hour);
  if (offset === undefined) {
    const start = hour * HOUR_MS;
    offset = wallAsUtc(wallTimeFromFormatter(start, timeZone)) - start;
    byHour.set(hour, offset);
  }
  return offset;
}

export function wallTimeOf(ms: number, timeZone: string): WallTime {
  const wall = new Date(ms + offsetAt(ms, timeZone));
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
    millisecond: wall.getUTCMilliseconds(),
    weekday: wall.getUTCDay(),
  };
}

function wallAsUtc(wall: Omit<WallTime, 'weekday'>): number {
  return Date.UTC(
    wall.year,
    wall.month - 1,
    wall.day,
    wall.hour,
    wall.minute,
    wall.second,
    wall.millisecond
  );
}

/** The instant at which clocks in `timeZone` show `wall`. */
export function instantOf(
  wall: Omit<WallTime, 'weekday'>,
  timeZone: string
): number {
  const asUtc = wallAsUtc(wall);
  let ms = asUtc - offsetAt(asUtc, timeZone);
  ms = asUtc - offsetAt(ms, timeZone);
  return ms;
}

const DAY_MS = 86_400_000;
/** Day 0 of spreadsheet serial numbers: 30 December 1899. */
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

/** A date as a spreadsheet serial number (days since 30 Dec 1899, wall time in `timeZone`). */
export function serialOf(date: Date, timeZone: string): number {
  const ms = date.getTime();
  return (ms + offsetAt(ms, timeZone) - SERIAL_EPOCH) / DAY_MS;
}

export function dateOfSerial(serial: number, timeZone: string): Date {
  const wall = new Date(SERIAL_EPOCH + Math.round(serial * DAY_MS));
  return new Date(
    instantOf(
      {
        year: wall.getUTCFullYear(),
        month: wall.getUTCMonth() + 1,
        day: wall.getUTCDate(),
        hour: wall.getUTCHours(),
        minute: wall.getUTCMinutes(),
        second: wall.getUTCSeconds(),
        millisecond: wall.getUTCMilliseconds(),
      },
      timeZone
    )
  );
}

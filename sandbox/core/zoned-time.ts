/**
 * Wall-clock time in an IANA time zone, from the platform's Intl data, for every service that
 * reads or writes local times (spreadsheet cells, Utilities.formatDate, clock triggers). Apps
 * Script follows Java's `TimeZone.getTimeZone`, which falls back to GMT for an id it does not know
 * and also accepts custom ids such as `GMT+05:30`
 * (https://docs.oracle.com/javase/8/docs/api/java/util/TimeZone.html).
 */

export interface WallTime {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

export interface ZonedTime extends WallTime {
  /** 0 (Sunday) – 6, as `Date.getDay()` numbers days. */
  weekday: number;
  /** ISO day number: 1 = Monday … 7 = Sunday, as Java and trigger events number days. */
  isoWeekday: number;
  /** Minutes east of UTC, as zone offsets print. */
  offsetMinutes: number;
}

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatterFor(timeZone: string): Intl.DateTimeFormat | null {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      formatter = null;
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function customOffsetMinutes(timeZone: string): number | undefined {
  const match = /^GMT([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(timeZone);
  if (!match) return undefined;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

function wallAsUtc(wall: WallTime): number {
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

function intlOffsetMs(ms: number, formatter: Intl.DateTimeFormat): number {
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(new Date(ms)))
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  const wholeSecond = ms - (((ms % 1000) + 1000) % 1000);
  return (
    Date.UTC(
      parts.year,
      parts.month - 1,
      parts.day,
      parts.hour,
      parts.minute,
      parts.second
    ) - wholeSecond
  );
}

/**
 * Offsets at the start of each UTC hour, by zone: Intl is slow per call and a spreadsheet converts
 * many dates. An hour whose two ends agree has no transition inside it; one whose ends differ
 * (zones such as Australia/Adelaide change on the half hour) is computed exactly.
 */
const hourOffsets = new Map<string, Map<number, number>>();

function offsetAtHour(
  hour: number,
  timeZone: string,
  formatter: Intl.DateTimeFormat
): number {
  let byHour = hourOffsets.get(timeZone);
  if (!byHour || byHour.size > 100_000) {
    byHour = new Map();
    hourOffsets.set(timeZone, byHour);
  }
  let offset = byHour.get(hour);
  if (offset === undefined) {
    offset = intlOffsetMs(hour * HOUR_MS, formatter);
    byHour.set(hour, offset);
  }
  return offset;
}

/** The zone's offset from UTC, in milliseconds (historical local mean times have seconds), at an instant. */
export function offsetMsAt(ms: number, timeZone: string): number {
  const custom = customOffsetMinutes(timeZone);
  if (custom !== undefined) return custom * MINUTE_MS;
  const formatter = formatterFor(timeZone);
  if (!formatter) return 0;
  const hour = Math.floor(ms / HOUR_MS);
  const start = offsetAtHour(hour, timeZone, formatter);
  return start === offsetAtHour(hour + 1, timeZone, formatter)
    ? start
    : intlOffsetMs(ms, formatter);
}

/** The wall time a Date shows in UTC. */
export function utcWallTime(date: Date): WallTime {
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
    millisecond: date.getUTCMilliseconds(),
  };
}

export function wallTimeOf(ms: number, timeZone: string): ZonedTime {
  const offsetMs = offsetMsAt(ms, timeZone);
  const wall = new Date(ms + offsetMs);
  const weekday = wall.getUTCDay();
  return {
    ...utcWallTime(wall),
    weekday,
    isoWeekday: weekday === 0 ? 7 : weekday,
    offsetMinutes: Math.round(offsetMs / MINUTE_MS),
  };
}

/**
 * The instant a wall-clock time names in a zone. In a spring-forward gap the time is read with the
 * offset in force before the change, and in a fall-back overlap the earlier instant is taken, as
 * java.util.Calendar does in lenient mode.
 */
export function instantOf(
  wall: Omit<WallTime, 'second' | 'millisecond'> & Partial<WallTime>,
  timeZone: string
): number {
  return instantOfLocalMs(
    wallAsUtc({second: 0, millisecond: 0, ...wall}),
    timeZone
  );
}

/**
 * `instantOf` for a wall time given as the milliseconds it would be in UTC. ECMAScript reads a
 * local time the same way (a gap with the offset before the transition, an overlap as the
 * earlier instant: ECMA-262, LocalTime and UTC(t)), so the bundle realm's Date uses this too.
 */
export function instantOfLocalMs(naive: number, timeZone: string): number {
  const before = offsetMsAt(naive - DAY_MS, timeZone);
  const guess = naive - before;
  const after = offsetMsAt(guess, timeZone);
  const adjusted = naive - after;
  return offsetMsAt(adjusted, timeZone) === after ? adjusted : guess;
}

/**
 * The zone id Intl formats with, for a zone as Java reads it: custom `GMT+05:00` ids become
 * `Etc/GMT-5` (Intl has no custom offsets here; a non-whole-hour one falls back to UTC, as does an
 * id neither knows, which Java reads as GMT).
 */
export function intlTimeZone(timeZone: string): string {
  const custom = customOffsetMinutes(timeZone);
  if (custom === undefined) return formatterFor(timeZone) ? timeZone : 'UTC';
  if (custom === 0 || custom % 60 !== 0) return 'UTC';
  return `Etc/GMT${custom > 0 ? '-' : '+'}${Math.abs(custom) / 60}`;
}

/** Short zone name such as `PST` or `GMT+01:00`, as Java's `z` prints it for en-US. */
export function zoneAbbreviation(
  ms: number,
  timeZone: string,
  style: 'short' | 'long'
): string {
  const formatter = formatterFor(timeZone);
  const offset = Math.round(offsetMsAt(ms, timeZone) / MINUTE_MS);
  if (formatter && customOffsetMinutes(timeZone) === undefined) {
    const name = new Intl.DateTimeFormat('en-US', {
      timeZone,
      timeZoneName: style,
    })
      .formatToParts(new Date(ms))
      .find(part => part.type === 'timeZoneName')?.value;
    if (name && !/^GMT[+-]/.test(name)) return name;
  }
  if (offset === 0) return style === 'long' ? 'Greenwich Mean Time' : 'GMT';
  return `GMT${formatOffset(offset, ':')}`;
}

/** `+hh:mm` (or `+hhmm` with an empty separator). */
export function formatOffset(offsetMinutes: number, separator: string): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const hours = String(Math.floor(abs / 60)).padStart(2, '0');
  const minutes = String(abs % 60).padStart(2, '0');
  return `${sign}${hours}${separator}${minutes}`;
}

/**
 * Wall-clock time in an IANA time zone, from the platform's Intl data. Apps Script follows Java's
 * `TimeZone.getTimeZone`, which falls back to GMT for an id it does not know and also accepts
 * custom ids such as `GMT+05:30` (https://docs.oracle.com/javase/8/docs/api/java/util/TimeZone.html).
 */
export interface ZonedParts {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** ISO day number: 1 = Monday … 7 = Sunday. */
  isoWeekday: number;
  /** Minutes east of UTC. */
  offsetMinutes: number;
}

const MINUTE_MS = 60_000;
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

/** True when Intl or Java's custom-id syntax knows the zone (Java would otherwise use GMT). */
export function isKnownTimeZone(timeZone: string): boolean {
  return (
    formatterFor(timeZone) !== null ||
    customOffsetMinutes(timeZone) !== undefined
  );
}

/** The zone's offset from UTC, in minutes, at an instant. */
export function offsetMinutesAt(ms: number, timeZone: string): number {
  const custom = customOffsetMinutes(timeZone);
  if (custom !== undefined) return custom;
  const formatter = formatterFor(timeZone);
  if (!formatter) return 0;
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(new Date(ms)))
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  const wall = Date.UTC(
    parts.year,
    parts.month - 1,
    parts.day,
    parts.hour,
    parts.minute,
    parts.second
  );
  return Math.round((wall - (ms - (((ms % 1000) + 1000) % 1000))) / MINUTE_MS);
}

export function zonedParts(ms: number, timeZone: string): ZonedParts {
  const offsetMinutes = offsetMinutesAt(ms, timeZone);
  const wall = new Date(ms + offsetMinutes * MINUTE_MS);
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
    millisecond: wall.getUTCMilliseconds(),
    isoWeekday: wall.getUTCDay() === 0 ? 7 : wall.getUTCDay(),
    offsetMinutes,
  };
}

/**
 * The instant a wall-clock time names in a zone. In a spring-forward gap the time is read with the
 * offset in force before the change, as java.util.Calendar does (lenient mode).
 */
export function zonedToInstant(
  wall: {
    year: number;
    month: number;
    day: number;
    hour: number;
    minute: number;
  },
  timeZone: string
): number {
  const naive = Date.UTC(
    wall.year,
    wall.month - 1,
    wall.day,
    wall.hour,
    wall.minute
  );
  const before = offsetMinutesAt(naive - 86_400_000, timeZone);
  const guess = naive - before * MINUTE_MS;
  const after = offsetMinutesAt(guess, timeZone);
  const adjusted = naive - after * MINUTE_MS;
  return offsetMinutesAt(adjusted, timeZone) === after ? adjusted : guess;
}

/** Short zone name such as `PST` or `GMT+01:00`, as Java's `z` prints it for en-US. */
export function zoneAbbreviation(
  ms: number,
  timeZone: string,
  style: 'short' | 'long'
): string {
  const formatter = formatterFor(timeZone);
  const offset = offsetMinutesAt(ms, timeZone);
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

/**
 * Wall-clock time in the script's time zone, as plain values. The domain never asks the JavaScript
 * engine for local time: an adapter reads it through `Utilities.formatDate` in the script's zone.
 */
export interface LocalDateTime {
  /** `yyyy-MM-dd` */
  readonly date: string;
  /** `HH:mm` */
  readonly time: string;
}

export type Weekday = 'Mon' | 'Tue' | 'Wed' | 'Thu' | 'Fri' | 'Sat' | 'Sun';

/** Weekdays in JavaScript's order: Sunday first. */
export const WEEKDAYS: readonly Weekday[] = [
  'Sun',
  'Mon',
  'Tue',
  'Wed',
  'Thu',
  'Fri',
  'Sat',
];

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_PATTERN = /^(\d{1,2}):(\d{2})$/;

function dayNumber(date: string): number {
  const match = DATE_PATTERN.exec(date);
  if (!match) throw new RangeError(`"${date}" is not a yyyy-MM-dd date.`);
  return Math.round(
    Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) /
      86_400_000
  );
}

/** The date `days` after `date` (before it when negative). */
export function addDays(date: string, days: number): string {
  return new Date((dayNumber(date) + days) * 86_400_000)
    .toISOString()
    .slice(0, 10);
}

/** Milliseconds of UTC midnight at the start of a yyyy-MM-dd date. */
export function utcMidnightMs(date: string): number {
  return dayNumber(date) * 86_400_000;
}

/** A real calendar date written yyyy-MM-dd: 2026-02-30 has the shape but is no date. */
export function isLocalDate(text: string): boolean {
  const match = DATE_PATTERN.exec(text);
  if (!match) return false;
  const [, year, month, day] = match.map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
  );
}

export function weekdayOf(date: string): Weekday {
  // Day 0 of the Unix epoch was a Thursday.
  return WEEKDAYS[(((dayNumber(date) + 4) % 7) + 7) % 7];
}

export function isSchoolDay(date: string): boolean {
  const day = weekdayOf(date);
  return day !== 'Sat' && day !== 'Sun';
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** Weekdays d with from <= d < to; negative when `to` is earlier. */
export function schoolDaysBetween(from: string, to: string): number {
  const days = daysBetween(from, to);
  const weeks = Math.floor(days / 7);
  let count = weeks * 5;
  const first = WEEKDAYS.indexOf(weekdayOf(from));
  for (let i = 0; i < days - weeks * 7; i++) {
    const weekday = (first + i) % 7;
    if (weekday !== 0 && weekday !== 6) count++;
  }
  return count;
}

/** Minutes since midnight of an `H:mm`/`HH:mm` time, or undefined when the text is not a time. */
export function minutesOfDay(time: string): number | undefined {
  const match = TIME_PATTERN.exec(time.trim());
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return undefined;
  return hours * 60 + minutes;
}

/** Monday 0 … Sunday 6: school weeks start on Monday. */
export function dayOfWeekFromMonday(day: Weekday): number {
  return (WEEKDAYS.indexOf(day) + 6) % 7;
}

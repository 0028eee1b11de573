// Dates in the school's time zone: local date of an instant, local midnight, start of week.
import {addDays, utcMidnightMs, weekdayOf} from './local-time';

const MINUTE_MS = 60_000;

/** Minutes the script's zone is ahead of UTC on a local date (as SchoolCalendar carries it). */
export type UtcOffset = (date: string) => number;

/** The local yyyy-MM-dd date an instant falls on in the script's zone. */
export function localDateOf(ms: number, offset: UtcOffset): string {
  const guess = new Date(ms).toISOString().slice(0, 10);
  const date = new Date(ms + offset(guess) * MINUTE_MS)
    .toISOString()
    .slice(0, 10);
  if (date === guess) return date;
  // Across a midnight the offset of the other date decides (a DST change happens at night).
  return new Date(ms + offset(date) * MINUTE_MS).toISOString().slice(0, 10);
}

/** The instant a local date starts in the script's zone. */
export function localMidnightMs(date: string, offset: UtcOffset): number {
  return utcMidnightMs(date) - offset(date) * MINUTE_MS;
}

const DAYS_SINCE_MONDAY = {
  Mon: 0,
  Tue: 1,
  Wed: 2,
  Thu: 3,
  Fri: 4,
  Sat: 5,
  Sun: 6,
} as const;

/** The Monday that starts a date's week (ISO weeks start on Monday). */
export function weekStartOf(date: string): string {
  return addDays(date, -DAYS_SINCE_MONDAY[weekdayOf(date)]);
}

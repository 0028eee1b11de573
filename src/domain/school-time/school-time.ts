// School-time arithmetic: school hours and days, minutes between instants, adding school minutes.
import {addDays, utcMidnightMs} from './local-time';
import {BellPeriod, DayTypeSettings, dayTypeOn} from './schedule';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** How far ahead a due time is looked for: a school year and a summer. */
const MAX_DAYS_AHEAD = 400;

/**
 * School time: the bell schedule's school days from the first bell to the last, minus the
 * no-school days. The SLA clock runs only then.
 */
export interface SchoolCalendar {
  readonly config: DayTypeSettings;
  readonly periods: readonly BellPeriod[];
  readonly noSchoolDays: ReadonlySet<string>;
  /** Minutes the script's zone is ahead of UTC on a local date (−360 in Chicago in winter). */
  readonly utcOffsetMinutes: (date: string) => number;
}

export interface SchoolWindow {
  readonly startMs: number;
  readonly endMs: number;
}

/** Windows already worked out, per calendar: a sweep asks for the same dates thousands of times. */
const known = new WeakMap<
  SchoolCalendar,
  Map<string, SchoolWindow | undefined>
>();

/** The school hours of a local date, or undefined when there is no school that day. */
export function schoolWindow(
  calendar: SchoolCalendar,
  date: string
): SchoolWindow | undefined {
  let windows = known.get(calendar);
  if (!windows) known.set(calendar, (windows = new Map()));
  if (windows.has(date)) return windows.get(date);
  const window = computeWindow(calendar, date);
  windows.set(date, window);
  return window;
}

function computeWindow(
  calendar: SchoolCalendar,
  date: string
): SchoolWindow | undefined {
  if (calendar.noSchoolDays.has(date)) return undefined;
  const dayType = dayTypeOn(date, calendar.config)?.toLowerCase();
  if (!dayType) return undefined;
  const periods = calendar.periods.filter(
    p => p.dayType.toLowerCase() === dayType
  );
  if (periods.length === 0) return undefined;
  const first = Math.min(...periods.map(p => p.start));
  const last = Math.max(...periods.map(p => p.end));
  const midnight =
    utcMidnightMs(date) - calendar.utcOffsetMinutes(date) * MINUTE_MS;
  return {
    startMs: midnight + first * MINUTE_MS,
    endMs: midnight + last * MINUTE_MS,
  };
}

/** The local date an instant falls on (a day early is harmless: callers scan from it). */
function dateBefore(calendar: SchoolCalendar, ms: number): string {
  const utcDate = new Date(ms).toISOString().slice(0, 10);
  return addDays(utcDate, -1);
}

/** School minutes between two instants. */
export function schoolMinutesBetween(
  calendar: SchoolCalendar,
  fromMs: number,
  toMs: number
): number {
  if (!(toMs > fromMs)) return 0;
  let total = 0;
  for (
    let date = dateBefore(calendar, fromMs);
    utcMidnightMs(date) <= toMs + DAY_MS;
    date = addDays(date, 1)
  ) {
    const window = schoolWindow(calendar, date);
    if (!window) continue;
    const overlap =
      Math.min(window.endMs, toMs) - Math.max(window.startMs, fromMs);
    if (overlap > 0) total += overlap;
  }
  return total / MINUTE_MS;
}

/** The instant `minutes` school minutes after `fromMs`, or undefined when no school is ahead. */
export function addSchoolMinutes(
  calendar: SchoolCalendar,
  fromMs: number,
  minutes: number
): number | undefined {
  let left = minutes * MINUTE_MS;
  let date = dateBefore(calendar, fromMs);
  for (let day = 0; day < MAX_DAYS_AHEAD; day++, date = addDays(date, 1)) {
    const window = schoolWindow(calendar, date);
    if (!window || window.endMs <= fromMs) continue;
    const start = Math.max(window.startMs, fromMs);
    const available = window.endMs - start;
    if (left <= available) return start + left;
    left -= available;
  }
  return undefined;
}

/** School days that started after `fromMs` and have ended by `nowMs`. */
export function schoolDaysElapsed(
  calendar: SchoolCalendar,
  fromMs: number,
  nowMs: number
): number {
  let count = 0;
  for (
    let date = dateBefore(calendar, fromMs);
    utcMidnightMs(date) <= nowMs + DAY_MS;
    date = addDays(date, 1)
  ) {
    const window = schoolWindow(calendar, date);
    if (window && window.startMs >= fromMs && window.endMs <= nowMs) count++;
  }
  return count;
}

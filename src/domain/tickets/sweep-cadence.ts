// How often the sweep works: at every run of its trigger around school hours, every half hour outside.
import {SchoolCalendar, schoolWindow} from '../school-time/school-time';

/** School hours widened by this much on each side: a teacher reports before the first bell. */
const MARGIN_MS = 60 * 60_000;
/** The trigger runs every 5 minutes (platform.md: Trigger builders and limits). */
const RUN_MS = 5 * 60_000;
/** Outside school hours the sweep works in one 5-minute stretch of every six: twice an hour. */
const QUIET_EVERY = 6;

/**
 * Whether the sweep's trigger run at `nowMs` (on the local date `date`) does the sweep's work:
 * always from an hour before the first bell to an hour after the last on a school day; otherwise
 * only in the first 5 minutes of each half hour, so what a night's or a weekend's sweep would do
 * (a missed response, a retry, a killed execution's leftovers) waits half an hour at most. The
 * SLA clock runs only in school hours, so the ladder loses nothing.
 */
export function sweepWorksAt(
  calendar: SchoolCalendar,
  date: string,
  nowMs: number
): boolean {
  const hours = schoolWindow(calendar, date);
  if (
    hours &&
    nowMs >= hours.startMs - MARGIN_MS &&
    nowMs < hours.endMs + MARGIN_MS
  )
    return true;
  return Math.floor(nowMs / RUN_MS) % QUIET_EVERY === 0;
}

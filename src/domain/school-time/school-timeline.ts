// Fast school-minute lookups over a span of dates, for metrics runs over many tickets.
import {addDays, daysBetween, utcMidnightMs} from './local-time';
import {
  SchoolCalendar,
  schoolMinutesBetween,
  schoolWindow,
} from './school-time';

const MINUTE_MS = 60_000;

/**
 * School minutes between instants, for many instants over one span of dates: the school windows
 * of the span are laid out once with the minutes before each, so a lookup is a binary search
 * rather than a walk over the dates (a metrics run asks for 100,000 tickets). Outside the span it
 * falls back to walking the calendar.
 */
export function schoolTimeline(
  calendar: SchoolCalendar,
  firstDate: string,
  lastDate: string
): (fromMs: number, toMs: number) => number {
  const starts: number[] = [];
  const ends: number[] = [];
  const before: number[] = [];
  let total = 0;
  const days = daysBetween(firstDate, lastDate);
  for (let d = 0, date = firstDate; d <= days; d++, date = addDays(date, 1)) {
    const window = schoolWindow(calendar, date);
    if (!window) continue;
    starts.push(window.startMs);
    ends.push(window.endMs);
    before.push(total);
    total += window.endMs - window.startMs;
  }
  // Local and UTC midnight differ by less than a day, so between these every window is known.
  const safeFrom = utcMidnightMs(addDays(firstDate, 1));
  const safeTo = utcMidnightMs(lastDate);
  /** School milliseconds from the span's first window to `ms`. */
  const elapsed = (ms: number): number => {
    let low = 0;
    let high = starts.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (starts[mid] <= ms) {
        found = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    if (found < 0) return 0;
    return before[found] + Math.min(ms, ends[found]) - starts[found];
  };
  return (fromMs, toMs) => {
    if (!(toMs > fromMs)) return 0;
    if (fromMs < safeFrom || toMs > safeTo)
      return schoolMinutesBetween(calendar, fromMs, toMs);
    return (elapsed(toMs) - elapsed(fromMs)) / MINUTE_MS;
  };
}

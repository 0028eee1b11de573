import {instantOf, wallTimeOf} from '../core/zoned-time';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/**
 * When a time-driven trigger fires. Google promises only approximate times ("a clock trigger set
 * for 9:00 runs somewhere in 9:00–10:00", PLATFORM.md: Trigger builders); the emulator picks one
 * deterministic instant inside that window so that runs can be replayed.
 */
export type ClockSchedule =
  | {readonly kind: 'once'; readonly at: number; readonly timeZone: string}
  | {
      readonly kind: 'minutes' | 'hours';
      readonly every: number;
      /** Creation time: firings fall at whole periods after it. */
      readonly anchor: number;
      readonly timeZone: string;
    }
  | {
      readonly kind: 'days' | 'weeks';
      readonly every: number;
      readonly hour: number;
      readonly minute: number;
      /** ISO weekday (1 = Monday) for weekly schedules. */
      readonly isoWeekday?: number;
      readonly anchor: number;
      readonly timeZone: string;
    };

type Calendar = Extract<ClockSchedule, {kind: 'days' | 'weeks'}>;

/** Local calendar days in the schedule's zone, as UTC-midnight numbers for date arithmetic. */
function localDay(ms: number, timeZone: string): number {
  const p = wallTimeOf(ms, timeZone);
  return Date.UTC(p.year, p.month - 1, p.day);
}

function firingOn(day: number, schedule: Calendar): number {
  const date = new Date(day);
  return instantOf(
    {
      year: date.getUTCFullYear(),
      month: date.getUTCMonth() + 1,
      day: date.getUTCDate(),
      hour: schedule.hour,
      minute: schedule.minute,
    },
    schedule.timeZone
  );
}

function isoWeekdayOf(day: number): number {
  const weekday = new Date(day).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

/** The first local day on which the schedule fires after its creation. */
function firstDay(schedule: Calendar): number {
  let day = localDay(schedule.anchor, schedule.timeZone);
  while (
    firingOn(day, schedule) <= schedule.anchor ||
    (schedule.kind === 'weeks' && isoWeekdayOf(day) !== schedule.isoWeekday)
  )
    day += DAY_MS;
  return day;
}

function calendarFirings(
  schedule: Calendar,
  fromMs: number,
  toMs: number
): number[] {
  const first = firstDay(schedule);
  const cadence = schedule.every * (schedule.kind === 'weeks' ? 7 : 1);
  const start = Math.max(first, localDay(fromMs, schedule.timeZone) - DAY_MS);
  const skipped = Math.ceil((start - first) / DAY_MS / cadence);
  const out: number[] = [];
  for (
    let day = first + skipped * cadence * DAY_MS;
    ;
    day += cadence * DAY_MS
  ) {
    const at = firingOn(day, schedule);
    if (at > toMs) break;
    if (at > fromMs) out.push(at);
  }
  return out;
}

/** Firing instants of a schedule with `fromMs < at <= toMs`, in order. */
export function firingsBetween(
  schedule: ClockSchedule,
  fromMs: number,
  toMs: number
): number[] {
  switch (schedule.kind) {
    case 'once':
      return schedule.at > fromMs && schedule.at <= toMs ? [schedule.at] : [];
    case 'minutes':
    case 'hours': {
      const period =
        schedule.every * (schedule.kind === 'minutes' ? MINUTE_MS : HOUR_MS);
      const out: number[] = [];
      let k = Math.max(1, Math.floor((fromMs - schedule.anchor) / period) + 1);
      for (
        let at = schedule.anchor + k * period;
        at <= toMs;
        at = schedule.anchor + ++k * period
      )
        out.push(at);
      return out;
    }
    default:
      return calendarFirings(schedule, fromMs, toMs);
  }
}

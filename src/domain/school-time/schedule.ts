// The bell Schedule tab: periods per day type (A/B days) and which period is on now.
import {
  isSchoolDay,
  LocalDateTime,
  minutesOfDay,
  schoolDaysBetween,
  weekdayOf,
} from './local-time';

export type DayTypeMode = 'weekdays' | 'A/B';

/** The Config settings that give each school day its day type. */
export interface DayTypeSettings {
  readonly dayTypeMode: DayTypeMode;
  /** A school day that is an A day; A and B alternate on weekdays from it. */
  readonly abCycleStart: string;
}

export interface BellPeriod {
  readonly dayType: string;
  readonly period: string;
  /** Minutes since midnight. */
  readonly start: number;
  readonly end: number;
}

export interface ScheduleRow {
  readonly dayType: string;
  readonly period: string;
  readonly start: string;
  readonly end: string;
}

export interface ParsedSchedule {
  readonly periods: readonly BellPeriod[];
  readonly problems: readonly string[];
}

export function parseSchedule(rows: readonly ScheduleRow[]): ParsedSchedule {
  const periods: BellPeriod[] = [];
  const problems: string[] = [];
  rows.forEach((row, index) => {
    if (row.dayType.trim() === '' && row.period.trim() === '') return;
    const start = minutesOfDay(row.start);
    const end = minutesOfDay(row.end);
    const where = `Schedule row ${index + 2}`;
    if (start === undefined || end === undefined) {
      problems.push(
        `${where}: Start and End must be times like 08:05, not "${row.start}" and "${row.end}".`
      );
      return;
    }
    if (end <= start) {
      problems.push(
        `${where}: End (${row.end}) must be after Start (${row.start}).`
      );
      return;
    }
    periods.push({
      dayType: row.dayType.trim(),
      period: row.period.trim(),
      start,
      end,
    });
  });
  return {periods, problems};
}

/**
 * The day type of a date: its weekday (Mon…Fri), or A/B alternating over school days from the
 * configured A day. Weekends have none.
 */
export function dayTypeOn(
  date: string,
  config: DayTypeSettings
): string | undefined {
  if (!isSchoolDay(date)) return undefined;
  if (config.dayTypeMode === 'weekdays') return weekdayOf(date);
  const schoolDays = schoolDaysBetween(config.abCycleStart, date);
  return ((schoolDays % 2) + 2) % 2 === 0 ? 'A' : 'B';
}

export type DutySlot =
  | {readonly dayType: string; readonly period: string}
  | {
      readonly dayType: undefined;
      readonly period: undefined;
      readonly reason: string;
    };

/** The bell period in progress at a local time, or why there is none. */
export function dutySlotAt(
  at: LocalDateTime,
  config: DayTypeSettings,
  periods: readonly BellPeriod[]
): DutySlot {
  const dayType = dayTypeOn(at.date, config);
  if (!dayType)
    return {
      dayType: undefined,
      period: undefined,
      reason: `No school on ${weekdayOf(at.date)} ${at.date}.`,
    };
  const minutes = minutesOfDay(at.time) ?? -1;
  const current = periods.find(
    p =>
      p.dayType.toLowerCase() === dayType.toLowerCase() &&
      p.start <= minutes &&
      minutes < p.end
  );
  if (!current)
    return {
      dayType: undefined,
      period: undefined,
      reason: `${at.time} on ${dayTypeLabel(dayType)} ${at.date} is outside the bell periods in Schedule.`,
    };
  return {dayType, period: current.period};
}

export function dayTypeLabel(dayType: string): string {
  return dayType.length === 1 ? `${dayType} day` : dayType;
}

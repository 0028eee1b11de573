// The current time, and the wall-clock time in the desk's time zone.
import {LocalDateTime} from '../../domain/school-time/local-time';

export interface ScriptNow {
  readonly now: Date;
  readonly local: LocalDateTime;
  readonly timeZone: string;
}

/**
 * Now, and the wall-clock time in `timeZone` (the spreadsheet's, which the desk follows). The
 * JavaScript engine's own zone is not the school's, so local parts come from Utilities.formatDate.
 */
export function scriptNow(timeZone: string): ScriptNow {
  const now = new Date();
  const [date, time] = Utilities.formatDate(
    now,
    timeZone,
    'yyyy-MM-dd HH:mm'
  ).split(' ');
  return {now, local: {date, time}, timeZone};
}

/** The day of `clock` in words, in the desk's zone: "Tuesday 24 November 2026". */
export function dayInWords(clock: ScriptNow): string {
  return Utilities.formatDate(clock.now, clock.timeZone, 'EEEE d MMMM yyyy');
}

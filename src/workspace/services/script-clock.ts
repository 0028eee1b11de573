// The current time and the script's time zone, read from Apps Script.
import {LocalDateTime} from '../../domain/school-time/local-time';

export interface ScriptNow {
  readonly now: Date;
  readonly local: LocalDateTime;
  readonly timeZone: string;
}

/**
 * Now, and the wall-clock time in the script's time zone. The JavaScript engine's own zone is not
 * the school's, so local parts come from Utilities.formatDate.
 */
export function scriptNow(): ScriptNow {
  const now = new Date();
  const timeZone = Session.getScriptTimeZone();
  const [date, time] = Utilities.formatDate(
    now,
    timeZone,
    'yyyy-MM-dd HH:mm'
  ).split(' ');
  return {now, local: {date, time}, timeZone};
}

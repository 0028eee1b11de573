import {ZonedTime} from './zoned-time';

/**
 * The calendar fields of a local time as java.text.SimpleDateFormat prints them in the en-US
 * locale (https://docs.oracle.com/javase/8/docs/api/java/text/SimpleDateFormat.html), keyed by its
 * pattern letter and repeat count. `Utilities.formatDate` uses Java's letters directly; a Sheets
 * number format's date tokens (`mmm`, `dddd`, `hh`, …) map onto the same fields.
 */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
];

const DAY_MS = 86_400_000;

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** Java prints a name in full for four or more letters and abbreviated to three otherwise. */
function text(full: string, count: number): string {
  return count >= 4 ? full : full.slice(0, 3);
}

function dayOfYear(t: ZonedTime): number {
  return (
    (Date.UTC(t.year, t.month - 1, t.day) - Date.UTC(t.year, 0, 1)) / DAY_MS + 1
  );
}

/**
 * Week of the year by the en-US rule Java applies: weeks start on Sunday and week 1 is the week
 * that contains January 1st (so the last days of December can be in week 1 of the next year).
 */
export function weekOfYear(t: ZonedTime): number {
  const startOfWeek = Date.UTC(t.year, t.month - 1, t.day) - t.weekday * DAY_MS;
  const endOfWeek = startOfWeek + 6 * DAY_MS;
  const nextYear = new Date(endOfWeek).getUTCFullYear();
  const year = nextYear > t.year ? nextYear : t.year;
  const jan1 = Date.UTC(year, 0, 1);
  const firstWeekStart = jan1 - new Date(jan1).getUTCDay() * DAY_MS;
  return Math.floor((startOfWeek - firstWeekStart) / (7 * DAY_MS)) + 1;
}

/** The field a pattern letter names, or undefined for a letter that is no calendar field. */
export function dateField(
  letter: string,
  count: number,
  t: ZonedTime
): string | undefined {
  switch (letter) {
    case 'y':
    case 'Y':
      return count === 2 ? pad(t.year % 100, 2) : pad(t.year, count);
    case 'M':
      return count >= 3
        ? text(MONTHS[t.month - 1], count)
        : pad(t.month, count);
    case 'd':
      return pad(t.day, count);
    case 'H':
      return pad(t.hour, count);
    case 'k':
      return pad(t.hour === 0 ? 24 : t.hour, count);
    case 'K':
      return pad(t.hour % 12, count);
    case 'h':
      return pad(t.hour % 12 === 0 ? 12 : t.hour % 12, count);
    case 'm':
      return pad(t.minute, count);
    case 's':
      return pad(t.second, count);
    case 'S':
      return pad(t.millisecond, count);
    case 'E':
      return text(DAYS[t.weekday], count);
    case 'u':
      return pad(t.isoWeekday, count);
    case 'a':
      return t.hour < 12 ? 'AM' : 'PM';
    case 'D':
      return pad(dayOfYear(t), count);
    case 'w':
      return pad(weekOfYear(t), count);
    default:
      return undefined;
  }
}

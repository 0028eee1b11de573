import {ScriptException} from '../core/service';
import {
  formatOffset,
  zoneAbbreviation,
  zonedParts,
  ZonedParts,
} from './zoned-time';

/**
 * `Utilities.formatDate` follows java.text.SimpleDateFormat in the en-US locale
 * (https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String),
 * https://docs.oracle.com/javase/8/docs/api/java/text/SimpleDateFormat.html).
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
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
];

const DAY_MS = 86_400_000;

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function dayOfYear(p: ZonedParts): number {
  return (
    (Date.UTC(p.year, p.month - 1, p.day) - Date.UTC(p.year, 0, 1)) / DAY_MS + 1
  );
}

/**
 * Week of the year by the en-US rule Java applies: weeks start on Sunday and week 1 is the week
 * that contains January 1st (so the last days of December can be in week 1 of the next year).
 */
export function weekOfYear(p: ZonedParts): number {
  const sundayBased = p.isoWeekday % 7;
  const startOfWeek =
    Date.UTC(p.year, p.month - 1, p.day) - sundayBased * DAY_MS;
  const endOfWeek = startOfWeek + 6 * DAY_MS;
  const nextYear = new Date(endOfWeek).getUTCFullYear();
  const year = nextYear > p.year ? nextYear : p.year;
  const jan1 = Date.UTC(year, 0, 1);
  const firstWeekStart = jan1 - new Date(jan1).getUTCDay() * DAY_MS;
  return Math.floor((startOfWeek - firstWeekStart) / (7 * DAY_MS)) + 1;
}

function text(full: string, count: number): string {
  return count >= 4 ? full : full.slice(0, 3);
}

function field(
  letter: string,
  count: number,
  p: ZonedParts,
  ms: number,
  timeZone: string
): string {
  switch (letter) {
    case 'y':
    case 'Y':
      return count === 2 ? pad(p.year % 100, 2) : pad(p.year, count);
    case 'M':
      return count >= 3
        ? text(MONTHS[p.month - 1], count)
        : pad(p.month, count);
    case 'd':
      return pad(p.day, count);
    case 'H':
      return pad(p.hour, count);
    case 'k':
      return pad(p.hour === 0 ? 24 : p.hour, count);
    case 'K':
      return pad(p.hour % 12, count);
    case 'h':
      return pad(p.hour % 12 === 0 ? 12 : p.hour % 12, count);
    case 'm':
      return pad(p.minute, count);
    case 's':
      return pad(p.second, count);
    case 'S':
      return pad(p.millisecond, count);
    case 'E':
      return text(DAYS[p.isoWeekday - 1], count);
    case 'u':
      return pad(p.isoWeekday, count);
    case 'a':
      return p.hour < 12 ? 'AM' : 'PM';
    case 'D':
      return pad(dayOfYear(p), count);
    case 'w':
      return pad(weekOfYear(p), count);
    case 'z':
      return zoneAbbreviation(ms, timeZone, count >= 4 ? 'long' : 'short');
    case 'Z':
      return formatOffset(p.offsetMinutes, '');
    case 'X':
      if (p.offsetMinutes === 0) return 'Z';
      if (count === 1) return formatOffset(p.offsetMinutes, '').slice(0, 3);
      return formatOffset(p.offsetMinutes, count === 2 ? '' : ':');
    default:
      throw new ScriptException(`Illegal pattern character '${letter}'`);
  }
}

export function formatJavaDate(
  ms: number,
  timeZone: string,
  pattern: string
): string {
  const parts = zonedParts(ms, timeZone);
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i];
    if (c === "'") {
      const close = pattern.indexOf("'", i + 1);
      if (close === i + 1) {
        out += "'";
        i += 2;
        continue;
      }
      if (close < 0) throw new ScriptException('Unterminated quote');
      out += pattern.slice(i + 1, close);
      i = close + 1;
      while (pattern[i] === "'" && pattern[i + 1] !== undefined) {
        const next = pattern.indexOf("'", i + 1);
        if (next < 0) throw new ScriptException('Unterminated quote');
        out += "'" + pattern.slice(i + 1, next);
        i = next + 1;
      }
      continue;
    }
    if (/[A-Za-z]/.test(c)) {
      let count = 1;
      while (pattern[i + count] === c) count++;
      out += field(c, count, parts, ms, timeZone);
      i += count;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}

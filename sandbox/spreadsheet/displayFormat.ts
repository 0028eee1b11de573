import {CellValue} from './typedInput';
import {dateOfSerial, serialOf, wallTimeOf} from './zonedTime';

/** How Sheets shows a value (getDisplayValues), in the en_US locale and the spreadsheet's zone. */

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

const DATE_TOKEN =
  /yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|am\/pm|a\/p|"[^"]*"|\\.|./gi;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

export function isDateFormat(format: string): boolean {
  const unquoted = format.replace(/"[^"]*"/g, '');
  return /[yd]|h+:m|m+:s/i.test(unquoted);
}

/** Formats with Sheets' date-time pattern letters; `m`/`mm` mean minutes next to hours or seconds. */
export function formatDate(
  date: Date,
  format: string,
  timeZone: string
): string {
  const t = wallTimeOf(date.getTime(), timeZone);
  const tokens = format.match(DATE_TOKEN) ?? [];
  const twelveHour = tokens.some(k => /^(am\/pm|a\/p)$/i.test(k));
  const lower = tokens.map(k => k.toLowerCase());
  const isMinutes = (i: number): boolean => {
    for (let j = i - 1; j >= 0; j--) {
      if (/^[hdmy]/.test(lower[j]) && !lower[j].startsWith('"'))
        return lower[j].startsWith('h');
    }
    for (let j = i + 1; j < lower.length; j++) {
      if (/^[hdmys]/.test(lower[j]) && !lower[j].startsWith('"'))
        return lower[j].startsWith('s');
    }
    return false;
  };
  const hour = twelveHour ? t.hour % 12 || 12 : t.hour;
  return tokens
    .map((token, i) => {
      switch (lower[i]) {
        case 'yyyy':
          return String(t.year);
        case 'yy':
          return pad(t.year % 100);
        case 'mmmm':
          return MONTHS[t.month - 1];
        case 'mmm':
          return MONTHS[t.month - 1].slice(0, 3);
        case 'mm':
          return isMinutes(i) ? pad(t.minute) : pad(t.month);
        case 'm':
          return isMinutes(i) ? String(t.minute) : String(t.month);
        case 'dddd':
          return DAYS[t.weekday];
        case 'ddd':
          return DAYS[t.weekday].slice(0, 3);
        case 'dd':
          return pad(t.day);
        case 'd':
          return String(t.day);
        case 'hh':
          return pad(hour);
        case 'h':
          return String(hour);
        case 'ss':
          return pad(t.second);
        case 's':
          return String(t.second);
        case 'am/pm':
          return t.hour < 12 ? 'AM' : 'PM';
        case 'a/p':
          return t.hour < 12 ? 'a' : 'p';
        default:
          if (token.startsWith('"')) return token.slice(1, -1);
          if (token.startsWith('\\')) return token.slice(1);
          return token;
      }
    })
    .join('');
}

/** en_US defaults Sheets applies to a date it was given without a format. */
const DEFAULT_DATE = 'M/d/yyyy';
const DEFAULT_DATE_TIME = 'M/d/yyyy H:mm:ss';

function formatGeneralNumber(n: number): string {
  if (Number.isInteger(n)) return String(n);
  return String(Number(n.toPrecision(10)));
}

function formatNumber(n: number, format: string): string {
  const body = format.replace(/"([^"]*)"/g, '$1');
  const first = body.search(/[0#]/);
  if (first < 0) return formatGeneralNumber(n);
  let last = first;
  for (let i = first; i < body.length; i++)
    if (/[0#.,]/.test(body[i])) last = i;
  const pattern = body.slice(first, last + 1);
  const suffix = body.slice(last + 1);
  const percent = suffix.includes('%');
  const decimals = pattern.includes('.') ? pattern.split('.')[1].length : 0;
  const fixed = Math.abs(percent ? n * 100 : n).toFixed(decimals);
  const [whole, fraction] = fixed.split('.');
  const grouped = pattern.includes(',')
    ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
    : whole;
  const sign = n < 0 ? '-' : '';
  return `${sign}${body.slice(0, first)}${grouped}${fraction ? '.' + fraction : ''}${suffix}`;
}

export function displayValueOf(
  value: CellValue | undefined,
  numberFormat: string | undefined,
  timeZone: string
): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const format = numberFormat === '@' ? undefined : numberFormat;
  if (typeof value === 'number') {
    if (format && isDateFormat(format))
      return formatDate(dateOfSerial(value, timeZone), format, timeZone);
    return format ? formatNumber(value, format) : formatGeneralNumber(value);
  }
  if (format && isDateFormat(format))
    return formatDate(value, format, timeZone);
  if (format) return formatNumber(serialOf(value, timeZone), format);
  const t = wallTimeOf(value.getTime(), timeZone);
  const midnight = t.hour === 0 && t.minute === 0 && t.second === 0;
  return formatDate(
    value,
    midnight ? DEFAULT_DATE : DEFAULT_DATE_TIME,
    timeZone
  );
}

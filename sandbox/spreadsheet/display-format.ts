import {CellValue} from './typed-input';
import {dateField} from '../core/date-fields';
import {wallTimeOf, ZonedTime} from '../core/zoned-time';
import {dateOfSerial, serialOf} from './serial-date';

/** How Sheets shows a value (getDisplayValues), in the en_US locale and the spreadsheet's zone. */

const DATE_TOKEN =
  /yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|am\/pm|a\/p|"[^"]*"|\\.|./gi;

export function isDateFormat(format: string): boolean {
  const unquoted = format.replace(/"[^"]*"/g, '');
  return /[yd]|h+:m|m+:s/i.test(unquoted);
}

type WallTimePart = (t: ZonedTime) => string;

/** The Java pattern letter and count (see core/date-fields) that print what a Sheets token does. */
function javaField(
  token: string,
  minutes: boolean,
  twelveHour: boolean
): [letter: string, count: number] | undefined {
  switch (token) {
    case 'yyyy':
    case 'yy':
      return ['y', token.length];
    case 'mmmm':
    case 'mmm':
      return ['M', token.length];
    case 'mm':
    case 'm':
      return [minutes ? 'm' : 'M', token.length];
    case 'dddd':
    case 'ddd':
      return ['E', token.length];
    case 'dd':
    case 'd':
      return ['d', token.length];
    case 'hh':
    case 'h':
      return [twelveHour ? 'h' : 'H', token.length];
    case 'ss':
    case 's':
      return ['s', token.length];
    case 'am/pm':
      return ['a', 1];
    default:
      return undefined;
  }
}

function compileDateFormat(format: string): WallTimePart[] {
  const tokens = format.match(DATE_TOKEN) ?? [];
  const lower = tokens.map(k => k.toLowerCase());
  const twelveHour = lower.some(k => k === 'am/pm' || k === 'a/p');
  const isField = (k: string) => !k.startsWith('"') && /^[hdmys]/.test(k);
  const isMinutes = (i: number): boolean => {
    for (let j = i - 1; j >= 0; j--)
      if (isField(lower[j]) && !lower[j].startsWith('s'))
        return lower[j].startsWith('h');
    for (let j = i + 1; j < lower.length; j++)
      if (isField(lower[j])) return lower[j].startsWith('s');
    return false;
  };
  return tokens.map((token, i): WallTimePart => {
    if (lower[i] === 'a/p') return t => (t.hour < 12 ? 'a' : 'p');
    const field = javaField(lower[i], isMinutes(i), twelveHour);
    if (field) {
      const [letter, count] = field;
      return t => dateField(letter, count, t) ?? '';
    }
    const literal = token.startsWith('"')
      ? token.slice(1, -1)
      : token.startsWith('\\')
        ? token.slice(1)
        : token;
    return () => literal;
  });
}

const compiledFormats = new Map<string, WallTimePart[]>();

/** Formats with Sheets' date-time pattern letters; `m`/`mm` mean minutes next to hours or seconds. */
export function formatDate(
  date: Date,
  format: string,
  timeZone: string
): string {
  let parts = compiledFormats.get(format);
  if (!parts) {
    parts = compileDateFormat(format);
    compiledFormats.set(format, parts);
  }
  const t = wallTimeOf(date.getTime(), timeZone);
  let text = '';
  for (const part of parts) text += part(t);
  return text;
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

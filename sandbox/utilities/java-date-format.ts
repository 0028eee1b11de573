import {dateField} from '../core/date-fields';
import {ScriptException} from '../core/service';
import {
  formatOffset,
  wallTimeOf,
  zoneAbbreviation,
  ZonedTime,
} from '../core/zoned-time';

/**
 * `Utilities.formatDate` follows java.text.SimpleDateFormat in the en-US locale
 * (https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String),
 * https://docs.oracle.com/javase/8/docs/api/java/text/SimpleDateFormat.html).
 */

function field(
  letter: string,
  count: number,
  t: ZonedTime,
  ms: number,
  timeZone: string
): string {
  switch (letter) {
    case 'z':
      return zoneAbbreviation(ms, timeZone, count >= 4 ? 'long' : 'short');
    case 'Z':
      return formatOffset(t.offsetMinutes, '');
    case 'X':
      if (t.offsetMinutes === 0) return 'Z';
      if (count === 1) return formatOffset(t.offsetMinutes, '').slice(0, 3);
      return formatOffset(t.offsetMinutes, count === 2 ? '' : ':');
  }
  const text = dateField(letter, count, t);
  if (text === undefined)
    throw new ScriptException(`Illegal pattern character '${letter}'`);
  return text;
}

export function formatJavaDate(
  ms: number,
  timeZone: string,
  pattern: string
): string {
  const parts = wallTimeOf(ms, timeZone);
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

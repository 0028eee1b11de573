/**
 * The bundle realm's Date, as JavaScript source evaluated inside that realm: `new Date()` and
 * `Date.now()` read the virtual clock, and every local-time reading (getHours, toString,
 * toLocaleString, getTimezoneOffset, the component constructor, local setters, parsing a string
 * without an offset) follows the script's time zone, as on Apps Script, where a script's Date is
 * local to the manifest's `timeZone` (https://developers.google.com/apps-script/manifest; Google's
 * Eric Koleda shows it in gist erickoledadevrel/6cf5d1e764839cba8701), not the server's.
 *
 * The realm's own Date.prototype is patched in place, so every Date there (`instanceof Date`, the
 * membrane's copies, JSON revivers) behaves the same. The host functions it is given are kept in
 * closures: nothing here hands one to the bundle, and their errors are re-thrown as the realm's.
 */

import {GUARD_SOURCE} from './realm-guard';

/** What the realm's Date asks of the host; every function returns a number or a string. */
export interface ZoneBridge {
  /** Milliseconds on the virtual clock. */
  now(): number;
  /** The script zone's offset from UTC, in milliseconds, at an instant. */
  offsetAt(ms: number): number;
  /** The instant a local wall time (given as if it were UTC milliseconds) names in the script zone. */
  fromLocal(naiveMs: number): number;
  /** The zone's long name at an instant, as V8's Date#toString prints it (`Central Standard Time`). */
  zoneName(ms: number): string;
  /** The zone id Intl understands for toLocaleString and Intl.DateTimeFormat's default. */
  readonly intlZone: string;
}

export const ZONED_DATE_SOURCE = String.raw`(function installZonedDate(zone) {
  'use strict';
  const RealDate = globalThis.Date;
  const proto = RealDate.prototype;
${GUARD_SOURCE}
  const now = guard(zone.now);
  const offsetAt = guard(zone.offsetAt);
  const fromLocal = guard(zone.fromLocal);
  const zoneName = guard(zone.zoneName);
  const intlZone = String(zone.intlZone);
  const uncurry = fn => (self, ...args) => Reflect.apply(fn, self, args);
  const timeValue = uncurry(proto.getTime);
  const setTimeValue = uncurry(proto.setTime);
  const hostOffsetMinutes = uncurry(proto.getTimezoneOffset);
  const realParse = RealDate.parse;
  const realUTC = RealDate.UTC;
  const isNaN = Number.isNaN;
  const scratch = ms => Reflect.construct(RealDate, [ms]);
  const FIELDS = ['FullYear', 'Month', 'Date', 'Day', 'Hours', 'Minutes', 'Seconds', 'Milliseconds'];
  const utcGet = {};
  const utcSet = {};
  for (const field of FIELDS) {
    utcGet[field] = uncurry(proto['getUTC' + field]);
    if (field !== 'Day') utcSet[field] = proto['setUTC' + field];
  }
  const localeMethods = {
    toLocaleString: uncurry(proto.toLocaleString),
    toLocaleDateString: uncurry(proto.toLocaleDateString),
    toLocaleTimeString: uncurry(proto.toLocaleTimeString),
  };
  const define = (object, name, value) =>
    Object.defineProperty(object, name, {value, writable: true, enumerable: false, configurable: true});
  const named = (name, fn) => {
    Object.defineProperty(fn, 'name', {value: name});
    return fn;
  };

  // A primitive is never a Date; checking it first spares the thrown TypeError, which made every
  // new Date(ms) cost the bundle microseconds of CPU that V8's native Date does not.
  const isDateObject = value => {
    if (value === null || typeof value !== 'object') return false;
    try {
      timeValue(value);
      return true;
    } catch {
      return false;
    }
  };
  const toPrimitive = value => {
    if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return value;
    const exotic = value[Symbol.toPrimitive];
    if (exotic !== undefined && exotic !== null) return Reflect.apply(exotic, value, ['default']);
    for (const method of ['valueOf', 'toString']) {
      const fn = value[method];
      if (typeof fn === 'function') {
        const result = Reflect.apply(fn, value, []);
        if (result === null || (typeof result !== 'object' && typeof result !== 'function')) return result;
      }
    }
    throw new TypeError('Cannot convert object to primitive value');
  };
  const DATE_ONLY = /^\s*[+-]?\d{4,6}(?:-\d\d(?:-\d\d)?)?\s*$/;
  const EXPLICIT_ZONE = /(?:\d(?:Z|[+-]\d\d:?\d\d)|\b(?:GMT|UTC|UT|[ECMP][SD]T)\b)/i;
  const parse = text => {
    const t = realParse(text);
    if (isNaN(t) || DATE_ONLY.test(text) || EXPLICIT_ZONE.test(text)) return t;
    // The realm read a local time in the host's zone: read the same wall time in the script's.
    return fromLocal(t - hostOffsetMinutes(scratch(t)) * 60000);
  };
  const timeFor = args => {
    if (args.length === 0) return now();
    if (args.length === 1) {
      if (isDateObject(args[0])) return timeValue(args[0]);
      const value = toPrimitive(args[0]);
      return typeof value === 'string' ? parse(value) : Number(value);
    }
    const naive = realUTC(...args);
    return isNaN(naive) ? NaN : fromLocal(naive);
  };

  function Date(...args) {
    if (new.target === undefined) return proto.toString.call(Reflect.construct(RealDate, [now()]));
    return Reflect.construct(RealDate, [timeFor(args)], new.target);
  }
  Object.defineProperty(Date, 'length', {value: 7});
  Object.defineProperty(Date, 'prototype', {value: proto, writable: false});
  define(proto, 'constructor', Date);
  define(Date, 'now', named('now', () => now()));
  define(Date, 'parse', named('parse', text => parse(String(text))));
  define(Date, 'UTC', realUTC);

  const localMs = date => {
    const t = timeValue(date);
    return isNaN(t) ? NaN : t + offsetAt(t);
  };
  for (const field of FIELDS) {
    define(proto, 'get' + field, named('get' + field, function () {
      const local = localMs(this);
      return isNaN(local) ? NaN : utcGet[field](scratch(local));
    }));
    if (field === 'Day') continue;
    define(proto, 'set' + field, named('set' + field, function (...args) {
      const t = timeValue(this);
      if (isNaN(t) && field !== 'FullYear') return NaN;
      const local = scratch(isNaN(t) ? 0 : t + offsetAt(t));
      const naive = Reflect.apply(utcSet[field], local, args);
      return setTimeValue(this, isNaN(naive) ? NaN : fromLocal(naive));
    }));
  }
  define(proto, 'getYear', named('getYear', function () {
    return this.getFullYear() - 1900;
  }));
  define(proto, 'setYear', named('setYear', function (year) {
    const y = Number(year);
    if (isNaN(y)) return setTimeValue(this, NaN);
    const whole = Math.trunc(y);
    return this.setFullYear(whole >= 0 && whole <= 99 ? 1900 + whole : y);
  }));
  define(proto, 'getTimezoneOffset', named('getTimezoneOffset', function () {
    const t = timeValue(this);
    return isNaN(t) ? NaN : -offsetAt(t) / 60000;
  }));

  const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const pad = (n, width) => String(n).padStart(width, '0');
  const dateText = local => {
    const d = scratch(local);
    const year = utcGet.FullYear(d);
    return DAYS[utcGet.Day(d)] + ' ' + MONTHS[utcGet.Month(d)] + ' ' + pad(utcGet.Date(d), 2) + ' ' +
      (year < 0 ? '-' : '') + pad(Math.abs(year), 4);
  };
  const timeText = (t, local) => {
    const d = scratch(local);
    const offset = Math.round((local - t) / 60000);
    const abs = Math.abs(offset);
    return pad(utcGet.Hours(d), 2) + ':' + pad(utcGet.Minutes(d), 2) + ':' + pad(utcGet.Seconds(d), 2) +
      ' GMT' + (offset < 0 ? '-' : '+') + pad(Math.floor(abs / 60), 2) + pad(abs % 60, 2) +
      ' (' + zoneName(t) + ')';
  };
  const textMethod = (name, render) =>
    define(proto, name, named(name, function () {
      const t = timeValue(this);
      return isNaN(t) ? 'Invalid Date' : render(t, t + offsetAt(t));
    }));
  textMethod('toString', (t, local) => dateText(local) + ' ' + timeText(t, local));
  textMethod('toDateString', (t, local) => dateText(local));
  textMethod('toTimeString', timeText);

  const withZone = options =>
    options === undefined
      ? {timeZone: intlZone}
      : options !== null && typeof options === 'object' && options.timeZone === undefined
        ? Object.assign({}, options, {timeZone: intlZone})
        : options;
  for (const name of Object.keys(localeMethods))
    define(proto, name, named(name, function (locales, options) {
      return localeMethods[name](this, locales, withZone(options));
    }));

  const RealDateTimeFormat = Intl.DateTimeFormat;
  function DateTimeFormat(locales, options) {
    return Reflect.construct(RealDateTimeFormat, [locales, withZone(options)], new.target || DateTimeFormat);
  }
  Object.defineProperty(DateTimeFormat, 'prototype', {value: RealDateTimeFormat.prototype, writable: false});
  define(RealDateTimeFormat.prototype, 'constructor', DateTimeFormat);
  define(DateTimeFormat, 'supportedLocalesOf', RealDateTimeFormat.supportedLocalesOf);
  define(Intl, 'DateTimeFormat', DateTimeFormat);
  define(globalThis, 'Date', Date);
})`;

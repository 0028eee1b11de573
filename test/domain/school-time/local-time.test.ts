import {
  daysBetween,
  minutesOfDay,
  schoolDaysBetween,
  weekdayOf,
} from '../../../src/domain/school-time/local-time';

describe('local dates', () => {
  it('knows the weekday of a date without a time zone', () => {
    expect(weekdayOf('2026-08-17')).toBe('Mon');
    expect(weekdayOf('2026-11-22')).toBe('Sun');
    expect(weekdayOf('2024-02-29')).toBe('Thu');
  });

  it('counts days and school days between dates', () => {
    expect(daysBetween('2026-08-17', '2026-08-24')).toBe(7);
    // Mon 17 → Mon 24: Mon–Fri are school days.
    expect(schoolDaysBetween('2026-08-17', '2026-08-24')).toBe(5);
    // Mon 17 → Wed 26: 5 + Mon, Tue.
    expect(schoolDaysBetween('2026-08-17', '2026-08-26')).toBe(7);
    // Earlier dates count backwards: Fri 14 is one school day before Mon 17.
    expect(schoolDaysBetween('2026-08-17', '2026-08-14')).toBe(-1);
  });

  it('reads H:mm and HH:mm times and refuses others', () => {
    expect(minutesOfDay('8:05')).toBe(485);
    expect(minutesOfDay('14:10')).toBe(850);
    expect(minutesOfDay('24:00')).toBeUndefined();
    expect(minutesOfDay('noon')).toBeUndefined();
  });
});

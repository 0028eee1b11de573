import {parseConfig} from '../../../src/domain/configuration/config';
import {
  dayTypeOn,
  dutySlotAt,
  parseSchedule,
} from '../../../src/domain/school-time/schedule';
import {exampleReference} from '../../support/example-reference';

describe('bell schedule and day types', () => {
  const {config, periods} = exampleReference();

  it('alternates A and B over school days from the cycle start, skipping weekends', () => {
    // 2026-08-17 is a Monday and an A day.
    expect(
      [
        '2026-08-17',
        '2026-08-18',
        '2026-08-21',
        '2026-08-24',
        '2026-08-25',
      ].map(d => dayTypeOn(d, config))
    ).toEqual(['A', 'B', 'A', 'B', 'A']);
    expect(dayTypeOn('2026-08-22', config)).toBeUndefined();
  });

  it('uses weekday names in weekdays mode', () => {
    const weekdays = parseConfig([]).config;
    expect(dayTypeOn('2026-08-19', weekdays)).toBe('Wed');
  });

  it('finds the bell period at a local time, or explains why there is none', () => {
    expect(
      dutySlotAt({date: '2026-08-18', time: '09:10'}, config, periods)
    ).toEqual({
      dayType: 'B',
      period: '2',
    });
    expect(
      dutySlotAt({date: '2026-08-18', time: '07:30'}, config, periods)
    ).toEqual({
      dayType: undefined,
      period: undefined,
      reason:
        '07:30 on B day 2026-08-18 is outside the bell periods in Schedule.',
    });
    expect(
      dutySlotAt({date: '2026-08-22', time: '10:00'}, config, periods)
    ).toEqual({
      dayType: undefined,
      period: undefined,
      reason: 'No school on Sat 2026-08-22.',
    });
  });

  it('reports rows whose times are not times', () => {
    expect(
      parseSchedule([{dayType: 'A', period: '1', start: 'eight', end: '08:50'}])
        .problems
    ).toEqual([
      'Schedule row 2: Start and End must be times like 08:05, not "eight" and "08:50".',
    ]);
  });
});

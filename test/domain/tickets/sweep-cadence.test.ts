import {SchoolCalendar} from '../../../src/domain/school-time/school-time';
import {sweepWorksAt} from '../../../src/domain/tickets/sweep-cadence';
import {exampleReference} from '../../support/example-reference';

const reference = exampleReference();

/** The example school (08:00–15:00) in Chicago, CST all November. */
const calendar: SchoolCalendar = {
  config: reference.config,
  periods: reference.periods,
  noSchoolDays: new Set(['2026-11-26']),
  utcOffsetMinutes: () => -360,
};

const at = (local: string) => Date.parse(`${local.replace(' ', 'T')}:00-06:00`);

/** The local times of a day's 5-minute runs, from `from` for `hours`, at which the sweep works. */
function working(date: string, from: string, hours: number): string[] {
  const start = at(`${date} ${from}`) + 60_000;
  return Array.from({length: hours * 12}, (_, i) => start + i * 5 * 60_000)
    .filter(ms => sweepWorksAt(calendar, date, ms))
    .map(ms => new Date(ms - 6 * 3600_000).toISOString().slice(11, 16));
}

describe('when the sweep works', () => {
  it('at every run from an hour before the first bell to an hour after the last', () => {
    expect(working('2026-11-23', '06:55', 1)).toEqual([
      '07:01',
      '07:06',
      '07:11',
      '07:16',
      '07:21',
      '07:26',
      '07:31',
      '07:36',
      '07:41',
      '07:46',
      '07:51',
    ]);
    expect(working('2026-11-23', '10:00', 2)).toHaveLength(24);
    expect(working('2026-11-23', '15:40', 1)).toEqual([
      '15:41',
      '15:46',
      '15:51',
      '15:56',
      '16:01',
      '16:31',
    ]);
  });

  it('twice an hour at night, at weekends and on a day without school', () => {
    expect(working('2026-11-23', '21:00', 2)).toEqual([
      '21:01',
      '21:31',
      '22:01',
      '22:31',
    ]);
    expect(working('2026-11-28', '10:00', 1)).toEqual(['10:01', '10:31']);
    expect(working('2026-11-26', '10:00', 1)).toEqual(['10:01', '10:31']);
  });
});

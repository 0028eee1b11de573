import {
  addSchoolMinutes,
  SchoolCalendar,
  schoolDaysElapsed,
  schoolMinutesBetween,
} from '../../../src/domain/school-time/school-time';
import {exampleReference} from '../../support/example-reference';

const reference = exampleReference();

/** The example school (A/B days, 08:00–15:00) in Chicago, CST all November. */
function calendar(noSchool: string[] = []): SchoolCalendar {
  return {
    config: reference.config,
    periods: reference.periods,
    noSchoolDays: new Set(noSchool),
    utcOffsetMinutes: () => -360,
  };
}

const at = (local: string) => Date.parse(`${local.replace(' ', 'T')}:00-06:00`);

describe('school time', () => {
  it('counts only school hours', () => {
    expect(
      schoolMinutesBetween(
        calendar(),
        at('2026-11-23 15:55'),
        at('2026-11-24 08:05')
      )
    ).toBe(5);
    expect(
      schoolMinutesBetween(
        calendar(),
        at('2026-11-23 09:00'),
        at('2026-11-23 10:30')
      )
    ).toBe(90);
  });

  it('skips weekends and no-school days when adding minutes', () => {
    // Friday 14:50 + 20 school minutes: 10 on Friday, 10 on Monday.
    expect(addSchoolMinutes(calendar(), at('2026-11-20 14:50'), 20)).toBe(
      at('2026-11-23 08:10')
    );
    expect(
      addSchoolMinutes(calendar(['2026-11-23']), at('2026-11-20 14:50'), 20)
    ).toBe(at('2026-11-24 08:10'));
  });

  it('counts whole school days since an instant', () => {
    expect(
      schoolDaysElapsed(
        calendar(),
        at('2026-11-20 12:00'),
        at('2026-11-25 16:00')
      )
    ).toBe(3);
  });
});

import {addDays} from '../../../src/domain/school-time/local-time';
import {schoolMinutesBetween} from '../../../src/domain/school-time/school-time';
import {schoolTimeline} from '../../../src/domain/school-time/school-timeline';
import {
  at,
  handWorkedCalendar,
  handWorkedReference,
} from '../metrics/hand-worked-ledger';

const calendar = handWorkedCalendar(handWorkedReference());

describe('the school timeline', () => {
  it('agrees with walking the calendar, inside its span and outside it', () => {
    const between = schoolTimeline(calendar, '2026-11-16', '2026-12-05');
    const instants: number[] = [];
    for (let date = '2026-11-10'; date <= '2026-12-10'; date = addDays(date, 1))
      for (const time of ['00:00', '07:59', '08:00', '11:17', '15:00', '22:30'])
        instants.push(at(`${date} ${time}`).getTime());
    for (const from of instants.filter((_, i) => i % 7 === 0))
      for (const to of instants)
        expect([from, to, between(from, to)]).toEqual([
          from,
          to,
          schoolMinutesBetween(calendar, from, to),
        ]);
  });

  it('counts 14:00 Monday to 09:00 Tuesday as two school hours', () => {
    const between = schoolTimeline(calendar, '2026-11-20', '2026-11-28');
    expect(
      between(
        at('2026-11-23 14:00').getTime(),
        at('2026-11-24 09:00').getTime()
      )
    ).toBe(120);
  });
});

import {exampleReference} from '../../support/example-reference';
import {nextDutyStart} from '../../../src/domain/people/next-duty';

const reference = exampleReference();
const campus = reference.rota[0].campus;

describe('the next tech on duty', () => {
  it('is the next bell period with a skilled tech on the Rota, later the same day or on a later school day', () => {
    const first = nextDutyStart(
      {date: '2026-11-23', time: '00:00'},
      {campus, category: 'Other'},
      reference
    );
    expect(first).toMatchObject({date: '2026-11-23', today: true});
    const fromSaturday = nextDutyStart(
      {date: '2026-11-28', time: '12:00'},
      {campus, category: 'Other'},
      reference
    );
    expect(fromSaturday).toMatchObject({
      date: '2026-11-30',
      weekday: 'Mon',
      today: false,
    });
  });

  it('is undefined when no tech ever covers the campus', () => {
    expect(
      nextDutyStart(
        {date: '2026-11-23', time: '08:00'},
        {campus: 'Nowhere', category: 'Other'},
        reference
      )
    ).toBeUndefined();
  });
});

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

  it('passes over a period whose only skilled tech is still learning it without their mentor', () => {
    const monday = reference.periods
      .filter(p => p.dayType === 'A')
      .sort((a, b) => a.start - b.start);
    const [first, second] = monday;
    const mentor = reference.techs.find(t => t.tier === 'Senior Mentor')!;
    const learner = {
      ...reference.techs.find(t => t.mentor === mentor.email)!,
      skills: ['Printer'],
      levels: [{category: 'Printer', level: 'learning' as const, signedOff: 0}],
    };
    const slot = (tech: string, period: string) => ({
      campus,
      dayType: 'A',
      period,
      tech,
    });
    const paired = {
      ...reference,
      techs: [learner, {...mentor, skills: ['Chromebook'], levels: []}],
      rota: [
        slot(learner.email, first.period),
        slot(learner.email, second.period),
        slot(mentor.email, second.period),
      ],
    };
    const next = nextDutyStart(
      {date: '2026-11-23', time: '00:00'},
      {campus, category: 'Printer'},
      paired
    );
    const hhmm = (m: number) =>
      `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
    expect(next).toMatchObject({date: '2026-11-23', time: hhmm(second.start)});
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

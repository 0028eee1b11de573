import {awayAt, openBreak, parseLeave} from '../../../src/domain/people/leave';
import {exampleReference} from '../../support/example-reference';

const {techs} = exampleReference();
const LIAM = 'liam.obrien@students.example.org';
const AVA = 'ava.chen@students.example.org';

describe('the Leave tab', () => {
  it('reads a tech by email or display name, and names the rows it cannot use', () => {
    const {leave, problems} = parseLeave(
      [
        {tech: LIAM, from: '2026-11-23', to: '2026-11-24', reason: 'exams'},
        {tech: 'Ava Chen', from: '2026-11-23 10:00', to: '', reason: 'break'},
        {tech: 'nobody@example.org', from: '2026-11-23', to: '', reason: ''},
        {tech: AVA, from: 'next week', to: '', reason: 'field trip'},
        {tech: AVA, from: '2026-11-25', to: '2026-11-24', reason: ''},
        {tech: '', from: '', to: '', reason: ''},
      ],
      techs
    );
    expect(leave.map(l => l.tech)).toEqual([LIAM, AVA]);
    expect(problems).toEqual([
      'Leave row 4: "nobody@example.org" is not on the Techs tab; use a tech\'s Email from there.',
      `Leave row 5 (${AVA}): From and To must be dates like 2026-12-07 (To may be blank while the leave lasts), not "next week" and "".`,
      `Leave row 6 (${AVA}): To (2026-11-24) is before From (2026-11-25), so this leave covers no time.`,
    ]);
  });

  it('covers whole days for dates, and from or until the moment for times', () => {
    const {leave} = parseLeave(
      [
        {tech: LIAM, from: '2026-11-23', to: '2026-11-24', reason: 'exams'},
        {tech: AVA, from: '2026-11-23 10:00', to: '', reason: 'break'},
      ],
      techs
    );
    expect([...awayAt(leave, {date: '2026-11-23', time: '09:59'})]).toEqual([
      LIAM,
    ]);
    expect([...awayAt(leave, {date: '2026-11-24', time: '23:59'})]).toEqual([
      LIAM,
      AVA,
    ]);
    expect([...awayAt(leave, {date: '2026-11-25', time: '00:00'})]).toEqual([
      AVA,
    ]);
    expect(openBreak(leave, AVA, {date: '2026-11-30', time: '08:00'})).toEqual(
      leave[1]
    );
    expect(
      openBreak(leave, LIAM, {date: '2026-11-23', time: '12:00'})
    ).toBeUndefined();
  });
});

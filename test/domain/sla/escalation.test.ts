import {
  dueRungs,
  RUNG,
  SlaTicket,
  slaClock,
} from '../../../src/domain/sla/escalation';
import {SchoolCalendar} from '../../../src/domain/school-time/school-time';
import {exampleReference} from '../../support/example-reference';

const reference = exampleReference();
const calendar: SchoolCalendar = {
  config: reference.config,
  periods: reference.periods,
  noSchoolDays: new Set(),
  utcOffsetMinutes: () => -360,
};
const at = (local: string) => Date.parse(`${local.replace(' ', 'T')}:00-06:00`);

function rungsAt(ticket: SlaTicket, local: string) {
  const clock = slaClock(ticket, reference.sla, calendar, at(local));
  return dueRungs(ticket, clock, new Set(), reference.sla);
}

const p1: SlaTicket = {
  status: 'Assigned',
  assignee: 'liam.obrien@students.example.org',
  priority: 'P1',
  createdMs: at('2026-11-23 09:10'),
  responded: false,
  pauses: [],
};

describe('the escalation ladder', () => {
  it('climbs with school minutes: nudge, mentor, warning, breach', () => {
    expect(rungsAt(p1, '2026-11-23 09:24')).toEqual([]);
    expect(rungsAt(p1, '2026-11-23 09:25')).toEqual([RUNG.nudge]);
    expect(rungsAt(p1, '2026-11-23 09:40')).toEqual([
      RUNG.nudge,
      RUNG.mentorNudge,
    ]);
    expect(rungsAt(p1, '2026-11-23 11:10')).toEqual([
      RUNG.nudge,
      RUNG.mentorNudge,
      RUNG.warning,
      RUNG.breach,
    ]);
  });

  it('announces a ticket nobody took, and nothing while it waits on the requester', () => {
    const queued = {...p1, status: 'New', assignee: ''};
    expect(rungsAt(queued, '2026-11-23 09:25')).toEqual([RUNG.unassigned]);
    const waiting = {
      ...p1,
      status: 'Waiting on Requester',
      pauses: [{fromMs: at('2026-11-23 09:11'), toMs: undefined}],
    };
    expect(rungsAt(waiting, '2026-11-23 14:00')).toEqual([]);
  });
});

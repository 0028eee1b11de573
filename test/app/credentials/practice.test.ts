import {Workspace} from '../../../sandbox/workspace/workspace';
import {
  chicago,
  completed,
  exampleDesk,
  reportProjectorDown,
  chooseEmails,
  setConfig,
  TEACHER,
  ticket,
  tickets,
  cellOf,
  editTicket,
} from '../../support/peer-desk';

const AVA = 'ava.chen@students.example.org';
const LIAM = 'liam.obrien@students.example.org';
const MAYA = 'maya.patel@students.example.org';
const LEADER = 'principal@example.org';
const PRACTICE = 'PR-000001';

/** The coordinator issues the "Printer jam" scenario to Ava from the Training tab. */
function issuePrinterJam(ws: Workspace): void {
  ws.open();
  const row = ws.table('Training').findIndex(r => r.Scenario === 'Printer jam');
  ws.select('Training', `A${row + 2}`);
  ws.services.spreadsheets.ui.queuePromptAnswer(AVA);
  completed(ws.clickMenu('Peer Desk', 'Issue the selected scenario to a tech'));
}

describe('practice tickets', () => {
  it('start from a Training tab seeded with common school cases', () => {
    const ws = exampleDesk();
    expect(ws.table('Training').map(r => r.Scenario)).toEqual([
      'Printer jam',
      'Projector with no signal',
      'Cloud-sync error',
      'Forgotten password',
      'Cracked screen',
    ]);
  });

  it('flow like a ticket but never escalate, never mail a requester and stay out of every figure', () => {
    const ws = exampleDesk();
    setConfig(ws, 'Digest Recipients', LEADER);
    // Both hear of each event at once (by default the daily email lists the practice ticket).
    chooseEmails(ws, AVA, 'Every event');
    chooseEmails(ws, MAYA, 'Every event');
    reportProjectorDown(ws);
    issuePrinterJam(ws);
    expect(ticket(ws, PRACTICE)).toMatchObject({
      Status: 'Assigned',
      Assignee: 'Ava Chen',
      Practice: 'yes',
      Requester: '',
      Category: 'Printer',
      Summary: 'Practice: Library printer shows "Paper jam in tray 2"',
    });
    const heard = ws.outbox.filter(m => m.subject.includes(PRACTICE));
    expect(heard.map(m => m.to)).toEqual([[AVA], [MAYA]]);

    // A whole school day untouched: the real ticket climbs the SLA ladder, practice does not.
    ws.advanceTo(chicago('2026-11-23 15:30'));
    expect(ticket(ws, 'T-000001').Status).toBe('Escalated');
    expect(ticket(ws, PRACTICE)).toMatchObject({
      Status: 'Assigned',
      'SLA Steps': '',
      'Response Due': '',
      'Escalation Reason': '',
    });
    expect(ws.outbox.filter(m => m.subject.includes(PRACTICE))).toHaveLength(2);

    editTicket(ws, PRACTICE, 'Status', 'In Progress', AVA);
    editTicket(ws, PRACTICE, 'Resolution', 'Cleared the rear rollers', AVA);
    editTicket(ws, PRACTICE, 'Status', 'Resolved', AVA);
    expect(ticket(ws, PRACTICE).Status).toBe('Resolved');
    const about = ws.outbox.filter(m => m.subject.includes(PRACTICE));
    expect(about.flatMap(m => m.to)).toEqual([AVA, MAYA]);
    const teacherMail = ws.outbox.filter(m => m.to.includes(TEACHER));
    expect(teacherMail.every(m => m.subject.includes('T-000001'))).toBe(true);

    completed(ws.run('sendWeeklyDigest'));
    expect(ws.table('Metrics').map(r => r.ticket_id)).toEqual(['T-000001']);
    const opened = ws.table('Daily').reduce((n, r) => n + Number(r.opened), 0);
    expect(opened).toBe(1);
    const dashboard = ws.values('Dashboard');
    expect(dashboard[3][0]).toBe(1);
    const [digest] = ws.outbox.filter(m => m.subject.includes('weekly digest'));
    expect(digest.subject).toMatch(/weekly digest: 1 tickets?, 0 resolved/);
    expect(digest.body).toContain('\nTickets opened: 1');
    expect(digest.body).not.toContain('PR-');
  });

  it('makes a scenario from the selected resolved ticket, without who reported it', () => {
    const ws = exampleDesk();
    reportProjectorDown(ws);
    editTicket(ws, 'T-000001', 'Resolution', 'Swapped the HDMI cable', LIAM);
    editTicket(ws, 'T-000001', 'Status', 'Resolved', LIAM);
    ws.open();
    const [, column] =
      /^([A-Z]+)/.exec(cellOf(ws, 'T-000001', 'Summary')) ?? [];
    ws.select('Tickets', `${column}2`);
    completed(
      ws.clickMenu(
        'Peer Desk',
        'Make a practice scenario from the selected ticket'
      )
    );
    expect(ws.table('Training').at(-1)).toEqual({
      Scenario: 'Projector shows no signal',
      Category: 'Projector or Display',
      Summary: 'Projector shows no signal',
      Details: 'HDMI plugged in, still blue screen',
      'Model Fix': 'Swapped the HDMI cable',
      'From Ticket': 'T-000001',
    });
    expect(JSON.stringify(ws.table('Training'))).not.toContain(TEACHER);
    expect(tickets(ws)).toHaveLength(1);
  });
});

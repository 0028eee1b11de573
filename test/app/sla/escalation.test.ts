import {Workspace} from '../../../sandbox/workspace/workspace';
import {
  allCompleted,
  chicago,
  completed,
  connectChat,
  exampleDesk,
  expectAbout,
  setConfig,
  SPACE,
  TEACHER,
  reportProjectorDown,
  subjectsTo,
  ticket,
  ticketCell,
} from '../../support/peer-desk';

const LIAM = 'liam.obrien@students.example.org';
const MAYA = 'maya.patel@students.example.org';
const LEVEL_TWO = ['r.carter@example.org', 'a.lopez@example.org'];

function cardTitles(ws: Workspace): string[] {
  return ws.services.chat
    .messages(SPACE)
    .flatMap(m =>
      ((m.cardsV2 ?? []) as {card: {header: {subtitle: string}}}[]).map(
        c => c.card.header.subtitle
      )
    );
}

/** The teacher chose every step (by default a requester hears only the receipt and the resolution). */
function teacherHearsEveryStep(ws: Workspace): void {
  const sheet =
    ws.spreadsheet.getSheetByName('Requesters') ??
    ws.spreadsheet.insertSheet('Requesters');
  sheet.getRange(1, 1, 2, 3).setValues([
    ['Requester', 'Notifications', 'Updated'],
    [TEACHER, 'Every step', new Date()],
  ]);
}

describe('the SLA ladder on school time', () => {
  it('fires each rung once at the right school minute and escalates a breach to Level 2', () => {
    const ws = exampleDesk();
    connectChat(ws);
    // P1 (whole class, class stopped): first response 15, resolution 120 school minutes.
    reportProjectorDown(ws);
    expect(ticket(ws, 'T-000001')).toMatchObject({
      Assignee: "Liam O'Brien",
      Priority: 'P1',
    });
    ws.advanceTo(chicago('2026-11-23 09:24')).forEach(completed);
    expect(
      subjectsTo(ws, LIAM).filter(s => s.includes('first response'))
    ).toEqual([]);
    ws.advanceTo(chicago('2026-11-23 09:31')).forEach(completed);
    expect(subjectsTo(ws, LIAM)).toContain(
      '[T-000001] P1 waiting for a first response: Projector shows no signal'
    );
    expect(ticket(ws, 'T-000001')['SLA Steps']).toBe('nudge');
    expectAbout(
      ticket(ws, 'T-000001')['Response Due'],
      chicago('2026-11-23 09:25')
    );
    expectAbout(
      ticket(ws, 'T-000001')['Resolve Due'],
      chicago('2026-11-23 11:10')
    );
    ws.advanceTo(chicago('2026-11-23 10:39')).forEach(completed);
    expect(subjectsTo(ws, MAYA)).toContain(
      "[T-000001] Liam O'Brien has not responded to a P1 ticket"
    );
    expect(
      subjectsTo(ws, MAYA).some(s => s.includes('resolution target'))
    ).toBe(false);
    ws.advanceTo(chicago('2026-11-23 10:41')).forEach(completed);
    expect(subjectsTo(ws, MAYA)).toContain(
      '[T-000001] P1 close to its resolution target: Projector shows no signal'
    );
    ws.advanceTo(chicago('2026-11-23 11:09')).forEach(completed);
    expect(ticket(ws, 'T-000001').Status).toBe('Assigned');
    ws.advanceTo(chicago('2026-11-23 13:00')).forEach(completed);
    expect(ticket(ws, 'T-000001')).toMatchObject({
      Status: 'Escalated',
      'Escalation Reason':
        'Resolution target of 120 school minutes (P1) passed.',
      'SLA Steps': 'nudge, mentor-nudge, warning, breach',
    });
    for (const staff of LEVEL_TWO)
      expect(subjectsTo(ws, staff)).toEqual([
        '[T-000001] Escalated to Level 2: Projector shows no signal',
      ]);
    expect(cardTitles(ws)).toEqual([
      "New ticket for Liam O'Brien (mentor: Maya Patel)",
      "No first response yet: assignee nudged (Liam O'Brien)",
      "Still no first response: senior mentor pulled in (Liam O'Brien)",
      "75% of the resolution target used (Liam O'Brien)",
      "Escalated to Level 2: resolution target passed (Liam O'Brien)",
    ]);
    const threads = new Set(
      ws.services.chat
        .messages(SPACE)
        .filter(m => m.cardsV2)
        .map(m => m.thread)
    );
    expect(threads.size).toBe(1);
    // Each ladder card's second button searches the Knowledge Base for the ticket's problem.
    const buttons = JSON.stringify(
      ws.services.chat
        .messages(SPACE)
        .find(m => m.cardsV2 && JSON.stringify(m).includes('nudged'))
    );
    expect(buttons).toContain('"text":"Knowledge Base"');
    expect(buttons).toMatch(
      /"url":"https:\/\/script\.google\.com\/macros\/s\/[\w-]+\/exec\?p=kb&l=en&q=Projector%20shows%20no%20signal"/
    );
    // Nothing fires again however many sweeps run (Tuesday's daily emails tell of no ticket).
    const aboutTicket = () =>
      ws.outbox.filter(m => m.subject.includes('T-000001')).length;
    const mail = aboutTicket();
    ws.advanceTo(chicago('2026-11-24 12:00')).forEach(completed);
    expect(cardTitles(ws)).toHaveLength(5);
    expect(aboutTicket()).toBe(mail);
    expect(ws.table('Outbox').every(r => r.Status === 'Sent')).toBe(true);
  });

  it('keeps what a tech types into a ticket while the sweep is escalating it', () => {
    const ws = exampleDesk();
    reportProjectorDown(ws);
    ws.advanceTo(chicago('2026-11-23 11:09')).forEach(completed);
    const column = ws.values('Tickets')[0].indexOf('Resolution') + 1;
    const a1 = ws.sheet('Tickets').getRange(2, column).getA1Notation();
    // Liam types his notes after the sweep has read the ledger and before it writes the breach.
    ws.faults.editDuring(
      'SpreadsheetApp.Range.setValues',
      'Tickets',
      a1,
      'Tried a new HDMI cable',
      {as: LIAM}
    );
    ws.advanceTo(chicago('2026-11-23 11:16')).forEach(completed);
    expect(ticket(ws, 'T-000001')).toMatchObject({
      Status: 'Escalated',
      Resolution: 'Tried a new HDMI cable',
    });
    expect(
      ws.table('Activity').map(r => `${r.Field}: ${r['New Value']} (${r.Who})`)
    ).toContain(`Resolution: Tried a new HDMI cable (${LIAM})`);
  });

  it('pauses while waiting on the requester and skips a no-school day', () => {
    const ws = exampleDesk();
    connectChat(ws);
    setConfig(ws, 'No School Days', '2026-11-24');
    reportProjectorDown(ws, '2026-11-23 14:40');
    ws.advanceTo(chicago('2026-11-23 14:45'));
    allCompleted(
      ws.edit('Tickets', ticketCell(ws, 'Status'), 'In Progress', {as: LIAM})
    );
    ws.advanceTo(chicago('2026-11-23 14:50'));
    allCompleted(
      ws.edit('Tickets', ticketCell(ws, 'Status'), 'Waiting on Requester', {
        as: LIAM,
      })
    );
    ws.advanceTo(chicago('2026-11-25 08:30')).forEach(completed);
    expect(ticket(ws, 'T-000001')['Resolve Due']).toBe('');
    allCompleted(
      ws.edit('Tickets', ticketCell(ws, 'Status'), 'In Progress', {as: LIAM})
    );
    // 10 school minutes ran on Monday before the pause; Tuesday has no school; the pause ended
    // Wednesday 08:30: 110 minutes remain from then.
    ws.advanceTo(chicago('2026-11-25 08:36')).forEach(completed);
    expectAbout(
      ticket(ws, 'T-000001')['Resolve Due'],
      chicago('2026-11-25 10:20')
    );
    ws.advanceTo(chicago('2026-11-25 10:19')).forEach(completed);
    expect(ticket(ws, 'T-000001').Status).toBe('In Progress');
    ws.advanceTo(chicago('2026-11-25 10:26')).forEach(completed);
    expect(ticket(ws, 'T-000001').Status).toBe('Escalated');
  });

  it('sends Level 2 the details, notes and Activity at once when a tech escalates by hand', () => {
    const ws = exampleDesk();
    teacherHearsEveryStep(ws);
    connectChat(ws);
    reportProjectorDown(ws);
    allCompleted(
      ws.edit('Tickets', ticketCell(ws, 'Status'), 'In Progress', {as: LIAM})
    );
    const resolution = ws.values('Tickets')[0].indexOf('Resolution') + 1;
    const a1 = ws.sheet('Tickets').getRange(2, resolution).getA1Notation();
    allCompleted(
      ws.edit('Tickets', a1, 'Swapped HDMI cable; <b>lamp</b> dead', {as: LIAM})
    );
    allCompleted(
      ws.edit('Tickets', ticketCell(ws, 'Status'), 'Escalated', {as: LIAM})
    );
    const notice = ws.outbox.find(m => m.to.includes(LEVEL_TWO[0]));
    // Staff see who escalated by name, as the Chat card does (not by address).
    expect(notice?.subject).toBe(
      "[T-000001] Escalated to Level 2 by Liam O'Brien: Projector shows no signal"
    );
    expect(notice?.body).toContain(
      'Student troubleshooting so far: Swapped HDMI cable; <b>lamp</b> dead'
    );
    // The teacher, who chose every step, hears that the ticket went to the district tech team,
    // without any address.
    const toTeacher = ws.outbox.filter(m => m.to.includes(TEACHER));
    expect(toTeacher.map(m => m.subject)).toEqual([
      '[T-000001] We got your request: Projector shows no signal',
      '[T-000001] Passed to the district tech team: Projector shows no signal',
    ]);
    expect(toTeacher[1].body).toContain(
      'Your ticket has been passed to the district tech team.'
    );
    expect(toTeacher[1].body).not.toContain('@');
    expect(toTeacher[1].htmlBody).toMatch(/^<!DOCTYPE html><html lang="en"/);
    expect(notice?.htmlBody).toContain(
      'Swapped HDMI cable; &lt;b&gt;lamp&lt;/b&gt; dead'
    );
    // Activity names the student by name to staff, never by address (issue 21).
    expect(notice?.body).toContain(
      "Status: Assigned → In Progress (Liam O'Brien)"
    );
    expect(notice?.body).not.toContain('@students');
    expect(cardTitles(ws).at(-1)).toBe(
      "Escalated to Level 2 by a tech (Liam O'Brien)"
    );
  });
});

describe('reliable delivery', () => {
  it('retries Chat after a 429 with backoff, posting each card once', () => {
    const ws = exampleDesk();
    connectChat(ws);
    reportProjectorDown(ws);
    ws.faults.http('chat.googleapis.com', 429);
    ws.advanceTo(chicago('2026-11-23 09:31')).forEach(completed);
    const failed = ws
      .table('Outbox')
      .find(r => String(r.Event).includes('nudge chat'));
    expect(failed).toMatchObject({Status: 'Pending', Attempts: 1});
    expect(String(failed?.['Last Error'])).toMatch(/^Chat answered HTTP 429/);
    // Only the new ticket's card, posted before Chat began refusing.
    expect(cardTitles(ws)).toEqual([
      "New ticket for Liam O'Brien (mentor: Maya Patel)",
    ]);
    ws.advanceTo(chicago('2026-11-23 09:38')).forEach(completed);
    expect(cardTitles(ws)).toEqual([
      "New ticket for Liam O'Brien (mentor: Maya Patel)",
      "No first response yet: assignee nudged (Liam O'Brien)",
    ]);
    expect(
      ws.table('Outbox').find(r => String(r.Event).includes('nudge chat'))
    ).toMatchObject({Status: 'Sent', Attempts: 2});
  });

  it('keeps emails through an exhausted mail quota and sends each once when it returns', () => {
    const ws = exampleDesk();
    teacherHearsEveryStep(ws);
    ws.faults.exhaustMailQuota();
    reportProjectorDown(ws);
    expect(ws.outbox).toHaveLength(0);
    ws.advanceTo(chicago('2026-11-23 12:00')).forEach(completed);
    expect(ws.outbox).toHaveLength(0);
    expect(ws.table('Outbox')[0]).toMatchObject({
      Status: 'Pending',
      Attempts: 0,
    });
    ws.advanceTo(chicago('2026-11-24 09:00')).forEach(completed);
    const confirmations = ws.outbox.filter(m => m.to.includes(TEACHER));
    // Mail was down past the resolution target, so the ticket went to Level 2 meanwhile; the
    // retries go out in the sweep's order, not necessarily the order they were recorded.
    expect(confirmations.map(m => m.subject).sort()).toEqual([
      '[T-000001] Passed to the district tech team: Projector shows no signal',
      '[T-000001] We got your request: Projector shows no signal',
    ]);
    const subjects = ws.outbox.map(m => `${m.to} ${m.subject}`);
    expect(new Set(subjects).size).toBe(subjects.length);
  });

  it('loses nothing and doubles nothing when a sweep is killed midway', () => {
    const ws = exampleDesk();
    connectChat(ws);
    reportProjectorDown(ws);
    for (const call of [20, 30, 40, 50, 60]) {
      ws.faults.killAtCall(call);
      ws.advance(5 * 60_000);
    }
    ws.advanceTo(chicago('2026-11-23 13:00'));
    expect(cardTitles(ws)).toEqual([
      "New ticket for Liam O'Brien (mentor: Maya Patel)",
      "No first response yet: assignee nudged (Liam O'Brien)",
      "Still no first response: senior mentor pulled in (Liam O'Brien)",
      "75% of the resolution target used (Liam O'Brien)",
      "Escalated to Level 2: resolution target passed (Liam O'Brien)",
    ]);
    const subjects = ws.outbox.map(m => `${m.to} ${m.subject}`);
    expect(new Set(subjects).size).toBe(subjects.length);
    expect(subjectsTo(ws, LEVEL_TWO[0])).toHaveLength(1);
  });
});

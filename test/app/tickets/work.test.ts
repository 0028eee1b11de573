import {
  activity,
  activityAfterSweep,
  allCompleted,
  deskWithTwoTickets,
  expectStampedDuring,
  sheetsRoundTrips,
  TEACHER,
  ticket,
  ticketCell,
} from '../../support/peer-desk';

const LIAM = 'liam.obrien@students.example.org';
const AVA = 'ava.chen@students.example.org';
const CARTER = 'r.carter@example.org';

describe('techs work tickets in the sheet', () => {
  it('stamps First Response and logs a status change with who and when', () => {
    const ws = deskWithTwoTickets();
    const mailBefore = ws.outbox.length;
    const records = ws.edit(
      'Tickets',
      ticketCell(ws, 'Status'),
      'In Progress',
      {as: LIAM}
    );
    allCompleted(records);
    expect(ticket(ws, 'T-000001')).toMatchObject({Status: 'In Progress'});
    expectStampedDuring(ticket(ws, 'T-000001')['First Response'], records[0]);
    expectStampedDuring(ticket(ws, 'T-000001').Updated, records[0]);
    expect(ws.outbox.length).toBe(mailBefore);
    expect(activityAfterSweep(ws).at(-1)).toBe(
      `T-000001 Status: Assigned → In Progress (${LIAM})`
    );
    expect(ws.table('Activity').at(-1)?.When).toBeInstanceOf(Date);
  });

  it('names the assignee as Techs does, and takes a name or an address typed in', () => {
    const ws = deskWithTwoTickets();
    expect(ticket(ws, 'T-000001').Assignee).toBe("Liam O'Brien");
    const assignee = ticketCell(ws, 'Assignee');
    allCompleted(ws.edit('Tickets', assignee, AVA, {as: LIAM}));
    expect(ticket(ws, 'T-000001').Assignee).toBe('Ava Chen');
    allCompleted(ws.edit('Tickets', assignee, "liam o'brien", {as: AVA}));
    expect(ticket(ws, 'T-000001').Assignee).toBe("Liam O'Brien");
    expect(activityAfterSweep(ws).slice(-2)).toEqual([
      `T-000001 Assignee: Liam O'Brien → Ava Chen (${LIAM})`,
      `T-000001 Assignee: Ava Chen → Liam O'Brien (${AVA})`,
    ]);
    // A name Techs does not know is put back, with the reason, like other bad edits.
    allCompleted(ws.edit('Tickets', assignee, 'Liam OBrien', {as: AVA}));
    expect(ticket(ws, 'T-000001').Assignee).toBe("Liam O'Brien");
    expect(ws.sheet('Tickets').hostCell(assignee).note).toContain(
      'Liam OBrien is not an active tech on the Techs tab.'
    );
    // The desk still knows the address: the question is signed with Liam's first name.
    allCompleted(
      ws.edit(
        'Tickets',
        ticketCell(ws, 'Message to Requester'),
        'Which room?',
        {
          as: LIAM,
        }
      )
    );
    expect(ws.outbox.at(-1)?.body).toContain('Liam, for ');
  });

  it('reverts an invalid change with a note saying why', () => {
    const ws = deskWithTwoTickets();
    const lines = activity(ws).length;
    allCompleted(
      ws.edit('Tickets', ticketCell(ws, 'Status'), 'Closed', {as: LIAM})
    );
    expect(ticket(ws, 'T-000001').Status).toBe('Assigned');
    expect(ws.sheet('Tickets').hostCell('B2').note).toMatch(
      /^Peer Desk put the previous value back \(2026-11-23 09:1\d\): Assigned cannot change to Closed\. From Assigned a ticket can go to: In Progress, Waiting on Requester, Resolved, Escalated\.$/
    );
    allCompleted(
      ws.edit('Tickets', ticketCell(ws, 'Status'), 'Resolved', {as: LIAM})
    );
    expect(ticket(ws, 'T-000001').Status).toBe('Assigned');
    expect(ws.sheet('Tickets').hostCell('B2').note).toContain(
      'Write what was done in Resolution before marking the ticket Resolved.'
    );
    expect(activity(ws)).toHaveLength(lines);
  });

  it('resolves with a resolution note, records a student resolver and tells the teacher what was done', () => {
    const ws = deskWithTwoTickets();
    allCompleted(
      ws.edit('Tickets', ticketCell(ws, 'Status'), 'In Progress', {as: LIAM})
    );
    allCompleted(
      ws.edit(
        'Tickets',
        ticketCell(ws, 'Resolution'),
        'Replaced the HDMI cable',
        {as: LIAM}
      )
    );
    const records = ws.edit('Tickets', ticketCell(ws, 'Status'), 'Resolved', {
      as: LIAM,
    });
    allCompleted(records);
    expect(ticket(ws, 'T-000001')).toMatchObject({
      Status: 'Resolved',
      Resolution: 'Replaced the HDMI cable',
      'Resolved By': LIAM,
      'Resolver Role': 'Student',
    });
    expectStampedDuring(ticket(ws, 'T-000001')['Resolved At'], records[0]);
    const mail = ws.outbox.at(-1);
    expect(mail?.to).toEqual([TEACHER]);
    expect(mail?.subject).toBe(
      '[T-000001] Resolved: Projector shows no signal'
    );
    expect(mail?.body).toContain('What was done:\nReplaced the HDMI cable');
    expect(activityAfterSweep(ws).slice(-2)).toEqual([
      `T-000001 Resolution:  → Replaced the HDMI cable (${LIAM})`,
      `T-000001 Status: In Progress → Resolved (${LIAM})`,
    ]);
  });

  it('records staff when Level 2 resolves an escalated ticket', () => {
    const ws = deskWithTwoTickets();
    allCompleted(
      ws.edit('Tickets', ticketCell(ws, 'Status', 3), 'Escalated', {as: AVA})
    );
    allCompleted(
      ws.edit(
        'Tickets',
        ticketCell(ws, 'Resolution', 3),
        'New battery fitted',
        {as: CARTER}
      )
    );
    allCompleted(
      ws.edit('Tickets', ticketCell(ws, 'Status', 3), 'Resolved', {as: CARTER})
    );
    expect(ticket(ws, 'T-000002')).toMatchObject({
      'Resolved By': CARTER,
      'Resolver Role': 'Staff',
    });
    expect(ws.outbox.at(-1)?.subject).toBe(
      '[T-000002] Resuelto: Chromebook will not charge'
    );
  });

  it("asks the teacher the tech's question, in their language, from the desk's account, when the desk waits on them", () => {
    const ws = deskWithTwoTickets();
    const mailBefore = ws.outbox.length;
    allCompleted(
      ws.edit('Tickets', ticketCell(ws, 'Status', 3), 'Waiting on Requester', {
        as: AVA,
      })
    );
    // No question yet: nobody is emailed, and the Message cell asks Ava for it.
    expect(ws.outbox.length).toBe(mailBefore);
    const message = ticketCell(ws, 'Message to Requester', 3);
    expect(ws.sheet('Tickets').hostCell(message).note).toContain(
      'Write your question for the requester here'
    );
    allCompleted(
      ws.edit('Tickets', message, '¿El cargador tiene luz?', {as: AVA})
    );
    const mail = ws.outbox.at(-1);
    expect(mail?.to).toEqual(['m.lopez@school.example']);
    expect(mail?.from).toBe(ws.env.owner);
    expect(mail?.replyTo).toBeUndefined();
    expect(mail?.subject).toMatch(/^\[T-000002\] Necesitamos su ayuda: /);
    expect(mail?.body).toContain('Ava está trabajando en el ticket T-000002');
    expect(mail?.body).toContain('Ava escribe:\n¿El cargador tiene luz?');
    expect(mail?.body).not.toContain('@students');
    expect(ticket(ws, 'T-000002')['Message to Requester']).toBe('');
    // The sweep writes the Activity lines the edit owes.
    allCompleted(ws.advance(5 * 60_000));
    expect(activity(ws)).toContain(
      `T-000002 Message to Requester:  → ¿El cargador tiene luz? (${AVA})`
    );
  });

  it('sends a message whose edit trigger died, once, from the sweep', () => {
    const ws = deskWithTwoTickets();
    const before = ws.outbox.length;
    ws.faults.killAtCall(1);
    ws.edit(
      'Tickets',
      ticketCell(ws, 'Message to Requester'),
      'Is it the left projector?',
      {
        as: LIAM,
      }
    );
    expect(ws.outbox.length).toBe(before);
    // The sweep finishes an edit it saw left undone on two sweeps running.
    allCompleted(ws.advance(20 * 60_000));
    expect(
      ws.outbox
        .slice(before)
        .filter(m => m.to.includes(TEACHER))
        .map(m => m.subject)
    ).toEqual(['[T-000001] A message from Liam: Projector shows no signal']);
    expect(ticket(ws, 'T-000001')['Message to Requester']).toBe('');
  });

  it('handles a paste over several rows row by row', () => {
    const ws = deskWithTwoTickets();
    allCompleted(
      ws.edit('Tickets', 'B2:B3', [['In Progress'], ['Closed']], {as: LIAM})
    );
    expect([
      ticket(ws, 'T-000001').Status,
      ticket(ws, 'T-000002').Status,
    ]).toEqual(['In Progress', 'Assigned']);
    expect(ws.sheet('Tickets').hostCell('B3').note).toContain(
      'Assigned cannot change to Closed.'
    );
    expect(ws.sheet('Tickets').hostCell('B2').note).toBe('');
  });

  it('finds tickets by ID after rows are sorted or inserted', () => {
    const ws = deskWithTwoTickets();
    const sheet = ws.sheet('Tickets');
    const width = sheet.getLastColumn();
    const [first, second] = sheet.getRange(2, 1, 2, width).getValues();
    sheet.getRange(2, 1, 2, width).setValues([second, first]);
    sheet.insertRowBefore(2);
    // T-000002 is now on row 3 and T-000001 on row 4.
    allCompleted(
      ws.edit('Tickets', ticketCell(ws, 'Status', 4), 'In Progress', {as: LIAM})
    );
    expect(ticket(ws, 'T-000001').Status).toBe('In Progress');
    expect(ticket(ws, 'T-000002').Status).toBe('Assigned');
    expect(activityAfterSweep(ws).at(-1)).toBe(
      `T-000001 Status: Assigned → In Progress (${LIAM})`
    );
  });

  it('gives a walk-up row typed by a tech an ID, timestamps and its tech', () => {
    const ws = deskWithTwoTickets();
    const records = ws.edit(
      'Tickets',
      ticketCell(ws, 'Summary', 4),
      'Walk-up: printer jam in the library',
      {as: AVA}
    );
    allCompleted(records);
    expect(ticket(ws, 'T-000003')).toMatchObject({
      Status: 'Assigned',
      Assignee: 'Ava Chen',
      'Assignment Note': 'Walk-up taken by Ava Chen.',
      Summary: 'Walk-up: printer jam in the library',
    });
    expectStampedDuring(ticket(ws, 'T-000003').Created, records[0]);
    expect(activityAfterSweep(ws, 'T-000003').at(-1)).toBe(
      `T-000003 Ticket:  → Created as a walk-up: P4, assigned to ${AVA} (${AVA})`
    );
  });

  // The row read, the row written (owing its Activity line), the flush before the lock goes.
  it('keeps a status edit within 3 Spreadsheet round trips and other edits almost free', () => {
    const ws = deskWithTwoTickets();
    allCompleted(ws.advance(5 * 60_000));
    const lines = activity(ws).length;
    const [status] = ws.edit(
      'Tickets',
      ticketCell(ws, 'Status'),
      'In Progress',
      {as: LIAM}
    );
    expect(sheetsRoundTrips(status)).toBeLessThanOrEqual(3);
    expect(activity(ws)).toHaveLength(lines);
    allCompleted(ws.advance(5 * 60_000));
    expect(activity(ws).slice(lines)).toEqual([
      `T-000001 Status: Assigned → In Progress (${LIAM})`,
    ]);
    const [details] = ws.edit(
      'Tickets',
      ticketCell(ws, 'Details'),
      'Also flickers',
      {as: LIAM}
    );
    expect(sheetsRoundTrips(details)).toBe(0);
    ws.spreadsheet.insertSheet('Notes');
    const [elsewhere] = ws.edit('Notes', 'A1', 'note to self', {as: LIAM});
    expect(sheetsRoundTrips(elsewhere)).toBe(0);
  });

  it('tells the coordinator at once when an edit makes the configuration wrong', () => {
    const ws = deskWithTwoTickets();
    const tierColumn = ws.values('Techs')[0].indexOf('Tier');
    const a1 = ws
      .sheet('Techs')
      .getRange(2, tierColumn + 1)
      .getA1Notation();
    const email = ws.table('Techs')[0]['Email'];
    allCompleted(ws.edit('Techs', a1, 'Wizard', {as: CARTER}));
    expect(ws.spreadsheet.toasts.at(-1)).toMatchObject({
      title: 'Peer Desk configuration',
      message: expect.stringContaining(
        `Check: Techs row 2 (${email}): tier "Wizard" is not one of Junior Tech, Senior Mentor, Level 2 Staff; treated as Junior Tech.`
      ),
    });
  });
});

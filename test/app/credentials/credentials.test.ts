import {Workspace} from '../../../sandbox/workspace/workspace';
import {
  activity,
  allCompleted,
  chicago,
  completed,
  exampleDesk,
  PROJECTOR_DOWN,
  setConfig,
  TEACHER,
  ticket,
  tickets,
  cellOf,
  editTicket,
} from '../../support/peer-desk';

const LIAM = 'liam.obrien@students.example.org';
const MAYA = 'maya.patel@students.example.org';
const AVA = 'ava.chen@students.example.org';
const PROJECTOR = 'Projector or Display';

/** The coordinator types a tech's Skills cell on the Techs tab. */
function setSkills(ws: Workspace, email: string, skills: string): void {
  const [headers, ...rows] = ws.values('Techs');
  const row = rows.findIndex(r => r[headers.indexOf('Email')] === email);
  const a1 = ws
    .sheet('Techs')
    .getRange(row + 2, headers.indexOf('Skills') + 1)
    .getA1Notation();
  allCompleted(ws.edit('Techs', a1, skills));
}

function skillsOf(ws: Workspace, email: string): unknown {
  return ws.table('Techs').find(t => t.Email === email)?.Skills;
}

/** Maya, Liam's mentor, joins the North rota on A days in period 2, beside Liam and Ava. */
function putMayaOnDutyWithLiam(ws: Workspace): void {
  const next = ws.values('Rota').length + 1;
  allCompleted(
    ws.edit('Rota', `A${next}:D${next}`, [['North Campus', 'A', '2', MAYA]])
  );
}

function reportProjector(ws: Workspace, local: string, room = '214'): string {
  allCompleted(
    ws.submitForm(
      {...PROJECTOR_DOWN, Room: room},
      {as: TEACHER, at: chicago(local)}
    )
  );
  return String(tickets(ws).at(-1)?.['Ticket ID']);
}

function resolveAsLiam(ws: Workspace, id: string): void {
  editTicket(ws, id, 'Resolution', 'Reseated the HDMI cable', LIAM);
  editTicket(ws, id, 'Status', 'Resolved', LIAM);
}

/** A mentor selects a Training scenario by name and issues it to a tech; returns its ticket ID. */
function issuePractice(
  ws: Workspace,
  scenario: string,
  tech: string,
  as: string
): string {
  const row = ws.table('Training').findIndex(r => r.Scenario === scenario);
  ws.open({as});
  ws.select('Training', `A${row + 2}`, {as});
  ws.services.spreadsheets.ui.queuePromptAnswer(tech);
  completed(
    ws.clickMenu('Peer Desk', 'Issue the selected scenario to a tech', {as})
  );
  return String(tickets(ws).at(-1)?.['Ticket ID']);
}

function noteOf(ws: Workspace, id: string, field: string): string {
  return ws.sheet('Tickets').hostCell(cellOf(ws, id, field)).note ?? '';
}

describe('skills as credentials', () => {
  it('routes learning → paired with the mentor → certified after the mentor’s sign-offs', () => {
    const ws = exampleDesk();
    setConfig(ws, 'Sign-offs to Certify', '2');
    setSkills(ws, LIAM, `${PROJECTOR}: learning, Audio or Video, Printer`);

    // Monday, A day, period 2 at North: Liam and Ava on duty; Ava has no projector skill and
    // Liam is still learning it, without his mentor.
    const alone = reportProjector(ws, '2026-11-23 09:10');
    expect(ticket(ws, alone)).toMatchObject({Status: 'New', Assignee: ''});
    expect(ticket(ws, alone)['Assignment Note']).toBe(
      `Waiting: everyone on duty (North Campus, A day period 2) with the ${PROJECTOR} skill is still learning it, and their mentor is not on duty.`
    );

    putMayaOnDutyWithLiam(ws);
    const mailBefore = ws.outbox.length;
    // The next sweep offers the waiting ticket again: Liam takes it, paired with Maya.
    ws.advanceTo(chicago('2026-11-23 09:20'));
    const paired = alone;
    expect(ticket(ws, paired).Assignee).toBe("Liam O'Brien");
    expect(ticket(ws, paired)['Assignment Note']).toContain(
      `Learning ${PROJECTOR}: paired with Maya Patel, on duty, who signs off the fix.`
    );
    const notice = ws.outbox.slice(mailBefore).find(m => m.to.includes(MAYA));
    expect(notice?.subject).toBe(
      `[${paired}] Paired with Liam O'Brien: sign off their ${PROJECTOR} fix`
    );
    expect(notice?.body).toContain(
      `Liam O'Brien (learning in ${PROJECTOR}) was given ticket ${paired}. Work it with them and review what they do.`
    );
    expect(notice?.body).toContain(
      `When it is resolved, tick Mentor Sign-off on its row from your own school account: only your sign-off counts towards their certification in ${PROJECTOR}.`
    );

    resolveAsLiam(ws, paired);
    // Someone else's tick does not count.
    editTicket(ws, paired, 'Mentor Sign-off', 'yes', AVA);
    expect(ticket(ws, paired)['Mentor Sign-off']).toBe('');
    expect(noteOf(ws, paired, 'Mentor Sign-off')).toContain(
      "Only Maya Patel, Liam O'Brien’s mentor, can sign off this ticket."
    );
    editTicket(ws, paired, 'Mentor Sign-off', 'yes', MAYA);
    expect(ticket(ws, paired)['Mentor Sign-off']).toBe('yes');
    expect(skillsOf(ws, LIAM)).toBe(
      `${PROJECTOR}: learning (1 signed off), Audio or Video, Printer`
    );

    // Practice counts (Config default): Maya issues the projector scenario to Liam.
    const second = issuePractice(ws, 'Projector with no signal', LIAM, MAYA);
    expect(ticket(ws, second).Assignee).toBe("Liam O'Brien");
    resolveAsLiam(ws, second);
    editTicket(ws, second, 'Mentor Sign-off', 'yes', MAYA);
    expect(skillsOf(ws, LIAM)).toBe(`${PROJECTOR}, Audio or Video, Printer`);
    expect(activity(ws)).toContain(
      `${second} Skill level: ${PROJECTOR} (${LIAM}): learning (1 signed off) → certified after 2 signed-off fixes (${MAYA})`
    );
    expect(ws.table('Recognition').map(r => [r.Tech, r.Badge])).toContainEqual([
      "Liam O'Brien",
      `Certified in ${PROJECTOR}`,
    ]);

    // At lunch on an A day Liam and Ava are on duty and Maya is not: certified, Liam takes it alone.
    const certified = reportProjector(ws, '2026-11-23 11:40', '217');
    expect(ticket(ws, certified).Assignee).toBe("Liam O'Brien");
    expect(ticket(ws, certified)['Assignment Note']).not.toContain('paired');
  });

  it('does not count a sign-off whose editor Google does not name, and says so', () => {
    const ws = exampleDesk(chicago('2026-11-23 07:30'), {
      domains: ['school.example', 'example.org'],
    });
    setSkills(ws, LIAM, `${PROJECTOR}: supervised, Printer`);
    const id = reportProjector(ws, '2026-11-23 09:10');
    expect(ticket(ws, id)['Assignment Note']).toContain(
      `Supervised in ${PROJECTOR}: their mentor signs off the fix.`
    );
    resolveAsLiam(ws, id);
    editTicket(ws, id, 'Mentor Sign-off', 'yes', MAYA);
    expect(ticket(ws, id)['Mentor Sign-off']).toBe('');
    expect(noteOf(ws, id, 'Mentor Sign-off')).toContain(
      'Google did not say who ticked this, so the sign-off does not count: Maya Patel signs off from their own school account.'
    );
    expect(skillsOf(ws, LIAM)).toBe(`${PROJECTOR}: supervised, Printer`);
  });

  it('lets the coordinator grant or revoke a level with a note, recorded in Activity', () => {
    const ws = exampleDesk();
    ws.open();
    ws.services.spreadsheets.ui.queuePromptAnswer(
      `${LIAM}; Printer; learning; needs practice with the new copier`
    );
    completed(ws.clickMenu('Peer Desk', "Set a tech's skill level"));
    expect(skillsOf(ws, LIAM)).toBe(
      `${PROJECTOR}, Audio or Video, Printer: learning`
    );
    expect(activity(ws).at(-1)).toMatch(
      new RegExp(
        ` Skill level: Printer \\(${LIAM}\\): certified → learning, by the coordinator: needs practice with the new copier \\(.+\\)$`
      )
    );
    ws.services.spreadsheets.ui.queuePromptAnswer(
      `${LIAM}; Printer; certified; passed the copier check`
    );
    completed(ws.clickMenu('Peer Desk', "Set a tech's skill level"));
    expect(skillsOf(ws, LIAM)).toBe(`${PROJECTOR}, Audio or Video, Printer`);
    expect(ws.table('Recognition').map(r => r.Badge)).toContain(
      'Certified in Printer'
    );
  });
});

import {Workspace} from '../../../sandbox/workspace/workspace';
import {
  allCompleted,
  chicago,
  completed,
  exampleDesk,
  reportProjectorDown,
  subjectsTo,
  ticket,
} from '../../support/peer-desk';

const LIAM = 'liam.obrien@students.example.org';
const MAYA = 'maya.patel@students.example.org';
const LEVEL_TWO = ['r.carter@example.org', 'a.lopez@example.org'];

/** The coordinator types a Leave row (Tech, From, To, Reason) into the next free row. */
function addLeave(ws: Workspace, cells: readonly string[]): void {
  const row = ws.values('Leave').length + 1;
  cells.forEach((value, i) => {
    if (value !== '')
      allCompleted(
        ws.edit('Leave', `${String.fromCharCode(65 + i)}${row}`, value)
      );
  });
}

describe('leave and assignment', () => {
  it('passes over a tech on a field trip, and gives them tickets again once it is over', () => {
    const ws = exampleDesk();
    addLeave(ws, [LIAM, '2026-11-23', '2026-11-23', 'field trip']);
    // Liam is the only North tech on duty at 09:10 with the Projector skill.
    reportProjectorDown(ws);
    expect(ticket(ws, 'T-000001')).toMatchObject({
      Status: 'New',
      Assignee: '',
      'Assignment Note':
        'Waiting: nobody on duty (North Campus, A day period 2) has the Projector or Display skill.',
    });
    // The next A day period 2 on which Liam is back: he gets the next projector ticket.
    reportProjectorDown(ws, '2026-11-25 09:10');
    expect(ticket(ws, 'T-000002').Assignee).toBe("Liam O'Brien");
  });

  it('skips a mentor on leave to Level 2 when the assignee stalls, and warns the assignee instead', () => {
    const ws = exampleDesk();
    addLeave(ws, [MAYA, '2026-11-20', '', 'exams']);
    reportProjectorDown(ws);
    expect(ticket(ws, 'T-000001').Assignee).toBe("Liam O'Brien");
    ws.advanceTo(chicago('2026-11-23 10:41')).forEach(completed);
    expect(
      subjectsTo(ws, MAYA).filter(s => !s.includes('Your junior'))
    ).toEqual([]);
    for (const staff of LEVEL_TWO)
      expect(subjectsTo(ws, staff)).toContain(
        "[T-000001] Liam O'Brien has not responded to a P1 ticket"
      );
    expect(subjectsTo(ws, LIAM)).toContain(
      '[T-000001] P1 close to its resolution target: Projector shows no signal'
    );
  });
});

describe('taking a break', () => {
  it('lets a tech step down and come back from the menu, recorded in Leave and Activity', () => {
    const ws = exampleDesk();
    ws.open({as: LIAM}).forEach(completed);
    completed(ws.clickMenu('Peer Desk', 'Take a break', {as: LIAM}));
    expect(ws.services.spreadsheets.ui.alerts.at(-1)?.prompt).toContain(
      "Enjoy your break, Liam O'Brien."
    );
    expect(ws.table('Leave')).toEqual([
      expect.objectContaining({Tech: LIAM, To: '', Reason: 'break'}),
    ]);
    reportProjectorDown(ws);
    expect(ticket(ws, 'T-000001').Assignee).toBe('');
    completed(ws.clickMenu('Peer Desk', "I'm back", {as: LIAM}));
    expect(ws.table('Leave')[0].To).toBeInstanceOf(Date);
    reportProjectorDown(ws, '2026-11-23 09:20');
    expect(ticket(ws, 'T-000002').Assignee).toBe("Liam O'Brien");
    expect(
      ws
        .table('Activity')
        .filter(r => r.Field === 'Availability')
        .map(r => `${r.Who}: ${r['Old Value']} → ${r['New Value']}`)
    ).toEqual([
      `${LIAM}: on the rota → on a break`,
      `${LIAM}: on a break → on the rota`,
    ]);
  });

  it('refuses someone who is not on the Techs tab, and writes nothing', () => {
    // A menu item runs as whoever clicked, so Google shows their own address to it (platform.md:
    // Who a script runs as); the blank case is refused the same way, before anything is read.
    const visitor = 'r.garcia@school.example';
    const ws = exampleDesk();
    ws.open({as: visitor}).forEach(completed);
    completed(ws.clickMenu('Peer Desk', 'Take a break', {as: visitor}));
    expect(ws.services.spreadsheets.ui.alerts.at(-1)?.prompt).toBe(
      `${visitor} is not on the Techs tab, so Peer Desk cannot start a break for you. Ask the tech coordinator to add you.`
    );
    expect(ws.table('Leave')).toEqual([]);
    expect(
      ws.table('Activity').filter(r => r.Field === 'Availability')
    ).toEqual([]);
  });
});

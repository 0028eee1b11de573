import {
  allCompleted,
  chicago,
  exampleDesk,
  PROJECTOR_DOWN,
  reportProjectorDown,
  TEACHER,
  tickets,
} from '../../support/peer-desk';

const MUSIC = 'j.lee@school.example';
const GYM = 'p.okafor@school.example';
const COORDINATOR = 'coordinator@school.example';

describe('the coordinator reshapes the response sheet', () => {
  it('changes nothing for Peer Desk: a renamed "Form Responses 1" with inserted columns still makes one right ticket per response', () => {
    // Google keeps the form linked to a renamed response sheet and writes each answer under its
    // question (https://developers.google.com/apps-script/reference/spreadsheet/sheet#getformurl;
    // issue 10); platform.md, Spreadsheets: find the response sheet by getFormUrl().
    const ws = exampleDesk();
    reportProjectorDown(ws);
    ws.renameSheet('Form Responses 1', 'Help requests');
    ws.insertColumns('Help requests', 1);
    ws.insertColumns('Help requests', 5);
    ws.edit('Help requests', 'A1', [['Checked by'], ['Sam']], {
      as: COORDINATOR,
    });
    ws.edit('Help requests', 'E1', 'Notes', {as: COORDINATOR});

    allCompleted(
      ws.submitForm(
        {...PROJECTOR_DOWN, Room: '112', 'Short summary': 'Speaker hums'},
        {as: MUSIC, at: chicago('2026-11-23 09:20')}
      )
    );
    // The next response's trigger times out on the lock: the sweep must find it in the renamed tab.
    ws.advanceTo(chicago('2026-11-23 09:31'));
    ws.faults.lockTimeout();
    const [timedOut] = ws.submitForm(
      {...PROJECTOR_DOWN, Room: 'Gym', 'Short summary': 'Scoreboard dark'},
      {as: GYM}
    );
    expect(timedOut.outcome).toBe('failed');
    ws.advanceTo(chicago('2026-11-23 10:00'));

    expect(
      tickets(ws).map(t => [t['Ticket ID'], t.Requester, t.Room, t.Summary])
    ).toEqual([
      ['T-000001', TEACHER, '214', 'Projector shows no signal'],
      ['T-000002', MUSIC, '112', 'Speaker hums'],
      ['T-000003', GYM, 'Gym', 'Scoreboard dark'],
    ]);
    expect(
      ws.table('Help requests').map(r => [r['Checked by'], r.Room])
    ).toEqual([
      ['Sam', 214],
      ['', 112],
      ['', 'Gym'],
    ]);
    for (const requester of [TEACHER, MUSIC, GYM])
      expect(ws.outbox.filter(m => m.to.includes(requester))).toHaveLength(1);
  });
});

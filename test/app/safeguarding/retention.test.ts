import {Workspace} from '../../../sandbox/workspace/workspace';
import {
  allCompleted,
  chicago,
  completed,
  editTicket,
  exampleDesk,
  PROJECTOR_DOWN,
  setConfig,
  TEACHER,
  ticket,
} from '../../support/peer-desk';

const LIAM = 'liam.obrien@students.example.org';
const REMOVED = 'removed (retention)';

/** T-000001: Liam asks the teacher a question, she answers on the ticket, he resolves it on Monday. */
function resolvedMonday(ws: Workspace): void {
  allCompleted(
    ws.submitForm(
      {
        ...PROJECTOR_DOWN,
        Details: 'Call me on 555-0100, I am in room 214 all day',
      },
      {as: TEACHER, at: chicago('2026-11-23 09:10')}
    )
  );
  editTicket(
    ws,
    'T-000001',
    'Message to Requester',
    'Which port is it in?',
    LIAM
  );
  editTicket(ws, 'T-000001', 'Resolution', 'Reseated the HDMI cable', LIAM);
  editTicket(ws, 'T-000001', 'Status', 'Resolved', LIAM);
}

/** The Metrics tab after a full rebuild from the ledger. */
function rebuiltMetrics(ws: Workspace): Record<string, unknown>[] {
  completed(ws.run('rebuildMetrics'));
  return ws.table('Metrics');
}

describe('personal details kept only as long as Config says', () => {
  it('removes the requester, the details and the conversation of a ticket resolved longer ago, at night, and keeps the figures', () => {
    const ws = exampleDesk();
    setConfig(ws, 'Personal Details Kept (days)', '2');
    resolvedMonday(ws);
    allCompleted(ws.advanceTo(chicago('2026-11-25 12:00')));
    const before = rebuiltMetrics(ws);
    expect(before.length).toBeGreaterThan(0);
    expect(ticket(ws, 'T-000001').Requester).toBe(TEACHER);

    // Wednesday night is the first night after two days: the 02:00 hourly run removes them.
    allCompleted(ws.advanceTo(chicago('2026-11-26 03:00')));
    expect(ticket(ws, 'T-000001')).toMatchObject({
      Status: 'Resolved',
      Requester: REMOVED,
      Details: REMOVED,
      Thread: '',
      Summary: 'Projector shows no signal',
      Resolution: 'Reseated the HDMI cable',
      'Resolved By': LIAM,
    });
    const lines = ws
      .table('Activity')
      .filter(a => a['Ticket ID'] === 'T-000001');
    expect(lines.map(a => a['Who'])).not.toContain(TEACHER);
    expect(JSON.stringify(lines)).not.toContain('Which port is it in?');
    expect(lines.map(a => a['Who'])).toContain(LIAM);
    expect(rebuiltMetrics(ws)).toEqual(before);
  });

  it('leaves the desk’s hidden record without them once the next sweeps have passed', () => {
    const ws = exampleDesk();
    setConfig(ws, 'Personal Details Kept (days)', '1');
    resolvedMonday(ws);
    const recordOf = () =>
      String(ws.values('Ticket Record').find(r => r[0] === 'T-000001')?.[1]);
    expect(recordOf()).toContain(TEACHER);
    allCompleted(
      ws.submitForm(
        {...PROJECTOR_DOWN, Room: '118', 'Short summary': 'Still open'},
        {as: TEACHER, at: chicago('2026-11-23 10:00')}
      )
    );
    allCompleted(ws.advanceTo(chicago('2026-11-26 09:00')));
    expect(ticket(ws, 'T-000001').Requester).toBe(REMOVED);
    expect(ticket(ws, 'T-000002').Requester).toBe(TEACHER);
    expect(recordOf()).not.toContain(TEACHER);
    expect(recordOf()).not.toContain('555-0100');
  });

  it('passes over an archive the owner can no longer open, night after night', () => {
    const ws = exampleDesk();
    setConfig(ws, 'Personal Details Kept (days)', '1');
    const config = ws.table('Config');
    const row = config.length + 2;
    allCompleted(ws.edit('Config', `A${row}`, 'Archive 2025-26'));
    allCompleted(
      ws.edit(
        'Config',
        `B${row}`,
        'https://docs.google.com/spreadsheets/d/deleted-archive/edit'
      )
    );
    resolvedMonday(ws);
    // Tuesday night does this spreadsheet, Wednesday night the archive, Thursday night this one again.
    allCompleted(ws.advanceTo(chicago('2026-11-27 06:00')));
    expect(
      ws.executions.history.filter(
        r => r.functionName === 'hourlyMetrics' && r.outcome !== 'completed'
      )
    ).toEqual([]);
    expect(ticket(ws, 'T-000001').Requester).toBe(REMOVED);
  });

  it('keeps everything when the setting is empty', () => {
    const ws = exampleDesk();
    setConfig(ws, 'Personal Details Kept (days)', '');
    resolvedMonday(ws);
    allCompleted(ws.advanceTo(chicago('2026-11-27 03:00')));
    expect(ticket(ws, 'T-000001').Requester).toBe(TEACHER);
  });
});

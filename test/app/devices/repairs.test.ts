import {PROJECTOR_DOWN} from '../../../sandbox/simulation/requests';
import {Workspace} from '../../../sandbox/workspace/workspace';
import {
  allCompleted,
  cellOf,
  chicago,
  completed,
  editTicket,
  exampleDesk,
  TEACHER,
  ticket,
} from '../../support/peer-desk';

const COORDINATOR = 'coordinator@example.org';

function deskWithDevices(): Workspace {
  const ws = exampleDesk();
  ws.open({as: COORDINATOR});
  completed(ws.clickMenu('Peer Desk', 'Import devices', {as: COORDINATOR}));
  ws.edit('Device Import', 'A1', [
    ['Asset Tag,Serial,Model,Kind,Assigned To,Campus,Status'],
    [
      'CB-1001,5CD1234XYZ,Lenovo 300e Gen 3,Chromebook,Room 118 cart,North Campus,in service',
    ],
  ]);
  completed(ws.clickMenu('Peer Desk', 'Import devices', {as: COORDINATOR}));
  return ws;
}

/** A teacher reports a broken Chromebook, giving its asset tag (or whatever they read on it). */
function reportChromebook(
  ws: Workspace,
  tag: string,
  local: string,
  summary = 'Chromebook will not charge'
): void {
  allCompleted(
    ws.submitForm(
      {
        ...PROJECTOR_DOWN,
        Room: '118',
        Category: 'Chromebook',
        'Short summary': summary,
        'Device asset tag': tag,
      },
      {as: TEACHER, at: chicago(local)}
    )
  );
}

function assetTagNote(ws: Workspace, id: string): string {
  return ws
    .sheet('Tickets')
    .getRange(cellOf(ws, id, 'Asset Tag'))
    .getNote();
}

function device(ws: Workspace, tag: string): Record<string, unknown> {
  const row = ws.table('Devices').find(d => d['Asset Tag'] === tag);
  if (!row) throw new Error(`no device ${tag}`);
  return row;
}

/** The assignee resolves the ticket, saying what they did. */
function resolve(ws: Workspace, id: string, resolution: string): void {
  const name = ticket(ws, id).Assignee;
  const tech = ws.table('Techs').find(t => t['Display Name'] === name);
  const as = String(tech?.Email);
  editTicket(ws, id, 'Resolution', resolution, as);
  editTicket(ws, id, 'Status', 'Resolved', as);
}

describe('tickets linked to devices', () => {
  it('links a ticket to its device, keeps the repair history on both, and flags a third repair in 90 days', () => {
    const ws = deskWithDevices();
    reportChromebook(ws, 'CB-1001', '2026-11-23 09:10');
    ws.advanceTo(chicago('2026-11-23 09:20')).forEach(completed);
    expect(assetTagNote(ws, 'T-000001')).toBe(
      [
        'Device CB-1001: Lenovo 300e Gen 3 (Chromebook), serial 5CD1234XYZ, North Campus, assigned to Room 118 cart.',
        'No earlier repairs on record.',
      ].join('\n')
    );
    expect(device(ws, 'CB-1001')).toMatchObject({
      Status: 'in repair',
      Repairs: 1,
      'Repair History': 'T-000001 2026-11-23: Chromebook will not charge',
    });

    resolve(ws, 'T-000001', 'Replaced the charging port');
    ws.advanceTo(chicago('2026-11-23 09:40')).forEach(completed);
    expect(device(ws, 'CB-1001')).toMatchObject({
      Status: 'in service',
      'Repair History':
        'T-000001 2026-11-23: Chromebook will not charge — done: Replaced the charging port',
    });

    // A walk-up tech types the serial printed under the Chromebook, in another case.
    reportChromebook(ws, '5cd1234xyz', '2026-11-24 09:10', 'Keyboard dead');
    ws.advanceTo(chicago('2026-11-24 09:20')).forEach(completed);
    expect(assetTagNote(ws, 'T-000002')).toContain(
      'Earlier repairs (1), newest first:\nT-000001 2026-11-23: Chromebook will not charge — done: Replaced the charging port'
    );
    reportChromebook(ws, 'cb-1001', '2026-11-25 09:10', 'Cracked screen');
    ws.advanceTo(chicago('2026-11-25 09:20')).forEach(completed);
    expect(device(ws, 'CB-1001')).toMatchObject({
      Repairs: 3,
      'Repeat Repairs': '3 in 90 days',
    });
    expect(device(ws, 'CB-1001')['Last Repair']).toBe('2026-11-25');
    expect(assetTagNote(ws, 'T-000003')).toContain(
      'Repeat repairs: 3 in 90 days.'
    );
    // Each sweep since linked nothing again.
    ws.advanceTo(chicago('2026-11-25 10:20')).forEach(completed);
    expect(device(ws, 'CB-1001').Repairs).toBe(3);
  });

  it('notes an asset tag the Devices tab does not know, and links nothing', () => {
    const ws = deskWithDevices();
    reportChromebook(ws, 'CB-9999', '2026-11-23 09:10');
    ws.advanceTo(chicago('2026-11-23 09:20')).forEach(completed);
    expect(assetTagNote(ws, 'T-000001')).toContain(
      'Asset tag "CB-9999" is not on the Devices tab'
    );
    expect(device(ws, 'CB-1001')).toMatchObject({
      Status: 'in service',
      'Repair History': '',
    });
  });
});

import {Workspace} from '../../../sandbox/workspace/workspace';
import {
  allCompleted,
  chicago,
  completed,
  exampleDesk,
  PROJECTOR_DOWN,
  TEACHER,
} from '../../support/peer-desk';

const MAYA = 'maya.patel@students.example.org';
const AVA = 'ava.chen@students.example.org';

function report(ws: Workspace, room: string): void {
  allCompleted(ws.submitForm({...PROJECTOR_DOWN, Room: room}, {as: TEACHER}));
}

/** Host write, as a tech closing the ticket in the sheet would leave it. */
function close(ws: Workspace, id: string): void {
  const [header, ...rows] = ws.values('Tickets');
  const r = rows.findIndex(row => row[0] === id);
  ws.sheet('Tickets')
    .getRange(r + 2, header.indexOf('Status') + 1)
    .setValue('Closed');
}

function setClassOf(ws: Workspace, email: string, year: string): void {
  const [header, ...rows] = ws.values('Techs');
  const r = rows.findIndex(row => row[0] === email);
  ws.sheet('Techs')
    .getRange(r + 2, header.indexOf('Class Of') + 1)
    .setValue(year);
}

/** The "This school year against last" block of the Dashboard, by measure. */
function yearBlock(ws: Workspace): unknown[][] {
  const cells = ws.values('Dashboard');
  const at = cells.findIndex(r => r[0] === 'This school year against last');
  return cells.slice(at + 1, at + 5).map(r => r.slice(0, 4));
}

function archiveOf(ws: Workspace, label: string) {
  const link = ws.table('Config').find(r => r.Key === `Archive ${label}`)
    ?.Value as string;
  const id = /\/d\/([^/]+)/.exec(link)?.[1] ?? '';
  const archive = ws.services.spreadsheets.byId(id);
  if (!archive) throw new Error(`No archive at ${link}`);
  return archive;
}

function tableOf(
  archive: ReturnType<typeof archiveOf>,
  tab: string
): Record<string, unknown>[] {
  const [header, ...rows] = archive
    .getSheetByName(tab)!
    .getDataRange()
    .getValues();
  return rows.map(r => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

describe('archive and rollover', () => {
  function lastYearDesk(): Workspace {
    const ws = exampleDesk();
    report(ws, '101');
    report(ws, '102');
    report(ws, '103');
    close(ws, 'T-000001');
    close(ws, 'T-000003');
    setClassOf(ws, MAYA, '2027');
    setClassOf(ws, AVA, '2029');
    // The 5-minute sweep has run since, as it does all year: it keeps its high-water mark.
    completed(ws.run('sweep'));
    completed(ws.run('rebuildMetrics'));
    return ws;
  }

  it('on the rollover date moves closed tickets of the year that ended, with their Activity, to a linked archive, and the figures still add up', () => {
    const ws = lastYearDesk();
    expect(yearBlock(ws)).toEqual([
      ['Measure', '2026-27', '2025-26', 'All years'],
      ['Tickets', 3, 0, 3],
      ['Resolved', 0, 0, 0],
      ['Resolved by students', 0, 0, 0],
    ]);
    const activityBefore = ws.table('Activity');
    // The summer is skipped: no trigger runs between.
    ws.clock.set(chicago('2027-07-01 08:30').getTime() + 60 * 60_000);
    completed(ws.run('hourlyMetrics'));

    expect(ws.table('Tickets').map(r => r['Ticket ID'])).toEqual(['T-000002']);
    expect(ws.table('Activity').map(r => r['Ticket ID'])).toEqual(
      activityBefore
        .filter(r => r['Ticket ID'] === 'T-000002')
        .map(r => r['Ticket ID'])
    );
    const archive = archiveOf(ws, '2026-27');
    const deskName = ws.table('Config').find(r => r.Key === 'Desk Name')?.Value;
    expect(archive.getName()).toBe(`${deskName} archive 2026-27`);
    expect(archive.getSheets().map(s => s.getName())).toEqual([
      'Tickets',
      'Activity',
      'Metrics',
    ]);
    expect(tableOf(archive, 'Tickets').map(r => r['Ticket ID'])).toEqual([
      'T-000001',
      'T-000003',
    ]);
    expect(
      tableOf(archive, 'Activity')
        .map(r => r['Ticket ID'])
        .sort()
    ).toEqual(
      activityBefore
        .filter(r => r['Ticket ID'] !== 'T-000002')
        .map(r => r['Ticket ID'])
        .sort()
    );
    expect(tableOf(archive, 'Metrics').map(r => r.ticket_id)).toEqual([
      'T-000001',
      'T-000003',
    ]);
    expect(ws.table('School Years')).toEqual([
      {
        'School Year': '2026-27',
        Tickets: 2,
        Resolved: 0,
        'Resolved by Students': 0,
        Archive: archive.getUrl(),
      },
    ]);
    expect(yearBlock(ws)).toEqual([
      ['Measure', '2027-28', '2026-27', 'All years'],
      ['Tickets', 0, 3, 3],
      ['Resolved', 0, 0, 0],
      ['Resolved by students', 0, 0, 0],
    ]);
    // Last year's rows leave the response sheet (the form keeps them); the sweep makes no tickets.
    expect(ws.table('Form Responses 1')).toEqual([]);
    completed(ws.run('sweep'));
    expect(ws.table('Tickets').map(r => r['Ticket ID'])).toEqual(['T-000002']);
  });

  it('leaves the Outbox to the next hourly run on the day it archives the year', () => {
    const ws = lastYearDesk();
    // Delivered last school year, far past "Outbox Days Kept".
    const delivered = ws.table('Outbox');
    expect(delivered.map(r => r.Status)).toContain('Sent');
    ws.clock.set(chicago('2027-07-01 08:30').getTime() + 60 * 60_000);
    completed(ws.run('hourlyMetrics'));
    expect(ws.table('Tickets').map(r => r['Ticket ID'])).toEqual(['T-000002']);
    const ids = (rows: Record<string, unknown>[]) =>
      rows.map(r => r['Notification ID']);
    // Only what the run queued itself (the month's reports) comes after them.
    expect(ws.table('Outbox').slice(0, delivered.length)).toEqual(delivered);
    ws.clock.set(ws.clock.now() + 60 * 60_000);
    completed(ws.run('hourlyMetrics'));
    expect(
      ids(ws.table('Outbox')).filter(id => ids(delivered).includes(id))
    ).toEqual([]);
  });

  it('marks graduating techs inactive and keeps their rows, mentors and skills', () => {
    const ws = lastYearDesk();
    const before = ws.table('Techs');
    ws.clock.set(chicago('2027-07-01 08:30').getTime() + 60 * 60_000);
    completed(ws.run('hourlyMetrics'));
    const after = ws.table('Techs');
    expect(after.map(r => [r.Email, r.Active])).toEqual(
      before.map(r => [r.Email, r.Email === MAYA ? 'no' : r.Active])
    );
    expect(after.map(r => [r.Mentor, r.Skills])).toEqual(
      before.map(r => [r.Mentor, r.Skills])
    );
  });

  it('continues ticket IDs after the archived ones and runs once a year', () => {
    const ws = lastYearDesk();
    close(ws, 'T-000002');
    ws.clock.set(chicago('2027-07-01 08:30').getTime() + 60 * 60_000);
    completed(ws.run('hourlyMetrics'));
    expect(ws.table('Tickets')).toEqual([]);
    ws.clock.set(chicago('2027-08-23 08:30').getTime());
    report(ws, '104');
    expect(ws.table('Tickets').map(r => r['Ticket ID'])).toEqual(['T-000004']);
    completed(ws.run('hourlyMetrics'));
    expect(
      archiveOf(ws, '2026-27').getSheetByName('Tickets')!.getLastRow()
    ).toBe(4);
    expect(ws.table('Tickets')).toHaveLength(1);
  });

  it('archives from the menu too, into the same year’s archive', () => {
    const ws = lastYearDesk();
    ws.clock.set(chicago('2027-07-01 08:30').getTime() + 60 * 60_000);
    completed(ws.run('hourlyMetrics'));
    close(ws, 'T-000002');
    ws.open();
    completed(ws.clickMenu('Peer Desk', 'Archive past school years'));
    expect(ws.table('Tickets')).toEqual([]);
    expect(
      tableOf(archiveOf(ws, '2026-27'), 'Tickets').map(r => r['Ticket ID'])
    ).toEqual(['T-000001', 'T-000003', 'T-000002']);
    expect(
      ws.table('Config').filter(r => String(r.Key).startsWith('Archive '))
    ).toHaveLength(1);
    expect(ws.table('School Years').map(r => r.Tickets)).toEqual([3]);
  });

  it('takes the Activity lines of closed tickets scattered among open ones out in one block, the rest in their order', () => {
    const ws = exampleDesk();
    for (let n = 1; n <= 12; n++) report(ws, String(100 + n));
    const closing = [
      'T-000001',
      'T-000003',
      'T-000005',
      'T-000007',
      'T-000009',
      'T-000011',
    ];
    for (const id of closing) close(ws, id);
    completed(ws.run('sweep'));
    const before = ws.table('Activity');
    const width = ws.values('Activity')[0].length;
    const kept = before.filter(r => !closing.includes(String(r['Ticket ID'])));
    ws.clock.set(chicago('2027-07-01 08:30').getTime() + 60 * 60_000);
    completed(ws.run('hourlyMetrics'));
    expect(ws.table('Activity')).toEqual(kept);
    expect(ws.values('Activity')[0]).toHaveLength(width);
    expect(
      tableOf(archiveOf(ws, '2026-27'), 'Activity').map(r => r['Ticket ID'])
    ).toEqual(
      before
        .filter(r => closing.includes(String(r['Ticket ID'])))
        .map(r => r['Ticket ID'])
    );
  });
});

import {ExecutionRecord} from '../../../sandbox/core/execution';
import {Workspace} from '../../../sandbox/workspace/workspace';
import {
  allCompleted,
  chicago,
  completed,
  exampleDesk,
  PROJECTOR_DOWN,
  TEACHER,
} from '../../support/peer-desk';

const TICKETS = 12;
/** Closed last school year, in five runs among the open ones: the archive gathers them to delete. */
const CLOSED = new Set([1, 3, 4, 6, 8, 10, 11]);
const ARCHIVE_KEY = 'Archive 2026-27';
const SORT_KEY_HEADER =
  'Peer Desk sort key (removed when the archive finishes)';
const LIVE_TABS = ['Tickets', 'Activity', 'Ticket Record'];

/** Whether a call can change something: a stop before it and one after it differ. */
const changes = (name: string) =>
  !/^(Session|Utilities)\.|\.(get\w*|waitLock)$/.test(name);

const idOf = (n: number) => `T-${String(n).padStart(6, '0')}`;

/**
 * T-000001 from the form, eleven more written as a desk that ran all year leaves them (host
 * writes), two Activity lines each in the order they happened, and a sweep that records them.
 */
function lastYearDesk(): Workspace {
  const ws = exampleDesk();
  allCompleted(ws.submitForm({...PROJECTOR_DOWN, Room: '101'}, {as: TEACHER}));
  const [header, template] = ws.values('Tickets');
  const col = (name: string) => header.indexOf(name);
  const rows = Array.from({length: TICKETS}, (_, i) => {
    const row = [...template];
    const status = CLOSED.has(i + 1) ? 'Closed' : 'Assigned';
    row[col('Ticket ID')] = idOf(i + 1);
    if (i > 0) row[col('Response Key')] = `last-year-${i + 1}`;
    row[col('Status')] = status;
    row[col('Tracked')] = JSON.stringify({
      ...JSON.parse(String(template[col('Tracked')])),
      Status: status,
    });
    return row;
  });
  const tickets = ws.sheet('Tickets');
  tickets.insertRowsAfter(tickets.getMaxRows(), TICKETS);
  tickets.getRange(2, 1, TICKETS, header.length).setValues(rows);
  const [activityHeader] = ws.values('Activity');
  const line = (n: number, field: string) =>
    activityHeader.map(h =>
      h === 'When'
        ? ws.now()
        : h === 'Ticket ID'
          ? idOf(n)
          : h === 'Field'
            ? field
            : h === 'New Value'
              ? `${field} of ${idOf(n)}`
              : ''
    );
  const lines = [
    ...Array.from({length: TICKETS}, (_, i) => line(i + 1, 'Ticket')),
    ...Array.from({length: TICKETS}, (_, i) => line(TICKETS - i, 'Status')),
  ];
  const activity = ws.sheet('Activity');
  activity.insertRowsAfter(activity.getMaxRows(), lines.length);
  activity.getRange(2, 1, lines.length, activityHeader.length).setValues(lines);
  completed(ws.run('sweep'));
  // The summer passes: no trigger runs between.
  ws.clock.set(chicago('2027-07-01 08:30'));
  ws.open();
  return ws;
}

const archiveNow = (ws: Workspace): ExecutionRecord | undefined =>
  ws.clickMenu('Peer Desk', 'Archive past school years');

const activityLines = (rows: unknown[][]) =>
  rows.slice(1).map(r => `${r[1]} ${r[2]}`);

function archiveOf(ws: Workspace) {
  const link = String(
    ws.table('Config').find(r => r.Key === ARCHIVE_KEY)?.Value ?? ''
  );
  const id = /\/d\/([^/]+)/.exec(link)?.[1] ?? '';
  return ws.services.spreadsheets.byId(id);
}

/** What a user of the live workbook and of the archive would see of the move. */
function seen(ws: Workspace) {
  const archive = archiveOf(ws);
  const tab = (name: string) =>
    archive?.getSheetByName(name)?.getDataRange().getValues() ?? [];
  const others = ws.services.spreadsheets
    .all()
    .filter(book => book !== ws.spreadsheet && book !== archive)
    .map(book => book.getSheetByName('Tickets')?.getLastRow() ?? 0);
  return {
    live: ws.table('Tickets').map(t => t['Ticket ID']),
    liveActivity: activityLines(ws.values('Activity')),
    archived: tab('Tickets')
      .slice(1)
      .map(r => String(r[0]))
      .sort(),
    archivedActivity: activityLines(tab('Activity')).sort(),
    links: ws.table('Config').filter(r => r.Key === ARCHIVE_KEY).length,
    // A book made by a run stopped before it was linked holds no ticket.
    rowsInOtherBooks: others.filter(rows => rows > 1).length,
    sortKeyColumns: LIVE_TABS.filter(name =>
      ws.values(name)[0].includes(SORT_KEY_HEADER)
    ),
  };
}

describe('the archive stopped at any call, then run again', () => {
  it('moves every closed ticket of last year and its Activity once, and leaves no sort key behind', () => {
    const calls: string[] = [];
    const first = lastYearDesk();
    const charge = first.executions.chargeCall.bind(first.executions);
    first.executions.chargeCall = (name, cells) => {
      calls.push(name);
      charge(name, cells);
    };
    completed(archiveNow(first));
    first.executions.chargeCall = charge;
    allCompleted(first.advance(5 * 60_000));
    const expected = seen(first);
    expect(expected.live).toEqual(
      [...Array(TICKETS).keys()]
        .map(i => i + 1)
        .filter(n => !CLOSED.has(n))
        .map(idOf)
    );
    expect(expected.archived).toEqual([...CLOSED].map(idOf).sort());
    expect(
      [...CLOSED].map(
        n =>
          expected.archivedActivity.filter(line => line.startsWith(idOf(n)))
            .length >= 2
      )
    ).not.toContain(false);
    expect(expected.liveActivity.some(line => line.startsWith(idOf(3)))).toBe(
      false
    );
    expect(calls).toContain('SpreadsheetApp.Range.sort');

    const failures: string[] = [];
    // A stop between two changes leaves what a stop at any call between them leaves.
    const stops = calls.flatMap((name, i) => (changes(name) ? [i + 1] : []));
    expect(stops.length).toBeGreaterThan(20);
    for (const n of stops) {
      const ws = lastYearDesk();
      ws.faults.killAtCall(n);
      const killed = archiveNow(ws);
      const again = killed?.outcome === 'killed' && archiveNow(ws);
      // The sweep restores no archived ticket from a record left behind.
      const after = again && ws.advance(5 * 60_000);
      const problem = !again
        ? 'not killed'
        : [again, ...(after || [])]
            .filter(r => r.outcome !== 'completed')
            .map(r => `${r.functionName}: ${r.error}`)[0];
      if (problem) {
        failures.push(`kill at call ${n} (${calls[n - 1]}): ${problem}`);
        continue;
      }
      const got = JSON.stringify(seen(ws));
      if (got !== JSON.stringify(expected))
        failures.push(`kill at call ${n} (${calls[n - 1]}): ${got}`);
    }
    expect(failures).toEqual([]);
  });
});

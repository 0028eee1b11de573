import {FakeRange} from '../../../sandbox/spreadsheet/range';
import {Workspace} from '../../../sandbox/workspace/workspace';
import {
  at,
  Fields,
  LEDGER_FIELDS,
  NOW,
  SCHEDULE_ROWS,
  TECH_ROWS,
} from '../../fixtures/hand-worked-ledger';
import {completed} from '../../support/peer-desk';

/** Closed tickets over the five weeks before the hand-worked week: three blocks of Metrics rows. */
const CLOSED = 1_200;
const HALF_HOUR = 30 * 60_000;

function fill(ws: Workspace, tab: string, first: number, rows: Fields[]): void {
  const [header] = ws.values(tab);
  ws.sheet(tab)
    .getRange(first, 1, rows.length, header.length)
    .setValues(rows.map(r => header.map(h => r[String(h)] ?? '')));
}

function closedTicket(n: number): Fields {
  const created = at('2026-10-12 09:00').getTime() + n * HALF_HOUR;
  return {
    ...LEDGER_FIELDS[0],
    'Ticket ID': `T-${String(n + 10).padStart(6, '0')}`,
    Category: ['Printer', 'Projector', 'Wi-Fi'][n % 3],
    Created: new Date(created),
    'First Response': new Date(created + 20 * 60_000),
    'Resolved At': new Date(created + 60 * 60_000),
    Rating: (n % 5) + 1,
  };
}

/** A desk on Wednesday noon whose ledger holds 1,200 tickets closed in past weeks. */
function deskWithPastWeeks(): Workspace {
  const ws = new Workspace({start: NOW}).loadBundle();
  completed(ws.run('setupDesk'));
  fill(ws, 'Techs', 2, [...TECH_ROWS]);
  fill(ws, 'Schedule', 2, [...SCHEDULE_ROWS]);
  const sheet = ws.sheet('Tickets');
  sheet.insertRowsAfter(sheet.getMaxRows(), CLOSED + 10);
  fill(
    ws,
    'Tickets',
    2,
    Array.from({length: CLOSED}, (_, n) => closedTicket(n))
  );
  return ws;
}

/** A ticket reported this morning, added to the end of the ledger (host write). */
function addNewTicket(ws: Workspace, id: string): void {
  fill(ws, 'Tickets', ws.sheet('Tickets').getLastRow() + 1, [
    {...LEDGER_FIELDS[4], 'Ticket ID': id},
  ]);
}

/** Cells the bundle read and wrote on one tab during `run` (calls reach the emulated ranges). */
function cellsMoved(
  tab: string,
  run: () => void
): {read: number; written: number} {
  const reads = jest.spyOn(FakeRange.prototype, 'getValues');
  const writes = jest.spyOn(FakeRange.prototype, 'setValues');
  try {
    run();
    const count = (spy: typeof reads | typeof writes) =>
      (spy.mock.contexts as FakeRange[])
        .filter(range => range.getSheet().getName() === tab)
        .reduce(
          (n, range) => n + range.getNumRows() * range.getNumColumns(),
          0
        );
    return {read: count(reads), written: count(writes)};
  } finally {
    reads.mockRestore();
    writes.mockRestore();
  }
}

/** What a leader sees: the Metrics, Daily and Dashboard tabs' values. */
function figures(ws: Workspace) {
  return ['Metrics', 'Daily', 'Dashboard'].map(tab => ws.values(tab));
}

function metricsRowOf(ws: Workspace, id: string): Record<string, unknown> {
  const row = ws.table('Metrics').find(r => r.ticket_id === id);
  if (!row) throw new Error(`No Metrics row for ${id}.`);
  return row;
}

describe('the hourly rebuild', () => {
  it('after one new ticket reads and writes only the Metrics rows that can change, yet shows what a full rebuild shows', () => {
    const ws = deskWithPastWeeks();
    // The day's first run reads the whole Metrics tab back.
    const first = cellsMoved('Metrics', () =>
      completed(ws.run('hourlyMetrics'))
    );
    const width = ws.values('Metrics')[0].length;
    expect(first.written).toBe((CLOSED + 1) * width);
    addNewTicket(ws, 'T-009999');
    const hourly = cellsMoved('Metrics', () =>
      completed(ws.run('hourlyMetrics'))
    );
    // Only the last block of 500 rows (its rows 1001–1202) is read back; the new row is written.
    expect(hourly.read).toBeLessThanOrEqual(500 * width);
    expect(hourly.written).toBe(width);
    expect(metricsRowOf(ws, 'T-009999').status).toBe('New');
    const seen = figures(ws);
    const full = cellsMoved('Metrics', () =>
      completed(ws.run('rebuildMetrics'))
    );
    expect(full.read).toBe((CLOSED + 2) * width);
    expect(full.written).toBe(0);
    expect(figures(ws)).toEqual(seen);
  });

  it('shows an edit to a ticket closed weeks ago in its figures by the next hourly run', () => {
    const ws = deskWithPastWeeks();
    completed(ws.run('hourlyMetrics'));
    const id = String(closedTicket(7)['Ticket ID']);
    expect(metricsRowOf(ws, id).category).toBe('Projector');
    // A person recategorises the old ticket on the Tickets tab.
    const [header] = ws.values('Tickets');
    ws.sheet('Tickets')
      .getRange(9, header.indexOf('Category') + 1)
      .setValue('Chromebook');
    completed(ws.run('hourlyMetrics'));
    expect(metricsRowOf(ws, id).category).toBe('Chromebook');
    const dashboard = ws.values('Dashboard').flat().map(String);
    expect(dashboard).toContain('Chromebook');
  });

  it('corrects, by the next run, what a rebuild stopped part-way left', () => {
    const ws = deskWithPastWeeks();
    completed(ws.run('hourlyMetrics'));
    const [header] = ws.values('Tickets');
    const rating = header.indexOf('Rating') + 1;
    // Ten kills spread over an hourly run's service calls, its Metrics reads and writes among them.
    const calls = Object.values(
      completed(ws.run('hourlyMetrics')).calls
    ).reduce((a, b) => a + b, 0);
    const killPoints = Array.from({length: 10}, (_, n) =>
      Math.max(1, Math.round(((n + 0.5) * calls) / 10))
    );
    for (const [n, killAt] of killPoints.entries()) {
      // Between runs an old ticket is re-rated and a new one arrives.
      ws.sheet('Tickets')
        .getRange(3 + n, rating)
        .setValue(n % 2 === 0 ? 1 : 4);
      addNewTicket(ws, `T-0090${n}`);
      ws.faults.killAtCall(killAt);
      expect([killAt, ws.run('hourlyMetrics')?.outcome]).toEqual([
        killAt,
        'killed',
      ]);
      completed(ws.run('hourlyMetrics'));
      const afterHourly = figures(ws);
      completed(ws.run('rebuildMetrics'));
      expect(afterHourly).toEqual(figures(ws));
    }
  });

  it('puts back at once a Metrics row a person deleted, and a sort by the next day', () => {
    const ws = deskWithPastWeeks();
    completed(ws.run('hourlyMetrics'));
    const whole = ws.values('Metrics');
    ws.sheet('Metrics').deleteRow(40);
    completed(ws.run('hourlyMetrics'));
    expect(ws.values('Metrics')).toEqual(whole);
    ws.sheet('Metrics').getRange(2, 1, CLOSED, whole[0].length).sort({
      column: 1,
      ascending: false,
    });
    ws.advanceTo(at('2026-11-26 07:00'));
    completed(ws.run('hourlyMetrics'));
    expect(ws.values('Metrics').map(r => r[0])).toEqual(whole.map(r => r[0]));
  });
});

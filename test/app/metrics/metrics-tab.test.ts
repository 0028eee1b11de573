import {FakeRange} from '../../../sandbox/spreadsheet/range';
import {Workspace} from '../../../sandbox/workspace/workspace';
import {
  at,
  Fields,
  LEDGER_FIELDS,
  NOW,
  SCHEDULE_ROWS,
  TECH_ROWS,
  JO,
} from '../../fixtures/hand-worked-ledger';
import {completed, setConfig} from '../../support/peer-desk';

/** Closed tickets over the five weeks before the hand-worked week: three blocks of Metrics rows. */
const CLOSED = 1_200;
const HALF_HOUR = 30 * 60_000;
const HOUR = 60 * 60_000;
const DAY = 24 * HOUR;

function fill(ws: Workspace, tab: string, first: number, rows: Fields[]): void {
  const [header] = ws.values(tab);
  ws.sheet(tab)
    .getRange(first, 1, rows.length, header.length)
    .setValues(rows.map(r => header.map(h => r[String(h)] ?? '')));
}

/** The columns whose last accepted values the Tracked cell holds, as intake writes it. */
const TRACKED = [
  'Status',
  'Assignee',
  'Priority',
  'Category',
  'Resolution',
  'Time Spent (min)',
  'Mentor Sign-off',
];

function tracked(fields: Fields): Fields {
  return {
    ...fields,
    Tracked: JSON.stringify(
      Object.fromEntries(TRACKED.map(f => [f, String(fields[f] ?? '')]))
    ),
  };
}

function closedTicket(n: number): Fields {
  const created = at('2026-10-12 09:00').getTime() + n * HALF_HOUR;
  return tracked({
    ...LEDGER_FIELDS[0],
    'Ticket ID': `T-${String(n + 10).padStart(6, '0')}`,
    Category: ['Printer', 'Projector', 'Wi-Fi'][n % 3],
    Created: new Date(created),
    'First Response': new Date(created + 20 * 60_000),
    'Resolved At': new Date(created + 60 * 60_000),
    Rating: (n % 5) + 1,
  });
}

/** A desk on Wednesday noon whose ledger holds 1,200 tickets closed in past weeks. */
function deskWithPastWeeks(closed = CLOSED): Workspace {
  const ws = new Workspace({start: NOW}).loadBundle();
  completed(ws.run('setupDesk'));
  fill(ws, 'Techs', 2, [...TECH_ROWS]);
  fill(ws, 'Schedule', 2, [...SCHEDULE_ROWS]);
  const sheet = ws.sheet('Tickets');
  sheet.insertRowsAfter(sheet.getMaxRows(), closed + 10);
  fill(
    ws,
    'Tickets',
    2,
    Array.from({length: closed}, (_, n) => closedTicket(n))
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
    // No Metrics row is read back: the window's rows are known by their fingerprints; the new
    // row is the only one written.
    expect(hourly.read).toBe(0);
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

  it('shows a person’s edit of a ticket closed weeks ago by the next hourly run, a change behind the edit trigger’s back by the menu’s rebuild', () => {
    const ws = deskWithPastWeeks();
    completed(ws.run('hourlyMetrics'));
    const id = String(closedTicket(7)['Ticket ID']);
    expect(metricsRowOf(ws, id).category).toBe('Projector');
    // A person recategorises the old ticket on the Tickets tab: its Activity line tells the hourly run.
    const category = personEditsThenSweep(ws, 9, 'Category', 'Chromebook');
    completed(ws.run('hourlyMetrics'));
    expect(metricsRowOf(ws, id).category).toBe('Chromebook');
    expect(ws.values('Dashboard').flat().map(String)).toContain('Chromebook');
    // A write no trigger sees (another script, the Sheets API) reaches the figures with the next
    // full read: the menu's rebuild, or the first run of a new week.
    ws.sheet('Tickets').getRange(category).setValue('Wi-Fi');
    completed(ws.run('hourlyMetrics'));
    expect(metricsRowOf(ws, id).category).toBe('Chromebook');
    completed(ws.run('rebuildMetrics'));
    expect(metricsRowOf(ws, id).category).toBe('Wi-Fi');
  });

  it('corrects, by the next run, what a rebuild stopped part-way left', () => {
    const ws = deskWithPastWeeks();
    completed(ws.run('hourlyMetrics'));
    // Ten kills spread over an hourly run's service calls, its Metrics reads and writes among them.
    const calls = Object.values(
      completed(ws.run('hourlyMetrics')).calls
    ).reduce((a, b) => a + b, 0);
    const killPoints = Array.from({length: 10}, (_, n) =>
      Math.max(1, Math.round(((n + 0.5) * calls) / 10))
    );
    for (const [n, killAt] of killPoints.entries()) {
      // Between runs a person recategorises an old ticket and a new one arrives.
      personEditsThenSweep(
        ws,
        3 + n,
        'Category',
        n % 2 === 0 ? 'Printer' : 'Wi-Fi'
      );
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

  it('puts back at once a Metrics row a person deleted, and a sort by the next week', () => {
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
    // The window moves on each Monday: that run reads everything again.
    ws.advanceTo(at('2026-11-30 07:00'));
    completed(ws.run('hourlyMetrics'));
    expect(ws.values('Metrics').map(r => r[0])).toEqual(whole.map(r => r[0]));
  });
});

describe('a week of hourly runs', () => {
  it('ends where a from-scratch rebuild does, after new tickets, edits old and new, kills and a settings change', () => {
    // 80 tickets closed in October (settled before the window); the week runs Thursday to Wednesday.
    const ws = deskWithPastWeeks(80);
    completed(ws.run('hourlyMetrics'));
    const [header] = ws.values('Tickets');
    const category = header.indexOf('Category') + 1;
    for (let day = 0; day < 7; day++) {
      for (let hour = 0; hour < 3; hour++) {
        // Host clock moves (no trigger fires in between): 08:00, 11:00 and 14:00 each day.
        ws.clock.set(
          at('2026-11-26 08:00').getTime() + day * DAY + hour * 3 * HOUR
        );
        addNewTicket(ws, `T-3${day}${hour}000`);
        const newest = ws.sheet('Tickets').getLastRow();
        const a1 = ws
          .sheet('Tickets')
          .getRange(newest, category)
          .getA1Notation();
        completed(ws.edit('Tickets', a1, 'Printer', {as: JO})[0]);
        if (hour === 1) {
          // A ticket closed weeks ago is recategorised: the window cannot account for it.
          const old = ws
            .sheet('Tickets')
            .getRange(3 + day, category)
            .getA1Notation();
          completed(ws.edit('Tickets', old, 'Wi-Fi', {as: JO})[0]);
        }
        if (day === 3 && hour === 0)
          setConfig(ws, 'Teacher Minutes Saved per Ticket', '25');
        if (hour === 2) {
          ws.faults.killAtCall(8 + day * 9);
          expect(ws.run('hourlyMetrics')?.outcome).toBe('killed');
        }
        completed(ws.run('hourlyMetrics'));
      }
    }
    const hourly = figures(ws);
    expect(ws.table('Metrics')).toHaveLength(80 + 21);
    completed(ws.run('rebuildMetrics'));
    expect(hourly).toEqual(figures(ws));
  });
});

/** The next hourly run shows what the menu's full rebuild then shows: Metrics, Daily, Dashboard. */
function expectHourlyAsFull(ws: Workspace): void {
  completed(ws.run('hourlyMetrics'));
  const hourly = figures(ws);
  completed(ws.run('rebuildMetrics'));
  expect(hourly).toEqual(figures(ws));
}

/** A person's edit of one Tickets cell, as the edit trigger sees it; the edited cell's A1 notation. */
function personEdits(
  ws: Workspace,
  row: number,
  field: string,
  value: string
): string {
  const [header] = ws.values('Tickets');
  const a1 = ws
    .sheet('Tickets')
    .getRange(row, header.indexOf(field) + 1)
    .getA1Notation();
  completed(ws.edit('Tickets', a1, value, {as: JO})[0]);
  return a1;
}

/**
 * A person's edit and the sweep after it, which writes the Activity line the edit owes: the
 * hourly run finds an edit of a ticket outside its window by that line.
 */
function personEditsThenSweep(
  ws: Workspace,
  row: number,
  field: string,
  value: string
): string {
  const a1 = personEdits(ws, row, field, value);
  completed(ws.run('sweep'));
  return a1;
}

describe('the hourly run’s window', () => {
  it('reads only the window: the open tickets and the last five weeks’, and Activity since', () => {
    const ws = deskWithPastWeeks();
    completed(ws.run('hourlyMetrics'));
    addNewTicket(ws, 'T-009999');
    const reads = jest.spyOn(FakeRange.prototype, 'getValues');
    completed(ws.run('hourlyMetrics'));
    const rowsRead = new Set(
      (reads.mock.contexts as FakeRange[])
        .filter(range => range.getSheet().getName() === 'Tickets')
        .flatMap(range =>
          Array.from({length: range.getNumRows()}, (_, i) => range.getRow() + i)
        )
    );
    reads.mockRestore();
    // Created from 12 October 09:00, half an hour apart: the window starts on Monday 19 October,
    // so the tickets of the week before (rows 2 to about 319) are summed up, not read; the header,
    // the rest and the new one are (the last read runs on through the blank rows below).
    const ledger = ws.sheet('Tickets').getLastRow();
    const read = [...rowsRead].sort((a, b) => a - b);
    expect(read[0]).toBe(1);
    expect(read[1]).toBeGreaterThan(300);
    expect(read.filter(row => row >= 320 && row <= ledger)).toHaveLength(
      ledger - 319
    );
  });

  it('shows what a full rebuild shows after a weeks-old ticket is reopened and another’s row deleted', () => {
    const ws = deskWithPastWeeks();
    // Row 9: a ticket resolved on 12 October, before the window, and never closed.
    fill(ws, 'Tickets', 9, [tracked({...closedTicket(7), Status: 'Resolved'})]);
    completed(ws.run('hourlyMetrics'));
    personEditsThenSweep(ws, 9, 'Status', 'Reopened');
    expectHourlyAsFull(ws);
    // The sweep after the edit may have escalated the reopened ticket: the figures follow the tab.
    const reopened = String(closedTicket(7)['Ticket ID']);
    const status = ws
      .table('Tickets')
      .find(t => t['Ticket ID'] === reopened)?.Status;
    expect(['Reopened', 'Escalated']).toContain(status);
    expect(metricsRowOf(ws, reopened).status).toBe(status);
    // A person deletes an old ticket's row (the sweep would put it back; the figures follow the tab).
    ws.sheet('Tickets').deleteRow(20);
    expectHourlyAsFull(ws);
    expect(ws.table('Metrics')).toHaveLength(CLOSED - 1);
    // The reopened ticket, now in the window, is recategorised.
    personEdits(ws, 9, 'Category', 'Printer');
    expectHourlyAsFull(ws);
  });

  it('carries the Daily rows into a new day, and reads everything again when the week turns', () => {
    const ws = deskWithPastWeeks();
    completed(ws.run('hourlyMetrics'));
    const days = ws.table('Daily').length;
    ws.advanceTo(at('2026-11-26 07:00'));
    addNewTicket(ws, 'T-009998');
    expectHourlyAsFull(ws);
    expect(ws.table('Daily')).toHaveLength(days + 1);
    ws.advanceTo(at('2026-11-30 07:00'));
    const width = ws.values('Tickets')[0].length;
    const monday = cellsMoved('Tickets', () =>
      completed(ws.run('hourlyMetrics'))
    );
    expect(monday.read).toBeGreaterThanOrEqual(CLOSED + 1);
    expect(monday.read).toBeLessThanOrEqual(
      ws.sheet('Tickets').getMaxRows() * width
    );
    addNewTicket(ws, 'T-009997');
    expectHourlyAsFull(ws);
  });

  it('comes through a kill at any call: the run after shows what a full rebuild shows', () => {
    // 80 tickets closed in October, settled before the window; new ones arrive in it.
    const ws = deskWithPastWeeks(80);
    addNewTicket(ws, 'T-100000');
    completed(ws.run('hourlyMetrics'));
    completed(ws.run('hourlyMetrics'));
    const calls = Object.values(
      completed(ws.run('hourlyMetrics')).calls
    ).reduce((a, b) => a + b, 0);
    for (let killAt = 1; killAt < calls; killAt++) {
      addNewTicket(ws, `T-1${String(killAt).padStart(5, '0')}`);
      ws.faults.killAtCall(killAt);
      expect([killAt, ws.run('hourlyMetrics')?.outcome]).toEqual([
        killAt,
        'killed',
      ]);
      expectHourlyAsFull(ws);
    }
  });
});

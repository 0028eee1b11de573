// Flat cost: the sweeps and the rebuild at 2,000 to 100,000 closed tickets, the same open ones.
import {
  budget,
  Check,
  completes,
  flatCellsRead,
  flatRoundTrips,
  maxRoundTrips,
} from './budget';
import {
  DAILY_EMAIL_DAY,
  deskWithClosed,
  markResolved,
  mondayAt,
  startAt,
} from './desk';
import {Measurement} from './measure';
import {BenchOperation} from './operation';

const CLOSED = [2_000, 20_000, 100_000];
const OPEN = 60;
const STRAGGLERS = 4;
const MAX_GROWTH = 1.2;

/**
 * Service time at `upTo` closed within `factor` of the smallest size's. Service time follows from
 * the calls and cells alone, so it is the same on a busy machine as on an idle one; the CPU time
 * measured on this machine is printed beside it, not judged here.
 */
function flatServiceWithin(factor: number, upTo: number): Check {
  return {
    description: `service time at ${upTo.toLocaleString('en-US')} closed within ${factor}× of ${CLOSED[0].toLocaleString('en-US')}`,
    check: (results: readonly Measurement[]) => {
      const first = results[0];
      const last = results.find(r => r.rows === upTo);
      if (!last) return `no run at ${upTo} closed`;
      const ratio = last.serviceMs / first.serviceMs;
      return ratio > factor
        ? `${Math.round(first.serviceMs)} ms → ${Math.round(last.serviceMs)} ms (${ratio.toFixed(2)}×)`
        : undefined;
    },
  };
}

/**
 * A sweep between others the same day, over a ledger of N closed tickets and 60 open ones (four
 * of them weeks old, among the closed): the day's first sweep read every row and wrote the index.
 */
const liveSweep: BenchOperation = {
  name: 'sweep, N closed',
  sizes: CLOSED,
  budgets: [
    budget(completes()),
    budget(flatServiceWithin(MAX_GROWTH, CLOSED[2])),
    // The capability reconcile steps (publishing, breaks) read their tabs only on the day's first
    // sweep or when their capability left its mark: 12 trips before, 8 since.
    budget(maxRoundTrips('SpreadsheetApp', 8)),
  ],
  async prepare(closed) {
    const ws = deskWithClosed(closed, OPEN, STRAGGLERS);
    startAt(ws, mondayAt(15));
    ws.run('sweep');
    startAt(ws, mondayAt(20));
    ws.run('sweep');
    return () => {
      startAt(ws, mondayAt(25));
      return [ws.run('sweep')];
    };
  },
};

/**
 * The day's first sweep over the same ledgers, just after midnight, the index of live rows kept
 * from the day before: the live rows, the new ones and one slice of 2,000 other rows checked
 * (live-rows.ts), so its cells read stay flat however long the closed history.
 */
const firstSweep: BenchOperation = {
  name: 'first sweep, N closed',
  sizes: CLOSED,
  budgets: [budget(completes()), budget(flatCellsRead(MAX_GROWTH))],
  async prepare(closed) {
    const ws = deskWithClosed(closed, OPEN, STRAGGLERS);
    startAt(ws, mondayAt(15));
    ws.run('sweep');
    return () => {
      startAt(ws, mondayAt(15 + 15 * 60));
      return [ws.run('sweep')];
    };
  },
};

/**
 * The hourly rebuild over the same ledgers, every closed ticket resolved and rated weeks ago, an
 * hour after the week's first run (which reads everything and stores what the settled tickets add
 * up to): it reads only the window (the open tickets and the last five weeks') and the Activity
 * since, so its cells read and service time stay flat from 2,000 to 100,000 closed tickets.
 */
const closedWeeksRebuild: BenchOperation = {
  name: 'rebuild, N closed',
  sizes: CLOSED,
  budgets: [
    budget(completes()),
    budget(flatServiceWithin(MAX_GROWTH, CLOSED[2])),
    budget(flatRoundTrips('SpreadsheetApp')),
    budget(flatCellsRead(MAX_GROWTH)),
    budget(maxRoundTrips('SpreadsheetApp', 12)),
  ],
  async prepare(closed) {
    const ws = deskWithClosed(closed, OPEN, STRAGGLERS);
    markResolved(ws);
    startAt(ws, mondayAt(45));
    ws.run('hourlyMetrics');
    return () => {
      startAt(ws, mondayAt(105));
      return [ws.run('hourlyMetrics')];
    };
  },
};

/**
 * The same hourly run when it also sends the day's daily emails (each tech's and mentor's list of
 * what is theirs): the list comes from the rows the metrics read, so it adds no Tickets read and
 * the run stays as flat as the plain hour.
 */
const dailyEmailsHour: BenchOperation = {
  name: 'hourly with daily emails, N closed',
  sizes: CLOSED,
  budgets: [
    budget(completes()),
    budget(flatRoundTrips('SpreadsheetApp')),
    budget(flatCellsRead(MAX_GROWTH)),
  ],
  async prepare(closed) {
    const ws = deskWithClosed(closed, OPEN, STRAGGLERS);
    markResolved(ws);
    startAt(ws, mondayAt(45));
    ws.run('hourlyMetrics');
    return () => {
      ws.services.properties.script.delete(DAILY_EMAIL_DAY);
      startAt(ws, mondayAt(105));
      return [ws.run('hourlyMetrics')];
    };
  },
};

/** Tuesday 02:00 in Chicago, minutes after Monday 09:15: the night the retention pass runs. */
const TUESDAY_0200 = (24 - 9.25 + 2) * 60;

/**
 * The night's hourly run when every closed ticket is past Config "Personal Details Kept (days)":
 * the retention pass clears one 2,000-row slice of Tickets and one of Activity, so its cost is the
 * same at 2,000 closed as at 100,000 (the rest waits for the following nights). It is the day's
 * first hourly run, so the Outbox pruning and the Coverage rebuild (its header's looks included)
 * are in it too: 39 Sheets trips, 12 of them the retention pass's.
 */
const retentionNight: BenchOperation = {
  name: 'night hour with retention, N closed',
  sizes: CLOSED,
  budgets: [
    budget(completes()),
    budget(flatRoundTrips('SpreadsheetApp')),
    budget(flatCellsRead(MAX_GROWTH)),
    budget(maxRoundTrips('SpreadsheetApp', 40)),
  ],
  async prepare(closed) {
    const ws = deskWithClosed(closed, OPEN, STRAGGLERS);
    markResolved(ws);
    const row = ws
      .table('Config')
      .findIndex(r => r.Key === 'Personal Details Kept (days)');
    ws.edit('Config', `B${row + 2}`, '1');
    startAt(ws, mondayAt(TUESDAY_0200 - 180));
    ws.run('hourlyMetrics');
    return () => {
      startAt(ws, mondayAt(TUESDAY_0200));
      return [ws.run('hourlyMetrics')];
    };
  },
};

export const FLAT_COST: BenchOperation[] = [
  liveSweep,
  firstSweep,
  closedWeeksRebuild,
  dailyEmailsHour,
  retentionNight,
];

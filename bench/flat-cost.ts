// Flat cost: the sweep and the rebuild at 2,000 and 20,000 closed tickets, the same open ones.
import {ExecutionRecord} from '../sandbox/core/execution';
import {Budget, completes, maxRoundTrips} from './budget';
import {deskWithClosed, markResolved} from './desk';
import {Measurement} from './measure';
import {BenchOperation} from './operation';

const CLOSED = [2_000, 20_000];
const OPEN = 60;
const STRAGGLERS = 4;
const MAX_GROWTH = 1.2;

/** The largest size's modelled time (CPU included) within `factor` of the smallest's. */
function flatWithin(factor: number): Budget {
  return {
    description: `modelled time (CPU included) at ${CLOSED[1].toLocaleString('en-US')} closed within ${factor}× of ${CLOSED[0].toLocaleString('en-US')}`,
    check: (results: readonly Measurement[]) => {
      const first = results[0];
      const last = results[results.length - 1];
      const ratio = last.modelledMs / first.modelledMs;
      return ratio > factor
        ? `${Math.round(first.modelledMs)} ms → ${Math.round(last.modelledMs)} ms (${ratio.toFixed(2)}×)`
        : undefined;
    },
  };
}

/** The cheapest of three runs, as the machine is shared. */
function cheapest(run: () => ExecutionRecord[]): ExecutionRecord[] {
  const runs = [run(), run(), run()];
  const cost = (records: ExecutionRecord[]) =>
    records.reduce((ms, r) => ms + r.modelledMs, 0);
  return runs.reduce((a, b) => (cost(b) < cost(a) ? b : a));
}

/**
 * A sweep between others the same day, over a ledger of N closed tickets and 60 open ones (four
 * of them weeks old, among the closed): the day's first sweep read every row and wrote the index.
 * Eight Sheets round trips: the Outbox's length, the header row, the four old open rows, the new
 * rows open-ended from the index's last, and the flush; the records of live tickets are known by
 * their fingerprints in the index, not read.
 */
const liveSweep: BenchOperation = {
  name: 'sweep, N closed',
  sizes: CLOSED,
  budgets: [
    completes(),
    maxRoundTrips('SpreadsheetApp', 8),
    flatWithin(MAX_GROWTH),
  ],
  async prepare(closed) {
    const ws = deskWithClosed(closed, OPEN, STRAGGLERS);
    ws.run('sweep');
    ws.run('sweep');
    return () => cheapest(() => [ws.run('sweep')]);
  },
};

/**
 * The hourly rebuild over the same ledgers, every closed ticket resolved and rated, after the
 * day's first one (which reads the whole Metrics tab back): the Metrics rows of closed tickets
 * are neither read nor written again.
 */
const closedWeeksRebuild: BenchOperation = {
  name: 'rebuild, N closed',
  sizes: CLOSED,
  budgets: [completes(), flatWithin(MAX_GROWTH)],
  async prepare(closed) {
    const ws = deskWithClosed(closed, OPEN, STRAGGLERS);
    markResolved(ws);
    ws.run('hourlyMetrics');
    return () => cheapest(() => [ws.run('hourlyMetrics')]);
  },
};

export const FLAT_COST: BenchOperation[] = [liveSweep, closedWeeksRebuild];

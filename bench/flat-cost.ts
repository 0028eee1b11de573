// Flat cost: the sweep and the rebuild at 2,000 and 20,000 closed tickets (the rebuild also 100,000), the same open ones.
import {ExecutionRecord} from '../sandbox/core/execution';
import {Budget, completes, flatCellsRead, flatRoundTrips} from './budget';
import {deskWithClosed, markResolved} from './desk';
import {Measurement} from './measure';
import {BenchOperation} from './operation';

const CLOSED = [2_000, 20_000];
const REBUILD_CLOSED = [...CLOSED, 100_000];
const OPEN = 60;
const STRAGGLERS = 4;
const MAX_GROWTH = 1.2;

/** The largest size's modelled time (CPU included) within `factor` of the smallest's. */
function flatWithin(factor: number, sizes: readonly number[]): Budget {
  const [smallest, largest] = [sizes[0], sizes[sizes.length - 1]].map(n =>
    n.toLocaleString('en-US')
  );
  return {
    description: `modelled time (CPU included) at ${largest} closed within ${factor}× of ${smallest}`,
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
 */
const liveSweep: BenchOperation = {
  name: 'sweep, N closed',
  sizes: CLOSED,
  budgets: [completes(), flatWithin(MAX_GROWTH, CLOSED)],
  async prepare(closed) {
    const ws = deskWithClosed(closed, OPEN, STRAGGLERS);
    ws.run('sweep');
    ws.run('sweep');
    return () => cheapest(() => [ws.run('sweep')]);
  },
};

/**
 * The hourly rebuild over the same ledgers, every closed ticket resolved and rated weeks ago, after
 * the week's first run (which reads everything and stores what the settled tickets add up to): it
 * reads only the window (the open tickets and the last five weeks') and the Activity since, so its
 * cells read, round trips and time stay flat from 2,000 to 100,000 closed tickets.
 */
const closedWeeksRebuild: BenchOperation = {
  name: 'rebuild, N closed',
  sizes: REBUILD_CLOSED,
  budgets: [
    completes(),
    flatWithin(MAX_GROWTH, REBUILD_CLOSED),
    flatRoundTrips('SpreadsheetApp'),
    flatCellsRead(MAX_GROWTH),
  ],
  async prepare(closed) {
    const ws = deskWithClosed(closed, OPEN, STRAGGLERS);
    markResolved(ws);
    ws.run('hourlyMetrics');
    return () => cheapest(() => [ws.run('hourlyMetrics')]);
  },
};

export const FLAT_COST: BenchOperation[] = [liveSweep, closedWeeksRebuild];

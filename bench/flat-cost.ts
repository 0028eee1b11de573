// Flat cost: the sweep and the rebuild at 2,000 and 20,000 closed tickets (the rebuild also 100,000), the same open ones.
import {Budget, completes, flatCellsRead, flatRoundTrips} from './budget';
import {deskWithClosed, markResolved, mondayAt, startAt} from './desk';
import {Measurement} from './measure';
import {BenchOperation} from './operation';

const CLOSED = [2_000, 20_000];
const REBUILD_CLOSED = [...CLOSED, 100_000];
const OPEN = 60;
const STRAGGLERS = 4;
const MAX_GROWTH = 1.2;

/**
 * The largest size's service time within `factor` of the smallest's. Service time follows from the
 * calls and cells alone, so it is the same on a busy machine as on an idle one; the CPU time
 * measured on this machine is printed beside it, not judged here.
 */
function flatWithin(factor: number, sizes: readonly number[]): Budget {
  const [smallest, largest] = [sizes[0], sizes[sizes.length - 1]].map(n =>
    n.toLocaleString('en-US')
  );
  return {
    description: `service time at ${largest} closed within ${factor}× of ${smallest}`,
    check: (results: readonly Measurement[]) => {
      const first = results[0];
      const last = results[results.length - 1];
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
  budgets: [completes(), flatWithin(MAX_GROWTH, CLOSED)],
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
 * The hourly rebuild over the same ledgers, every closed ticket resolved and rated weeks ago, an
 * hour after the week's first run (which reads everything and stores what the settled tickets add
 * up to): it reads only the window (the open tickets and the last five weeks') and the Activity
 * since, so its cells read, round trips and time stay flat from 2,000 to 100,000 closed tickets.
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
    startAt(ws, mondayAt(45));
    ws.run('hourlyMetrics');
    return () => {
      startAt(ws, mondayAt(105));
      return [ws.run('hourlyMetrics')];
    };
  },
};

export const FLAT_COST: BenchOperation[] = [liveSweep, closedWeeksRebuild];

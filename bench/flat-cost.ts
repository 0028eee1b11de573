// Flat cost: the sweep and the rebuild at 2,000 and 20,000 closed tickets, the same open ones.
import {Budget, completes} from './budget';
import {deskWithClosed, markResolved, mondayAt, startAt} from './desk';
import {Measurement} from './measure';
import {BenchOperation} from './operation';

const CLOSED = [2_000, 20_000];
const OPEN = 60;
const STRAGGLERS = 4;
const MAX_GROWTH = 1.2;

/**
 * The largest size's service time within `factor` of the smallest's. Service time follows from the
 * calls and cells alone, so it is the same on a busy machine as on an idle one; the CPU time
 * measured on this machine is printed beside it, not judged here.
 */
function flatWithin(factor: number): Budget {
  return {
    description: `service time at ${CLOSED[1].toLocaleString('en-US')} closed within ${factor}× of ${CLOSED[0].toLocaleString('en-US')}`,
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
  budgets: [completes(), flatWithin(MAX_GROWTH)],
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
 * The hourly rebuild over the same ledgers, every closed ticket resolved and rated, an hour after
 * the day's first one (which reads the whole Metrics tab back): the Metrics rows of closed tickets
 * are neither read nor written again.
 */
const closedWeeksRebuild: BenchOperation = {
  name: 'rebuild, N closed',
  sizes: CLOSED,
  budgets: [completes(), flatWithin(MAX_GROWTH)],
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

import {LatencyProfile} from '../sandbox/core/latency';
import {Measurement} from './measure';

/** A limit one operation must keep; `check` returns why it broke, or undefined. */
export interface Budget {
  readonly description: string;
  /** False for an issue's target not reached yet: it prints as pending and fails nothing. */
  readonly enforced: boolean;
  check(results: readonly Measurement[]): string | undefined;
}

export type Check = Omit<Budget, 'enforced'>;

/** How one budget fared in a run, as printed and written to `--json`. */
export interface Verdict {
  readonly operation: string;
  readonly budget: string;
  /** False for an issue's target not yet enforced (`target` below). */
  readonly enforced: boolean;
  readonly broken?: string;
}

/** A limit the bench enforces: the run fails when it breaks. */
export function budget(check: Check): Budget {
  return {...check, enforced: true};
}

/**
 * A target of issue 20 that engineers are still reaching: printed with its figure as
 * `PENDING (issue 20 target)` and never failing the run. Whoever meets it turns `target(` into
 * `budget(`.
 */
export function target(check: Check): Budget {
  return {...check, enforced: false};
}

export function completes(): Check {
  return {
    description: 'every run completes',
    check: results => {
      const bad = results.find(r => r.outcome !== 'completed');
      return bad && `${bad.rows} rows: ${bad.outcome}`;
    },
  };
}

export function maxRoundTrips(service: string, max: number): Check {
  return {
    description: `≤ ${max} ${service} round trips`,
    check: results => {
      const bad = results.find(r => (r.roundTrips[service] ?? 0) > max);
      return bad && `${bad.rows} rows: ${bad.roundTrips[service]} round trips`;
    },
  };
}

const allTrips = (m: Measurement) =>
  Object.values(m.roundTrips).reduce((a, b) => a + b, 0);

/** Round trips to every service together. */
export function maxAllRoundTrips(max: number): Check {
  return {
    description: `≤ ${max} round trips in all`,
    check: results => {
      const bad = results.find(r => allTrips(r) > max);
      return bad && `${bad.rows} rows: ${allTrips(bad)} round trips`;
    },
  };
}

/** Calls of one method (`SpreadsheetApp.Sheet.deleteRows`), counted across the operation's run. */
export function maxCalls(method: string, max: number): Check {
  const short = method.slice(method.lastIndexOf('.') + 1);
  return {
    description: `≤ ${max} ${short} calls`,
    check: results => {
      const bad = results.find(r => (r.calls[method] ?? 0) > max);
      return bad && `${bad.rows} rows: ${bad.calls[method]} ${short} calls`;
    },
  };
}

export function flatRoundTrips(service: string): Check {
  return {
    description: `${service} round trips do not grow with the ledger`,
    check: results => {
      const counts = results.map(r => r.roundTrips[service] ?? 0);
      return new Set(counts).size > 1
        ? `round trips by size: ${results.map((r, i) => `${r.rows} rows → ${counts[i]}`).join(', ')}`
        : undefined;
    },
  };
}

export function maxModelledMs(
  max: number,
  profile: LatencyProfile = 'typical'
): Check {
  return {
    description: `≤ ${max.toLocaleString('en-US')} ms modelled (service + CPU, ${profile} profile)`,
    check: results => {
      const bad = results.find(r => r.modelledMsBy[profile] > max);
      return (
        bad &&
        `${bad.rows} rows: ${Math.round(bad.modelledMsBy[profile])} ms (${Math.round(bad.cpuMs)} of it CPU)`
      );
    },
  };
}

/** The operation reads at most `max` cells whatever the ledger's size (it searches, never scans). */
export function maxCellsRead(max: number): Check {
  return {
    description: `≤ ${max.toLocaleString('en-US')} cells read`,
    check: results => {
      const bad = results.find(r => r.cellsRead > max);
      return bad && `${bad.rows} rows: ${bad.cellsRead} cells read`;
    },
  };
}

/** The operation writes at most `max` cells whatever the ledger's size. */
export function maxCellsWritten(max: number): Check {
  return {
    description: `≤ ${max.toLocaleString('en-US')} cells written`,
    check: results => {
      const bad = results.find(r => r.cellsWritten > max);
      return bad && `${bad.rows} rows: ${bad.cellsWritten} cells written`;
    },
  };
}

/** Cells read at the largest size within `factor` of the smallest's: they do not follow history. */
export function flatCellsRead(factor: number): Check {
  return {
    description: `cells read at the largest size within ${factor}× of the smallest`,
    check: results => {
      const first = results[0];
      const last = results[results.length - 1];
      const ratio = last.cellsRead / Math.max(first.cellsRead, 1);
      return ratio > factor
        ? `${first.rows} rows: ${first.cellsRead} → ${last.rows} rows: ${last.cellsRead} (${ratio.toFixed(2)}×)`
        : undefined;
    },
  };
}

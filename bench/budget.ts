import {Measurement} from './measure';

/** A limit one operation must keep; `check` returns why it broke, or undefined. */
export interface Budget {
  readonly description: string;
  check(results: readonly Measurement[]): string | undefined;
}

export function completes(): Budget {
  return {
    description: 'every run completes',
    check: results => {
      const bad = results.find(r => r.outcome !== 'completed');
      return bad && `${bad.rows} rows: ${bad.outcome}`;
    },
  };
}

export function maxRoundTrips(service: string, max: number): Budget {
  return {
    description: `≤ ${max} ${service} round trips`,
    check: results => {
      const bad = results.find(r => (r.roundTrips[service] ?? 0) > max);
      return bad && `${bad.rows} rows: ${bad.roundTrips[service]} round trips`;
    },
  };
}

export function flatRoundTrips(service: string): Budget {
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

export function maxModelledMs(max: number): Budget {
  return {
    description: `≤ ${max.toLocaleString('en-US')} ms modelled (service + CPU)`,
    check: results => {
      const bad = results.find(r => r.modelledMs > max);
      return (
        bad &&
        `${bad.rows} rows: ${Math.round(bad.modelledMs)} ms (${Math.round(bad.serviceMs)} service + ${Math.round(bad.cpuMs)} CPU)`
      );
    },
  };
}

/** The operation reads at most `max` cells whatever the ledger's size (it searches, never scans). */
export function maxCellsRead(max: number): Budget {
  return {
    description: `≤ ${max.toLocaleString('en-US')} cells read`,
    check: results => {
      const bad = results.find(r => r.cellsRead > max);
      return bad && `${bad.rows} rows: ${bad.cellsRead} cells read`;
    },
  };
}

/** At most `max` calls of one method (`Service.Class.method`) in one run. */
export function maxCalls(method: string, max: number): Budget {
  return {
    description: `≤ ${max} ${method.split('.').pop()} calls`,
    check: results => {
      const bad = results.find(r => (r.calls[method] ?? 0) > max);
      return bad && `${bad.rows} rows: ${bad.calls[method]} calls`;
    },
  };
}

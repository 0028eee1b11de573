import {ExecutionRecord} from '../sandbox/core/execution';
import {
  DEFAULT_LATENCY,
  LATENCY_PROFILES,
  LatencyProfile,
  isRoundTrip,
  repriced,
} from '../sandbox/core/latency';

/** What one run of one operation cost, as the bench table prints it. */
export interface Measurement {
  readonly operation: string;
  readonly rows: number;
  readonly outcome: string;
  readonly calls: Record<string, number>;
  /** Round trips per service (`SpreadsheetApp`, `MailApp`, …). */
  readonly roundTrips: Record<string, number>;
  readonly totalCalls: number;
  /** Cells the operation's reads handed back to the script. */
  readonly cellsRead: number;
  /** Cells the operation's writes handed to Sheets. */
  readonly cellsWritten: number;
  /** Virtual time on the clock: service time plus CPU time. */
  readonly modelledMs: number;
  readonly serviceMs: number;
  /** The bundle's own JavaScript, as put on the clock (measured CPU × the latency model's cpuFactor). */
  readonly cpuMs: number;
  /** Modelled time (service + CPU) of the same calls and cells under each latency profile. */
  readonly modelledMsBy: Record<LatencyProfile, number>;
}

/** What `records` cost; the bench's workspaces run at the default (typical) prices. */
export function measure(
  operation: string,
  rows: number,
  records: ExecutionRecord[]
): Measurement {
  const calls: Record<string, number> = {};
  const roundTrips: Record<string, number> = {};
  let modelledMs = 0;
  let serviceMs = 0;
  let cpuMs = 0;
  let cellsRead = 0;
  let cellsWritten = 0;
  const outcomes = new Set<string>();
  for (const record of records) {
    modelledMs += record.modelledMs;
    serviceMs += record.serviceMs;
    cpuMs += record.cpuMs;
    cellsRead += record.cellsRead;
    cellsWritten += record.cellsWritten;
    outcomes.add(
      record.error ? `${record.outcome}: ${record.error}` : record.outcome
    );
    for (const [name, count] of Object.entries(record.calls)) {
      calls[name] = (calls[name] ?? 0) + count;
      if (isRoundTrip(name)) {
        const service = name.split('.')[0];
        roundTrips[service] = (roundTrips[service] ?? 0) + count;
      }
    }
  }
  const totalCalls = Object.values(calls).reduce((a, b) => a + b, 0);
  const priced = {calls, cellsRead, cellsWritten, serviceMs};
  const modelledMsBy = Object.fromEntries(
    Object.entries(LATENCY_PROFILES).map(([profile, model]) => [
      profile,
      repriced(priced, DEFAULT_LATENCY, model) + cpuMs,
    ])
  ) as Record<LatencyProfile, number>;
  return {
    operation,
    rows,
    outcome: [...outcomes].join('; ') || 'no execution',
    calls,
    roundTrips,
    totalCalls,
    cellsRead,
    cellsWritten,
    modelledMs,
    serviceMs,
    cpuMs,
    modelledMsBy,
  };
}

/** The same measurement with another CPU time (e.g. the least of several runs of it). */
export function withCpu(m: Measurement, cpuMs: number): Measurement {
  const shift = cpuMs - m.cpuMs;
  const modelledMsBy = Object.fromEntries(
    Object.entries(m.modelledMsBy).map(([profile, ms]) => [profile, ms + shift])
  ) as Record<LatencyProfile, number>;
  return {...m, cpuMs, modelledMs: m.modelledMs + shift, modelledMsBy};
}

import {ExecutionRecord} from '../../sandbox/core/execution';
import {isRoundTrip} from '../../sandbox/core/latency';
import {Workspace} from '../../sandbox/workspace/workspace';

/** Monday 2026-11-23 is an A day in the example school (A/B from Monday 2026-08-17). */
export function chicago(local: string): Date {
  // November in Chicago is CST, UTC-6.
  return new Date(`${local.replace(' ', 'T')}:00-06:00`);
}

export function completed(record: ExecutionRecord): ExecutionRecord {
  expect({
    fn: record.functionName,
    outcome: record.outcome,
    error: record.error,
  }).toEqual({
    fn: record.functionName,
    outcome: 'completed',
    error: undefined,
  });
  return record;
}

export function allCompleted(records: readonly ExecutionRecord[]): void {
  expect(records.length).toBeGreaterThan(0);
  records.forEach(completed);
}

/** A spreadsheet with Peer Desk set up and the example school loaded, as a coordinator leaves it. */
export function exampleDesk(start = chicago('2026-11-23 07:30')): Workspace {
  const ws = new Workspace({start}).loadBundle();
  completed(ws.run('setupDesk'));
  completed(ws.run('loadExampleSchool'));
  return ws;
}

export const TEACHER = 'r.garcia@school.example';

export {PROJECTOR_DOWN} from '../../sandbox/simulation/requests';

export function sheetsRoundTrips(record: ExecutionRecord): number {
  return Object.entries(record.calls)
    .filter(([name]) => name.startsWith('SpreadsheetApp') && isRoundTrip(name))
    .reduce((sum, [, count]) => sum + count, 0);
}

export function tickets(ws: Workspace): Record<string, unknown>[] {
  return ws.table('Tickets');
}

export function activity(ws: Workspace): string[] {
  return ws
    .table('Activity')
    .map(
      r =>
        `${r['Ticket ID']} ${r.Field}: ${r['Old Value']} → ${r['New Value']} (${r.Who})`
    );
}

/** A timestamp the script wrote while `record` ran. */
export function expectStampedDuring(
  value: unknown,
  record: ExecutionRecord
): void {
  expect(value).toBeInstanceOf(Date);
  const ms = (value as Date).getTime();
  expect(ms).toBeGreaterThanOrEqual(record.startedAt);
  expect(ms).toBeLessThanOrEqual(record.endedAt);
}

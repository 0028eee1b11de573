import {ExecutionRecord} from '../../sandbox/core/execution';
import {
  DEFAULT_LATENCY,
  isRoundTrip,
  LatencyModel,
} from '../../sandbox/core/latency';
import {PROJECTOR_DOWN} from '../../sandbox/simulation/requests';
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
export function exampleDesk(
  start = chicago('2026-11-23 07:30'),
  latency?: Partial<LatencyModel>
): Workspace {
  const ws = new Workspace({start, latency}).loadBundle();
  completed(ws.run('setupDesk'));
  completed(ws.run('loadExampleSchool'));
  return ws;
}

/** The example desk with every service call taking no modelled time: submissions can share a moment. */
export function instantDesk(): Workspace {
  return exampleDesk(undefined, {
    perCall: Object.fromEntries(
      Object.keys(DEFAULT_LATENCY.perCall).map(name => [name, 0])
    ),
    defaultMs: 0,
    readCellMs: 0,
    writeCellMs: 0,
    fetchKiBMs: 0,
    cpuFactor: 0,
  });
}

export const TEACHER = 'r.garcia@school.example';

/** The desk's Google Chat space, once `connectChat` connected it. */
export const CHAT_SPACE = 'Tech Desk';

/** The coordinator connects the desk to a new Chat space through the menu; returns its webhook URL. */
export function connectChat(ws: Workspace): string {
  const url = ws.services.chat.createSpace(CHAT_SPACE);
  allCompleted(ws.open());
  ws.services.spreadsheets.ui.queuePromptAnswer(url);
  completed(ws.clickMenu('Peer Desk', 'Connect Google Chat'));
  return url;
}
const LIAM = 'liam.obrien@students.example.org';

export {PROJECTOR_DOWN};

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

/** T-000001 resolved by Liam; returns the five rating links from the resolution email. */
/** The teacher reports the dead projector at North 214 (local time in Chicago); every run completes. */
export function reportProjectorDown(
  ws: Workspace,
  local = '2026-11-23 09:10'
): void {
  allCompleted(
    ws.submitForm(PROJECTOR_DOWN, {as: TEACHER, at: chicago(local)})
  );
}

export function resolvedTicket(language = 'English'): {
  ws: Workspace;
  links: string[];
} {
  const ws = exampleDesk();
  allCompleted(
    ws.submitForm(
      {...PROJECTOR_DOWN, 'Preferred language / Idioma preferido': language},
      {as: TEACHER, at: chicago('2026-11-23 09:10')}
    )
  );
  const resolution = ws.values('Tickets')[0].indexOf('Resolution') + 1;
  const a1 = ws.sheet('Tickets').getRange(2, resolution).getA1Notation();
  allCompleted(ws.edit('Tickets', a1, 'Reseated the HDMI cable', {as: LIAM}));
  allCompleted(ws.edit('Tickets', 'B2', 'Resolved', {as: LIAM}));
  const email = ws.outbox.find(m => m.body.includes('&r=1&'));
  const links = [...(email?.body ?? '').matchAll(/^\d: (\S+)$/gm)].map(
    m => m[1]
  );
  return {ws, links};
}

import {ExecutionRecord} from '../../sandbox/core/execution';
import {DEFAULT_LATENCY, isRoundTrip} from '../../sandbox/core/latency';
import {PROJECTOR_DOWN} from '../../sandbox/simulation/requests';
import {Workspace, WorkspaceOptions} from '../../sandbox/workspace/workspace';
import {EXAMPLE_SCHOOL_DOMAINS} from '../../sandbox/simulation/example-accounts';

/** Monday 2026-11-23 is an A day in the example school (A/B from Monday 2026-08-17). */
export function chicago(local: string): Date {
  // November in Chicago is CST, UTC-6.
  return new Date(`${local.replace(' ', 'T')}:00-06:00`);
}

export function completed(
  execution: ExecutionRecord | undefined
): ExecutionRecord {
  if (!execution) throw new Error('Nothing ran.');
  const record = execution;
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

/**
 * A spreadsheet with Peer Desk set up and the example school loaded, as a coordinator leaves it.
 * By default the school's Workspace holds every example account, so the desk sees its editors.
 */
export function exampleDesk(
  start = chicago('2026-11-23 07:30'),
  options: WorkspaceOptions = {}
): Workspace {
  const ws = new Workspace({
    start,
    domains: EXAMPLE_SCHOOL_DOMAINS,
    ...options,
  }).loadBundle();
  completed(ws.run('setupDesk'));
  completed(ws.run('loadExampleSchool'));
  return ws;
}

/** The example desk with every service call taking no modelled time: submissions can share a moment. */
export function instantDesk(): Workspace {
  return exampleDesk(undefined, {
    latency: {
      perCall: Object.fromEntries(
        Object.keys(DEFAULT_LATENCY.perCall).map(name => [name, 0])
      ),
      defaultMs: 0,
      readCellMs: 0,
      writeCellMs: 0,
      fetchKiBMs: 0,
      cpuFactor: 0,
    },
  });
}

export const TEACHER = 'r.garcia@school.example';

const LIAM = 'liam.obrien@students.example.org';

export {PROJECTOR_DOWN};

export function sheetsRoundTrips(record: ExecutionRecord): number {
  return Object.entries(record.calls)
    .filter(([name]) => name.startsWith('SpreadsheetApp') && isRoundTrip(name))
    .reduce((sum, [, count]) => sum + count, 0);
}

/** The desk's Chat space as the tests name it. */
export const SPACE = 'Tech Desk';

/** The coordinator connects a new Chat space through the menu; returns its webhook URL. */
export function connectChat(ws: Workspace, space = SPACE): string {
  const url = ws.services.chat.createSpace(space);
  allCompleted(ws.open());
  ws.services.spreadsheets.ui.queuePromptAnswer(url);
  completed(ws.clickMenu('Peer Desk', 'Connect Google Chat'));
  return url;
}

/** The coordinator sets a tech's Emails cell on the Techs tab (Every event, Daily, None). */
export function chooseEmails(
  ws: Workspace,
  tech: string,
  choice: string
): void {
  const [headers, ...rows] = ws.values('Techs');
  const row = rows.findIndex(r => r[headers.indexOf('Email')] === tech) + 2;
  const cell = ws
    .sheet('Techs')
    .getRange(row, headers.indexOf('Emails') + 1)
    .getA1Notation();
  allCompleted(ws.edit('Techs', cell, choice));
}

/** The coordinator types a value into Config's row for `key`. */
export function setConfig(ws: Workspace, key: string, value: string): void {
  const row = ws.table('Config').findIndex(r => r.Key === key);
  if (row < 0) throw new Error(`no Config ${key}`);
  allCompleted(ws.edit('Config', `B${row + 2}`, value));
}

export function tickets(ws: Workspace): Record<string, unknown>[] {
  return ws.table('Tickets');
}

/** The Tickets row with this ID, wherever people have sorted it. */
export function ticket(ws: Workspace, id: string): Record<string, unknown> {
  const found = tickets(ws).find(t => t['Ticket ID'] === id);
  if (!found) throw new Error(`no ${id}`);
  return found;
}

/** The subjects of the emails sent to an address, oldest first. */
export function subjectsTo(ws: Workspace, to: string): string[] {
  return ws.outbox.filter(m => m.to.includes(to)).map(m => m.subject);
}

export function activity(ws: Workspace): string[] {
  return ws
    .table('Activity')
    .map(
      r =>
        `${r['Ticket ID']} ${r.Field}: ${r['Old Value']} → ${r['New Value']} (${r.Who})`
    );
}

/**
 * A ticket's Activity lines once the next sweep has written what edits owe (a status edit leaves
 * its lines owed in the row).
 */
export function activityAfterSweep(ws: Workspace, id = 'T-000001'): string[] {
  allCompleted(ws.advance(5 * 60_000));
  return activity(ws).filter(line => line.startsWith(`${id} `));
}

/** Due times count from Created, which the script stamped a few milliseconds into its run. */
export function expectAbout(value: unknown, expected: Date): void {
  expect(value).toBeInstanceOf(Date);
  expect(Math.abs((value as Date).getTime() - expected.getTime())).toBeLessThan(
    1000
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

/** The A1 cell of a Tickets column found by its header, on `row` (the first ticket by default). */
export function ticketCell(ws: Workspace, header: string, row = 2): string {
  const column = ws.values('Tickets')[0].indexOf(header) + 1;
  if (column === 0) throw new Error(`Tickets has no "${header}" column`);
  return ws.sheet('Tickets').getRange(row, column).getA1Notation();
}

/** The A1 address of a ticket's cell, found by its Ticket ID and the column's header (rows move when people sort). */
export function cellOf(ws: Workspace, id: string, field: string): string {
  const [headers, ...rows] = ws.values('Tickets');
  const row = rows.findIndex(r => r[headers.indexOf('Ticket ID')] === id);
  const column = headers.indexOf(field);
  if (row < 0 || column < 0) throw new Error(`no ${field} of ${id}`);
  return ws
    .sheet('Tickets')
    .getRange(row + 2, column + 1)
    .getA1Notation();
}

/** Someone types one field of a ticket; every run completes. */
export function editTicket(
  ws: Workspace,
  id: string,
  field: string,
  value: string,
  as: string
): void {
  allCompleted(ws.edit('Tickets', cellOf(ws, id, field), value, {as}));
}

/** The teacher reports the dead projector at North 214 (local time in Chicago); every run completes. */
export function reportProjectorDown(
  ws: Workspace,
  local = '2026-11-23 09:10'
): void {
  allCompleted(
    ws.submitForm(PROJECTOR_DOWN, {as: TEACHER, at: chicago(local)})
  );
}

/**
 * Two tickets at North on an A day, period 2: T-000001 (projector, Liam) and T-000002 (Chromebook,
 * Ava, from a Spanish-speaking teacher).
 */
export function deskWithTwoTickets(): Workspace {
  const ws = exampleDesk();
  reportProjectorDown(ws);
  allCompleted(
    ws.submitForm(
      {
        ...PROJECTOR_DOWN,
        Room: '118',
        Category: 'Chromebook',
        'Short summary': 'Chromebook will not charge',
        'Preferred language / Idioma preferido': 'Español (Spanish)',
      },
      {as: 'm.lopez@school.example', at: chicago('2026-11-23 09:12')}
    )
  );
  return ws;
}

/** T-000001 resolved by Liam; returns the five rating links from the resolution email. */
export function resolvedTicket(
  language = 'English',
  options: WorkspaceOptions = {}
): {
  ws: Workspace;
  links: string[];
} {
  const ws = exampleDesk(undefined, options);
  allCompleted(
    ws.submitForm(
      {...PROJECTOR_DOWN, 'Preferred language / Idioma preferido': language},
      {as: TEACHER, at: chicago('2026-11-23 09:10')}
    )
  );
  allCompleted(
    ws.edit(
      'Tickets',
      ticketCell(ws, 'Resolution'),
      'Reseated the HDMI cable',
      {
        as: LIAM,
      }
    )
  );
  allCompleted(
    ws.edit('Tickets', ticketCell(ws, 'Status'), 'Resolved', {as: LIAM})
  );
  const email = ws.outbox.find(m => m.body.includes('&r=1&'));
  const links = [
    ...(email?.body ?? '').matchAll(/^[1-5][^:\n]*: (https?:\/\/\S+)$/gm),
  ].map(m => m[1]);
  return {ws, links};
}

import {ExecutionRecord} from '../sandbox/core/execution';
import {PROJECTOR_DOWN} from '../sandbox/simulation/requests';
import {Workspace} from '../sandbox/workspace/workspace';
import {EXAMPLE_SCHOOL_DOMAINS} from '../sandbox/simulation/example-accounts';

/** Monday of an A week at North Campus, during period 2 of the example school. */
export const MONDAY_0915 = new Date('2026-11-23T15:15:00Z');
export const TEACHER = 'bench.teacher@school.example';
/** The sweep's index of live rows (a Script Property); without it the sweep reads every row. */
export const LIVE_ROWS = 'peerDesk.sweep.liveRows';
/** The day the daily emails last went (src/workspace/services/properties.ts). */
export const DAILY_EMAIL_DAY = 'peerDesk.dailyEmail.lastDate';

/** `minutes` after Monday 09:15: the moments the bench's runs happen at. */
export function mondayAt(minutes: number): Date {
  return new Date(MONDAY_0915.getTime() + minutes * 60_000);
}

/**
 * The harness puts the clock at `when` without firing the triggers in between, so a measured run
 * starts at a moment the bench fixes rather than where the runs before it left the clock: their
 * measured CPU time moves it, and what a run does (an open ticket's class time lost changes each
 * minute) would then depend on how busy this machine was.
 */
export function startAt(ws: Workspace, when: Date): void {
  ws.clock.set(when);
}

function expectCompleted(records: ExecutionRecord[]): void {
  const failed = records.find(r => r.outcome !== 'completed');
  if (failed) {
    throw new Error(
      `${failed.functionName} ${failed.outcome}: ${failed.error}`
    );
  }
}

/** Sets a desk up with the example school, as a coordinator would, on the bundle in dist/. */
export function exampleDesk(): Workspace {
  const ws = new Workspace({
    start: new Date(MONDAY_0915.getTime() - 3600_000),
    domains: EXAMPLE_SCHOOL_DOMAINS,
  }).loadBundle();
  expectCompleted([ws.run('setupDesk'), ws.run('loadExampleSchool')]);
  return ws;
}

/**
 * A desk on Monday morning of the example school whose ledger holds `rows` tickets cloned from one
 * real submission; `prepare` runs before that first submission (e.g. to connect Chat).
 */
export function deskWithLedger(
  rows: number,
  prepare: (ws: Workspace) => void = () => {}
): Workspace {
  const ws = exampleDesk();
  ws.advanceTo(MONDAY_0915);
  prepare(ws);
  submit(ws);
  fillLedger(ws, rows);
  return ws;
}

export function submit(
  ws: Workspace,
  answers: Record<string, string> = PROJECTOR_DOWN
): ExecutionRecord[] {
  const records = ws.submitForm(answers, {as: TEACHER});
  expectCompleted(records);
  return records;
}

/**
 * Grows the ledger to `rows` tickets by cloning the shape of one real ticket the bundle wrote
 * (host writes, not counted): distinct IDs and response keys, one in ten still open.
 */
export function fillLedger(ws: Workspace, rows: number): void {
  const sheet = ws.sheet('Tickets');
  const [header, template] = ws.values('Tickets');
  const col = (name: string) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`Tickets has no "${name}" column.`);
    return i;
  };
  const [id, status, key, created, tracked] = [
    'Ticket ID',
    'Status',
    'Response Key',
    'Created',
    'Tracked',
  ].map(col);
  const firstCreated = (template[created] as Date).getTime() - rows * 60_000;
  const existing = sheet.getLastRow() - 1;
  const added: unknown[][] = [];
  for (let n = existing + 1; n <= rows; n++) {
    const row = [...template];
    const open = n % 10 === 0;
    row[id] = `T-${String(n).padStart(6, '0')}`;
    row[status] = open ? template[status] : 'Closed';
    row[key] = `bench-${n}`;
    row[created] = new Date(firstCreated + n * 60_000);
    row[tracked] = JSON.stringify({
      ...JSON.parse(String(template[tracked])),
      Status: row[status],
    });
    added.push(row);
  }
  if (added.length === 0) return;
  const needed = existing + 1 + added.length - sheet.getMaxRows();
  if (needed > 0) sheet.insertRowsAfter(sheet.getMaxRows(), needed);
  sheet.getRange(existing + 2, 1, added.length, header.length).setValues(added);
}

/** The coordinator connects the desk's Chat space through the menu. */
export function connectChat(ws: Workspace): void {
  const url = ws.services.chat.createSpace('Tech Desk');
  ws.open();
  ws.services.spreadsheets.ui.queuePromptAnswer(url);
  expectCompleted([ws.clickMenu('Peer Desk', 'Connect Google Chat')]);
}

/**
 * Host writes (not counted) leaving every open ticket as a sweep that kept up would: responded,
 * every rung fired, escalated to Level 2.
 */
export function markCaughtUp(ws: Workspace): void {
  const sheet = ws.sheet('Tickets');
  const [header, ...rows] = ws.values('Tickets');
  const col = (name: string) => header.indexOf(name);
  const updated = rows.map(row => {
    if (['Closed', 'Resolved'].includes(String(row[col('Status')]))) return row;
    const copy = [...row];
    copy[col('Status')] = 'Escalated';
    copy[col('First Response')] = row[col('Created')];
    copy[col('SLA Steps')] = 'nudge, mentor-nudge, warning, breach';
    copy[col('Escalation Reason')] = 'Resolution target passed.';
    copy[col('Tracked')] = JSON.stringify({
      ...JSON.parse(String(row[col('Tracked')])),
      Status: 'Escalated',
    });
    return copy;
  });
  sheet.getRange(2, 1, updated.length, header.length).setValues(updated);
}

/**
 * Host writes (not counted) giving every closed ticket a history, so the metrics have work to do:
 * answered after 10 minutes, resolved after 40 by a student, rated 1–5 in turn.
 */
export function markResolved(ws: Workspace): void {
  const sheet = ws.sheet('Tickets');
  const [header, ...rows] = ws.values('Tickets');
  const col = (name: string) => header.indexOf(name);
  const updated = rows.map((row, i) => {
    if (row[col('Status')] !== 'Closed') return row;
    const created = (row[col('Created')] as Date).getTime();
    const copy = [...row];
    copy[col('First Response')] = new Date(created + 10 * 60_000);
    copy[col('Resolved At')] = new Date(created + 40 * 60_000);
    copy[col('Resolved By')] = row[col('Assignee')];
    copy[col('Resolver Role')] = 'Student';
    copy[col('Rating')] = (i % 5) + 1;
    return copy;
  });
  sheet.getRange(2, 1, updated.length, header.length).setValues(updated);
}

/**
 * A desk whose ledger holds `closed` tickets closed weeks ago and `open` ones (host writes, not
 * counted): all but `stragglers` of the open ones are the newest rows, the stragglers sit at even
 * intervals among the closed ones, as a ticket waiting weeks for a part does.
 */
export function deskWithClosed(
  closed: number,
  open: number,
  stragglers: number
): Workspace {
  const ws = exampleDesk();
  ws.advanceTo(MONDAY_0915);
  connectChat(ws);
  submit(ws);
  // Settled first, so the clones owe nothing.
  expectCompleted([ws.run('sweep')]);
  const sheet = ws.sheet('Tickets');
  const [header, template] = ws.values('Tickets');
  const col = (name: string) => header.indexOf(name);
  const total = closed + open;
  const straggling = new Set(
    Array.from({length: stragglers}, (_, i) =>
      Math.floor(((i + 0.5) * closed) / stragglers)
    )
  );
  // A minute apart, the last of them six weeks ago: closed weeks, whatever their number.
  const firstCreated =
    MONDAY_0915.getTime() - 42 * 24 * 3600_000 - total * 60_000;
  const rows: unknown[][] = [];
  for (let n = 1; n < total; n++) {
    const row = [...template];
    const isOpen = n >= total - (open - stragglers) || straggling.has(n);
    row[col('Ticket ID')] = `T-${String(n + 1).padStart(6, '0')}`;
    row[col('Response Key')] = `bench-${n}`;
    row[col('Created')] = new Date(
      isOpen && !straggling.has(n)
        ? MONDAY_0915.getTime() - (total - n) * 60_000
        : firstCreated + n * 60_000
    );
    row[col('Status')] = isOpen ? template[col('Status')] : 'Closed';
    row[col('Tracked')] = JSON.stringify({
      ...JSON.parse(String(template[col('Tracked')])),
      Status: row[col('Status')],
    });
    rows.push(row);
  }
  const needed = 1 + total - sheet.getMaxRows();
  if (needed > 0) sheet.insertRowsAfter(sheet.getMaxRows(), needed);
  sheet.getRange(3, 1, rows.length, header.length).setValues(rows);
  markCaughtUp(ws);
  return ws;
}

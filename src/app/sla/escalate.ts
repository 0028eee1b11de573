// The SLA pass: due times, escalation ladder and notices per ticket, plus the daily open summary.
import {ActivityEntry} from '../../domain/tickets/activity';
import {textPost} from '../../domain/notifications/chat-card';
import {
  dueRungs,
  formatRungs,
  parseRungs,
  RUNG,
  Rung,
  slaClock,
} from '../../domain/sla/escalation';
import {escalationNotices} from '../../domain/sla/escalation-notices';
import {isLocalDate, minutesOfDay} from '../../domain/school-time/local-time';
import {factsOf, rowLanguage} from '../../domain/ticket-flow/ticket-facts';
import {isPractice} from '../../domain/credentials/practice';
import {isPracticeId} from '../../domain/tickets/ticket-id';
import {
  chatNotification,
  Notification,
  oweKey,
  SLA_KIND,
} from '../../domain/notifications/notification';
import {owedOf, trackedCell} from '../../domain/tickets/desk-record';
import {assigneeEmail} from '../../domain/people/techs';
import {Reference, senderOf} from '../../domain/settings/reference';
import {
  SchoolCalendar,
  schoolDaysElapsed,
  schoolWindow,
} from '../../domain/school-time/school-time';
import {parsePauses} from '../../domain/sla/sla-pauses';
import {SWEEP_FIELDS, TicketField} from '../../domain/tickets/tabs';
import {
  CellValue,
  cellMs,
  cellText,
  parseTracked,
  sameCell,
  TicketRow,
  trackedValuesOf,
} from '../../domain/tickets/ticket-row';
import {isOpen, STATUS} from '../../domain/tickets/workflow';
import {
  PROPERTY,
  scriptProperty,
  setScriptProperty,
} from '../../workspace/services/properties';
import {ScriptNow} from '../../workspace/services/script-clock';
import {LedgerRow, TicketLedger} from '../../workspace/ledger/ticket-ledger';
import {OutboxBatch} from '../../workspace/ledger/outbox';
import {NoticeRecorder} from '../notifications/notify';
import {utcOffsetReader} from '../../workspace/services/zone';
import {awayAt} from '../../domain/people/leave';
import {webAppUrl} from '../../workspace/services/signing';
import {knowledgeBaseLink} from '../../domain/knowledge/fixed-link';
import {ENGLISH} from '../../domain/languages/language';

/** At most this many tickets change status in one sweep (each costs a row write); the rest wait for the next. */
const MAX_STATUS_CHANGES = 25;
/** Who the Activity names for the sweep's own changes. */
export const SWEEPER = 'Peer Desk sweep';

export function schoolCalendar(
  reference: Reference,
  timeZone: string
): SchoolCalendar {
  return {
    config: reference.config,
    periods: reference.periods,
    noSchoolDays: reference.sla.noSchoolDays,
    utcOffsetMinutes: utcOffsetReader(timeZone),
  };
}

export function rowUrl(sheetUrl: string, gid: number, row: number): string {
  return `${sheetUrl}#gid=${gid}&range=A${row}`;
}

function dueCell(ms: number | undefined): CellValue {
  return ms === undefined ? '' : new Date(ms);
}

/**
 * The fields a sweep's status change sets besides the sweep's own columns: everything else on the
 * row stays as people left it.
 */
const SWEEP_OWNED_FIELDS = [
  'Status',
  'Updated',
  'Closed At',
] as const satisfies readonly TicketField[];

export interface SlaPassResult {
  readonly activity: readonly ActivityEntry[];
  /** The rungs each ticket's SLA Steps hold after the pass: a rung's notices are owed once it is there. */
  readonly rungs: ReadonlyMap<string, ReadonlySet<Rung>>;
}

/**
 * The sweep's own columns of rows first..last, one call per stretch of rows that sit next to each
 * other on the sheet (the rows read may be scattered: the live rows of a sweep) and, should a
 * person have moved those columns apart, one call per column.
 */
function writeSweepCells(
  ledger: TicketLedger,
  rows: readonly LedgerRow[],
  sweepCells: readonly CellValue[][],
  first: number,
  last: number
): void {
  const columns = SWEEP_FIELDS.map(field => ledger.column(field));
  const sideBySide = columns.every((column, k) => column === columns[0] + k);
  const write = (from: number, to: number) => {
    const values = sweepCells.slice(from, to + 1);
    const rowNumber = rows[from].rowNumber;
    if (sideBySide) {
      ledger.sheet
        .getRange(rowNumber, columns[0], values.length, columns.length)
        .setValues(values);
      return;
    }
    columns.forEach((column, k) =>
      ledger.sheet
        .getRange(rowNumber, column, values.length, 1)
        .setValues(values.map(cells => [cells[k]]))
    );
  };
  let from = first;
  for (let i = first + 1; i <= last; i++)
    if (rows[i].rowNumber !== rows[i - 1].rowNumber + 1) {
      write(from, i - 1);
      from = i;
    }
  write(from, last);
}

/**
 * The SLA ladder over every ticket, from the sweep's read of the ledger: due times refreshed, each
 * rung fired once (remembered in SLA Steps), breached tickets escalated, quiet resolved tickets
 * closed. A rung's notices are recorded before SLA Steps says it fired, under a key (ticket, rung)
 * the sweep can record only once. The sweep columns are written in one call; each status change
 * is one row write, which also carries a breach's rung and owes its Activity line.
 */
export function runSlaPass(
  ledger: TicketLedger,
  rows: readonly LedgerRow[],
  reference: Reference,
  clock: ScriptNow,
  sheetUrl: string,
  recorder: NoticeRecorder
): SlaPassResult {
  const rungs = new Map<string, ReadonlySet<Rung>>();
  if (rows.length === 0) return {activity: [], rungs};
  const nowMs = clock.now.getTime();
  const calendar = schoolCalendar(reference, clock.timeZone);
  const {sla, techs} = reference;
  const gid = ledger.sheet.getSheetId();
  const batches: OutboxBatch[] = [];
  const activity: ActivityEntry[] = [];
  const away = awayAt(reference.leave, clock.local);
  let webApp: string | undefined | null = null;
  const knowledgeBaseSearch = (summary: string) => {
    if (webApp === null) webApp = webAppUrl();
    return webApp && knowledgeBaseLink(webApp, ENGLISH, summary);
  };
  const statusWrites: {
    row: LedgerRow;
    ticket: TicketRow;
    entry: ActivityEntry;
    cells: CellValue[];
    fired: ReadonlySet<Rung>;
  }[] = [];
  const sweepCells = rows.map(r => SWEEP_FIELDS.map(f => r.ticket[f]));
  let first = -1;
  let last = -1;

  rows.forEach((row, i) => {
    const ticket = {...row.ticket};
    const id = cellText(ticket['Ticket ID']);
    const status = cellText(ticket.Status);
    const createdMs = cellMs(ticket.Created);
    const read = parseRungs(cellText(ticket['SLA Steps']));
    if (id !== '') rungs.set(id, read);
    // Practice has no SLA: no due times, no ladder, never escalated.
    if (id === '' || createdMs === undefined || isPractice(ticket)) return;
    const statusChange = (to: string, cells: CellValue[], fired: Set<Rung>) => {
      statusWrites.push({
        row,
        ticket,
        cells,
        fired,
        entry: {
          when: clock.now,
          ticketId: id,
          field: 'Status',
          oldValue: status,
          newValue: to,
          who: SWEEPER,
        },
      });
    };
    if (status === STATUS.resolved) {
      const quietSince = Math.max(
        cellMs(ticket['Resolved At']) ?? 0,
        cellMs(ticket.Updated) ?? 0
      );
      if (
        statusWrites.length < MAX_STATUS_CHANGES &&
        schoolDaysElapsed(calendar, quietSince, nowMs) >=
          sla.closeAfterSchoolDays
      ) {
        ticket.Status = STATUS.closed;
        ticket['Closed At'] = clock.now;
        statusChange(STATUS.closed, sweepCells[i], read);
      }
      return;
    }
    if (!isOpen(status)) return;
    const slaTicket = {
      status,
      assignee: assigneeEmail(techs, cellText(ticket.Assignee)),
      priority: cellText(ticket.Priority),
      createdMs,
      responded: cellText(ticket['First Response']) !== '',
      pauses: parsePauses(cellText(ticket['SLA Pauses'])),
    };
    const timing = slaClock(slaTicket, sla, calendar, nowMs);
    const fired = new Set(read);
    const due = dueRungs(slaTicket, timing, fired, sla);
    let reason = cellText(ticket['Escalation Reason']);
    const breach = due.includes(RUNG.breach);
    if (!breach || statusWrites.length < MAX_STATUS_CHANGES) {
      for (const rung of due) {
        batches.push({
          id: oweKey(id, SLA_KIND, rung),
          notifications: escalationNotices(rung, {
            sender: senderOf(reference),
            language: rowLanguage(ticket, reference),
            techs,
            ticket: factsOf(ticket),
            assignee: slaTicket.assignee,
            resolution: cellText(ticket.Resolution),
            activity: [],
            elapsed: timing.elapsed,
            target: timing.target,
            ageMs: nowMs - createdMs,
            rowUrl: rowUrl(sheetUrl, gid, row.rowNumber),
            away,
            coordinator: reference.config.coordinatorEmail,
            knowledgeBaseUrl: knowledgeBaseSearch(cellText(ticket.Summary)),
          }),
        });
        fired.add(rung);
      }
      if (breach) {
        reason = `Resolution target of ${timing.target.resolution} school minutes (${slaTicket.priority}) passed.`;
        ticket.Status = STATUS.escalated;
        ticket.Updated = clock.now;
        ticket['Escalation Reason'] = reason;
      }
    }
    const swept: Record<(typeof SWEEP_FIELDS)[number], CellValue> = {
      'Response Due': slaTicket.responded
        ? ticket['Response Due']
        : dueCell(timing.responseDueMs),
      'Resolve Due': dueCell(timing.resolveDueMs),
      'SLA Steps': formatRungs(fired),
      'Escalation Reason': reason,
    };
    const cells = SWEEP_FIELDS.map(field => swept[field]);
    // A breach's rung is written with its status change, so a kill between cannot leave it fired
    // and the ticket never escalated.
    if (ticket.Status === STATUS.escalated && status !== STATUS.escalated) {
      statusChange(STATUS.escalated, cells, fired);
      return;
    }
    rungs.set(id, fired);
    if (cells.some((cell, c) => !sameCell(cell, sweepCells[i][c]))) {
      sweepCells[i] = cells;
      if (first < 0) first = i;
      last = i;
    }
  });

  recorder.hold(batches);
  if (first >= 0) writeSweepCells(ledger, rows, sweepCells, first, last);
  for (const {row, ticket, entry, cells, fired} of statusWrites) {
    // Re-read the row just before writing it, so what a person typed meanwhile is kept; if they
    // moved the ticket or changed its status, leave it to the next sweep.
    const [fresh] = ledger.readRows(row.rowNumber, 1);
    const id = cellText(ticket['Ticket ID']);
    if (
      cellText(fresh.ticket['Ticket ID']) !== id ||
      cellText(fresh.ticket.Status) !== cellText(row.ticket.Status)
    )
      continue;
    const merged: TicketRow = {...fresh.ticket};
    for (const field of SWEEP_OWNED_FIELDS) merged[field] = ticket[field];
    SWEEP_FIELDS.forEach((field, c) => (merged[field] = cells[c]));
    // Only the status change is the desk's own: an edit typed meanwhile stays for its trigger to check.
    const owed = owedOf(fresh.ticket.Tracked);
    merged.Tracked = trackedCell(
      {
        ...(parseTracked(cellText(fresh.ticket.Tracked)) ??
          trackedValuesOf(row.ticket)),
        Status: cellText(merged.Status),
      },
      {...owed, activity: [...owed.activity, entry]}
    );
    ledger.writeChanges(fresh, ledger.cellsOf(merged, fresh.cells));
    rungs.set(id, fired);
    activity.push(entry);
  }
  return {activity, rungs};
}

/**
 * The open-ticket summary for the desk's space, once per school day after the configured time.
 * Returns undefined before that time, on days without school, or when today's was recorded
 * (`summaryRecorded`, once it is in the Outbox).
 */
export function dailySummary(
  ledger: readonly {id: string; status: string; assignee: string}[],
  reference: Reference,
  clock: ScriptNow
): Notification | undefined {
  const today = clock.local.date;
  const calendar = schoolCalendar(reference, clock.timeZone);
  if (!isLocalDate(today) || !schoolWindow(calendar, today)) return undefined;
  if ((minutesOfDay(clock.local.time) ?? 0) < reference.sla.dailySummaryAt)
    return undefined;
  if (scriptProperty(PROPERTY.summaryDate) === today) return undefined;
  const open = ledger.filter(e => isOpen(e.status) && !isPracticeId(e.id));
  const count = (status: string) =>
    open.filter(e => e.status === status).length;
  const text = [
    `*${reference.config.deskName}: open tickets on ${today}*`,
    `Open: ${open.length}`,
    `Waiting for a tech: ${open.filter(e => e.assignee === '').length}`,
    `In progress: ${count(STATUS.inProgress)} · Waiting on requester: ${count(STATUS.waiting)} · Escalated: ${count(STATUS.escalated)}`,
  ].join('\n');
  return chatNotification(
    'desk',
    `summary ${today}`,
    textPost(`summary-${today}`, text)
  );
}

export function summaryRecorded(today: string): void {
  setScriptProperty(PROPERTY.summaryDate, today);
}

/** The Level 2 notice when a tech sets Escalated by hand: details, notes and Activity. */
export function handEscalationNotices(
  ticket: TicketRow,
  editor: string,
  activity: readonly string[],
  reference: Reference,
  now: ScriptNow,
  url: string
): Notification[] {
  const nowMs = now.now.getTime();
  const createdMs = cellMs(ticket.Created) ?? nowMs;
  return escalationNotices(
    'escalatedByHand',
    {
      sender: senderOf(reference),
      language: rowLanguage(ticket, reference),
      techs: reference.techs,
      ticket: factsOf(ticket),
      assignee: assigneeEmail(reference.techs, cellText(ticket.Assignee)),
      resolution: cellText(ticket.Resolution),
      activity,
      elapsed: 0,
      target: reference.sla.targets.P4,
      ageMs: nowMs - createdMs,
      rowUrl: url,
      away: awayAt(reference.leave, now.local),
      coordinator: reference.config.coordinatorEmail,
    },
    editor
  );
}

// The 5-minute sweep: missed responses, waiting tickets, the reconciler, the SLA ladder, the Outbox.
import {LedgerEntry} from '../../domain/tickets/ledger';
import {
  answersFrom,
  isBlankResponse,
  responseKey,
  withStoredMoment,
} from '../../domain/tickets/intake-form';
import {
  emailNotification,
  keyParts,
  oweKey,
  SLA_KIND,
} from '../../domain/notifications/notification';
import {owedOf, owing} from '../../domain/tickets/desk-record';
import {Rung} from '../../domain/sla/escalation';
import {assignQueuedTicket, NewTicket} from '../../domain/tickets/new-ticket';
import {CellValue, cellText} from '../../domain/tickets/ticket-row';
import {STATUS} from '../../domain/tickets/workflow';
import {appendActivity} from '../../workspace/ledger/activity-log';
import {withScriptLock} from '../../workspace/services/lock';
import {PROPERTY, scriptProperty} from '../../workspace/services/properties';
import {ScriptNow, scriptNow} from '../../workspace/services/script-clock';
import {activeSpreadsheet} from '../../workspace/sheets/spreadsheet';
import {dailySummary, runSlaPass, summaryRecorded} from '../sla/escalate';
import {createTicket} from './intake';
import {deliverOutbox, SweepOutbox} from '../notifications/notify';
import {reconcile} from './reconcile';
import {OpenLedger, openLedger} from './open-ledger';
import {loadSnapshot, referenceOf} from '../setup/snapshot';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const DEFAULT_RESPONSE_SHEET = 'Form Responses 1';
/** Deliveries per sweep, so a backlog cannot push one execution past its 6 minutes. */
const MAX_DELIVERIES_PER_SWEEP = 40;

/** Responses whose submit trigger never ran get their ticket now. Returns how many. */
function pickUpMissedResponses(
  ss: Spreadsheet,
  known: Set<string>,
  outbox: SweepOutbox
): number {
  const name = scriptProperty(PROPERTY.responseSheet) ?? DEFAULT_RESPONSE_SHEET;
  const sheet = ss.getSheetByName(name);
  if (!sheet || sheet.getLastRow() < 2) return 0;
  const range = sheet.getDataRange();
  const [headers, ...rows] = range.getDisplayValues();
  // Keys use the stored moment, as intake does, whatever format the Timestamp column shows.
  const stamps = range
    .getValues()
    .slice(1)
    .map(row => row[0]);
  let created = 0;
  for (const [r, row] of rows.entries()) {
    const named = Object.fromEntries(
      headers.map((h, i) => [h, [row[i] ?? '']])
    );
    const answers = withStoredMoment(answersFrom(named), stamps[r]);
    if (isBlankResponse(answers) || known.has(responseKey(answers))) continue;
    if (createTicket(ss, answers, outbox)) created++;
    known.add(responseKey(answers));
  }
  return created;
}

/**
 * Tickets waiting unassigned go to whoever is on duty now: each row re-read, their emails
 * recorded in one call, then each row written saying what it owes, then their Activity lines.
 */
function assignWaitingTickets(
  ss: Spreadsheet,
  {ledger, block, snapshot}: OpenLedger,
  clock: ScriptNow,
  outbox: SweepOutbox
): void {
  const reference = referenceOf(snapshot);
  const entries: LedgerEntry[] = block.entries.slice();
  const assignments: {
    rowNumber: number;
    cells: readonly CellValue[];
    ticket: NewTicket;
    key: string;
  }[] = [];
  entries.forEach((entry, i) => {
    if (entry.status !== STATUS.new || entry.assignee !== '') return;
    const [current] = ledger.readRows(block.rowNumbers[i], 1);
    if (cellText(current.ticket['Ticket ID']) !== entry.id) return;
    const assigned = assignQueuedTicket(current.ticket, {
      reference,
      ledger: entries,
      now: clock.now,
      local: clock.local,
      sheetUrl: snapshot.sheetUrl,
    });
    if (!assigned) return;
    entries[i] = {
      ...entry,
      status: cellText(assigned.row.Status),
      assignee: cellText(assigned.row.Assignee),
    };
    assignments.push({
      rowNumber: current.rowNumber,
      cells: current.cells,
      ticket: {
        ...assigned,
        row: {...assigned.row, Tracked: current.ticket.Tracked},
      },
      key: oweKey(entry.id, 'assigned', String(clock.now.getTime())),
    });
  });
  if (assignments.length === 0) return;
  const held = new Set(
    outbox.hold(
      assignments.map(a => ({
        id: a.key,
        notifications: a.ticket.messages.map(m =>
          emailNotification(cellText(a.ticket.row['Ticket ID']), 'assigned', m)
        ),
      }))
    )
  );
  for (const {rowNumber, cells, ticket, key} of assignments) {
    const row = owing(
      ticket.row,
      owedOf(ticket.row.Tracked),
      [ticket.activity],
      held.has(key) ? [key] : []
    );
    ledger.writeRows(rowNumber, [ledger.cellsOf(row, cells)]);
  }
  appendActivity(
    ss,
    assignments.map(a => a.ticket.activity)
  );
}

/**
 * The time-driven sweep (every 5 minutes), the desk's reconciler: picks up form responses that
 * have no ticket, assigns waiting tickets when someone comes on duty, finishes what killed
 * executions left undone on each ticket, climbs the SLA ladder, posts the daily summary — all
 * under the script lock — then delivers, retries or cancels what is in the Outbox.
 */
export function sweep(): void {
  const ss = activeSpreadsheet();
  const {outbox, committed, maxAttempts} = withScriptLock(() => {
    const clock = scriptNow();
    const opened = openLedger(
      ss,
      loadSnapshot(ss, clock.timeZone),
      clock.timeZone
    );
    const outbox = new SweepOutbox(ss);
    const known = new Set(opened.block.entries.map(entry => entry.responseKey));
    // Only when tickets were just appended is the ledger read again.
    const current =
      pickUpMissedResponses(ss, known, outbox) > 0
        ? openLedger(ss, opened.snapshot, clock.timeZone)
        : opened;
    assignWaitingTickets(ss, current, clock, outbox);
    const {ledger, block, snapshot} = current;
    const read = block.lastRow < 2 ? [] : ledger.readRows(2, block.lastRow - 1);
    const reconciled = reconcile(ss, ledger, read, {snapshot, clock}, outbox);
    const reference = referenceOf(snapshot);
    const sla = runSlaPass(
      ledger,
      reconciled.rows,
      reference,
      clock,
      snapshot.sheetUrl,
      outbox
    );
    appendActivity(ss, sla.activity);
    const summary = dailySummary(block.entries, reference, clock);
    if (summary) {
      outbox.queue([
        {
          id: oweKey('desk', 'summary', clock.local.date),
          notifications: [summary],
        },
      ]);
      summaryRecorded(clock.local.date);
    }
    const committed = (key: string): boolean => {
      const {ticketId, kind, version} = keyParts(key);
      if (kind === SLA_KIND)
        return sla.rungs.get(ticketId)?.has(version as Rung) ?? false;
      return reconciled.owedKeys.has(key);
    };
    return {outbox, committed, maxAttempts: reference.sla.maxAttempts};
  });
  deliverOutbox(
    ss,
    outbox.window(),
    committed,
    maxAttempts,
    MAX_DELIVERIES_PER_SWEEP
  );
}

// The 5-minute sweep: missed form responses, assigns waiting tickets, SLA ladder, Outbox retries.
import {LedgerEntry} from '../../domain/tickets/ledger';
import {
  answersFrom,
  isBlankResponse,
  RESPONSE_COLUMN,
  responseKey,
  withStoredMoment,
} from '../../domain/tickets/intake-form';
import {
  emailNotification,
  Notification,
} from '../../domain/notifications/notification';
import {assignQueuedTicket} from '../../domain/tickets/new-ticket';
import {cellText} from '../../domain/tickets/ticket-row';
import {STATUS} from '../../domain/tickets/workflow';
import {appendActivity} from '../../workspace/ledger/activity-log';
import {withScriptLock} from '../../workspace/services/lock';
import {responseSheet} from '../../workspace/services/response-sheet';
import {ScriptNow, scriptNow} from '../../workspace/services/script-clock';
import {activeSpreadsheet} from '../../workspace/sheets/spreadsheet';
import {dailySummary, runSlaPass} from '../sla/escalate';
import {createTicket} from './intake';
import {deliverOutbox, recordForSweep} from '../notifications/notify';
import {OpenLedger, openLedger} from './open-ledger';
import {loadSnapshot, referenceOf} from '../setup/snapshot';
import {HANDLER} from '../setup/handlers';
import {ownerMayAct, runsAsOwner} from '../setup/owner';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Deliveries per sweep, so a backlog cannot push one execution past its 6 minutes. */
const MAX_DELIVERIES_PER_SWEEP = 40;

/** Responses whose submit trigger never ran get their ticket now. */
function pickUpMissedResponses(
  ss: Spreadsheet,
  known: Set<string>
): {created: number; notifications: Notification[]} {
  // Found by the sheet, not its name, and read by header: a coordinator may rename the tab or
  // insert columns, and Google keeps writing each answer under its question (platform.md).
  const sheet = responseSheet(ss);
  if (!sheet || sheet.getLastRow() < 2) return {created: 0, notifications: []};
  const range = sheet.getDataRange();
  const [headers, ...rows] = range.getDisplayValues();
  // Keys use the stored moment, as intake does, whatever format the Timestamp column shows.
  const stampColumn = headers.indexOf(RESPONSE_COLUMN.timestamp);
  const stamps = range
    .getValues()
    .slice(1)
    .map(row => row[stampColumn]);
  const notifications: Notification[] = [];
  let created = 0;
  for (const [r, row] of rows.entries()) {
    const named = Object.fromEntries(
      headers.map((h, i) => [h, [row[i] ?? '']])
    );
    const answers = withStoredMoment(answersFrom(named), stamps[r]);
    if (isBlankResponse(answers) || known.has(responseKey(answers))) continue;
    notifications.push(...createTicket(ss, answers));
    known.add(responseKey(answers));
    created++;
  }
  return {created, notifications};
}

/** Tickets waiting unassigned go to whoever is on duty now. */
function assignWaitingTickets(
  ss: Spreadsheet,
  {ledger, block, snapshot}: OpenLedger,
  clock: ScriptNow
): Notification[] {
  const reference = referenceOf(snapshot);
  const entries: LedgerEntry[] = block.entries.slice();
  const notifications: Notification[] = [];
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
    ledger.writeRows(current.rowNumber, [
      ledger.cellsOf(assigned.row, current.cells),
    ]);
    appendActivity(ss, [assigned.activity]);
    entries[i] = {
      ...entry,
      status: cellText(assigned.row.Status),
      assignee: cellText(assigned.row.Assignee),
    };
    notifications.push(
      ...assigned.messages.map(m =>
        emailNotification(entry.id, `assigned ${clock.now.toISOString()}`, m)
      )
    );
  });
  return notifications;
}

/**
 * The time-driven sweep (every 5 minutes): picks up form responses that have no ticket, assigns
 * waiting tickets when someone comes on duty, climbs the SLA ladder, posts the daily summary, and
 * delivers or retries everything in the Outbox — all under the script lock.
 */
export function sweep(event?: GoogleAppsScript.Events.TimeDriven): void {
  // The menu item "Assign waiting tickets now" runs it too, with no event.
  const mayRun = event
    ? runsAsOwner(HANDLER.sweep)
    : ownerMayAct('assign waiting tickets') !== undefined;
  if (!mayRun) return;
  const ss = activeSpreadsheet();
  const {window, maxAttempts} = withScriptLock(() => {
    const opened = openLedger(ss, loadSnapshot(ss));
    const clock = scriptNow(opened.snapshot.timeZone);
    const known = new Set(opened.block.entries.map(entry => entry.responseKey));
    const picked = pickUpMissedResponses(ss, known);
    // Only when tickets were just appended is the ledger read again.
    const current =
      picked.created > 0 ? openLedger(ss, opened.snapshot) : opened;
    const assigned = assignWaitingTickets(ss, current, clock);
    const reference = referenceOf(current.snapshot);
    const sla = runSlaPass(
      current.ledger,
      current.block.lastRow,
      reference,
      clock,
      current.snapshot.sheetUrl
    );
    appendActivity(ss, sla.activity);
    const summary = dailySummary(current.block.entries, reference, clock);
    return {
      window: recordForSweep(ss, [
        ...picked.notifications,
        ...assigned,
        ...sla.notifications,
        ...(summary ? [summary] : []),
      ]),
      maxAttempts: reference.sla.maxAttempts,
    };
  });
  deliverOutbox(ss, window, maxAttempts, MAX_DELIVERIES_PER_SWEEP);
}

// The 5-minute sweep: missed form responses, assigns waiting tickets, SLA ladder, Outbox retries.
import {LedgerEntry} from '../../domain/tickets/ledger';
import {answersFrom, isBlankResponse} from '../../domain/tickets/intake-form';
import {KnownResponses} from '../../domain/tickets/response-keys';
import {
  emailNotification,
  Notification,
} from '../../domain/notifications/notification';
import {assignQueuedTicket} from '../../domain/tickets/new-ticket';
import {cellText} from '../../domain/tickets/ticket-row';
import {STATUS} from '../../domain/tickets/workflow';
import {appendActivity} from '../../workspace/ledger/activity-log';
import {readTicketRecords} from '../../workspace/ledger/ticket-record';
import {withScriptLock} from '../../workspace/services/lock';
import {
  openIntakeForm,
  responsesSince,
} from '../../workspace/services/intake-responses';
import {
  PROPERTY,
  scriptProperty,
  setScriptProperty,
} from '../../workspace/services/properties';
import {ScriptNow, scriptNow} from '../../workspace/services/script-clock';
import {activeSpreadsheet} from '../../workspace/sheets/spreadsheet';
import {dailySummary, runSlaPass} from '../sla/escalate';
import {FailureGuard} from './failure-guard';
import {createTicket, responseItem, RETYPE} from './intake';
import {deliverOutbox, recordForSweep} from '../notifications/notify';
import {OpenLedger, openLedger} from './open-ledger';
import {restoreDeletedTickets, syncTicketRecords} from './ticket-records';
import {loadSnapshot, referenceOf} from '../setup/snapshot';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Deliveries per sweep, so a backlog cannot push one execution past its 6 minutes. */
const MAX_DELIVERIES_PER_SWEEP = 40;
/** New responses ticketed per sweep: reading one's answers is a FormApp call per question. */
const MAX_PICKUPS_PER_SWEEP = 10;
/**
 * Each sweep looks again this far behind the newest response it handled: a response submitted
 * just before it may be listed a little later.
 */
const PICKUP_OVERLAP_MS = 10 * 60_000;
/** With no mark yet (a desk upgraded from keying by the response sheet), start this far back. */
const FIRST_PICKUP_MS = 24 * 60 * 60_000;

/** Where the last pick-up stopped: the newest response moment (ms) all before it handled. */
function pickupSince(
  entries: OpenLedger['block']['entries']
): Date | undefined {
  const mark = Number(scriptProperty(PROPERTY.responsesHandledUntil) ?? 0);
  if (mark > 0) return new Date(mark - PICKUP_OVERLAP_MS);
  const newest = Math.max(
    ...entries.map(entry => entry.createdMs ?? -Infinity)
  );
  return Number.isFinite(newest)
    ? new Date(newest - FIRST_PICKUP_MS)
    : undefined;
}

/**
 * Responses whose submit trigger never ran get their ticket now: read from the form itself,
 * answers exactly as typed and keyed by response id, from where the last sweep stopped
 * (platform.md: Forms). A response sheet someone reformatted or edited changes nothing.
 */
function pickUpMissedResponses(
  ss: Spreadsheet,
  opened: OpenLedger,
  guard: FailureGuard
): {created: number; notifications: Notification[]} {
  const form = openIntakeForm();
  if (!form) return {created: 0, notifications: []};
  const known = new KnownResponses(
    opened.block.entries.map(entry => entry.responseKey)
  );
  const responses = responsesSince(form, pickupSince(opened.block.entries))
    .map(response => ({response, ms: response.timestampMs}))
    .sort((a, b) => a.ms - b.ms);
  const notifications: Notification[] = [];
  let created = 0;
  let handledUntil = Number(
    scriptProperty(PROPERTY.responsesHandledUntil) ?? 0
  );
  let caughtUp = true;
  for (const {response, ms} of responses) {
    const seen =
      known.hasId(response.id) ||
      guard.isSetAside(response.id) ||
      (known.hasLegacyKeys && known.has(response));
    if (!seen) {
      if (created >= MAX_PICKUPS_PER_SWEEP) {
        caughtUp = false;
        continue;
      }
      const answers = answersFrom(response.namedAnswers());
      if (!isBlankResponse(answers)) {
        const attempt = guard.attempt(
          response.id,
          responseItem(answers),
          RETYPE,
          () =>
            createTicket(ss, now =>
              now.has(response) ? undefined : {answers, key: response.id}
            )
        );
        if (attempt.ok) {
          notifications.push(...attempt.value);
          created++;
        } else if (!attempt.setAside) {
          // Tried once more by the next sweep: the mark waits for it.
          caughtUp = false;
          continue;
        }
      }
      known.add(response.id);
    }
    if (caughtUp) handledUntil = Math.max(handledUntil, ms);
  }
  if (handledUntil > 0)
    setScriptProperty(PROPERTY.responsesHandledUntil, String(handledUntil));
  return {created, notifications};
}

/** What the coordinator can do about a ticket the sweep set aside. */
const LEAVE_ROW =
  'Check its row on Tickets and assign it by hand; the sweep no longer assigns it.';

/** Tickets waiting unassigned go to whoever is on duty now. */
function assignWaitingTickets(
  ss: Spreadsheet,
  {ledger, block, snapshot}: OpenLedger,
  clock: ScriptNow,
  guard: FailureGuard
): Notification[] {
  const reference = referenceOf(snapshot);
  const entries: LedgerEntry[] = block.entries.slice();
  const notifications: Notification[] = [];
  const assign = (entry: LedgerEntry, i: number) => {
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
    ledger.writeChanges(current, ledger.cellsOf(assigned.row, current.cells));
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
  };
  entries.forEach((entry, i) => {
    if (entry.status !== STATUS.new || entry.assignee !== '') return;
    if (guard.isSetAside(entry.id)) return;
    guard.attempt(entry.id, `Ticket ${entry.id}`, LEAVE_ROW, () =>
      assign(entry, i)
    );
  });
  return notifications;
}

/**
 * The time-driven sweep (every 5 minutes): picks up form responses that have no ticket, assigns
 * waiting tickets when someone comes on duty, climbs the SLA ladder, posts the daily summary, and
 * delivers or retries everything in the Outbox — all under the script lock.
 */
export function sweep(): void {
  const ss = activeSpreadsheet();
  const {window, maxAttempts} = withScriptLock(() => {
    const clock = scriptNow();
    const opened = openLedger(
      ss,
      loadSnapshot(ss, clock.timeZone),
      clock.timeZone
    );
    const guard = new FailureGuard(ss);
    // Restored before responses are picked up, so a deleted ticket's response is known again.
    const {records, restored} = restoreDeletedTickets(ss, opened, clock);
    const known =
      restored > 0 ? openLedger(ss, opened.snapshot, clock.timeZone) : opened;
    const picked = pickUpMissedResponses(ss, known, guard);
    // Only when tickets were just appended is the ledger read again.
    const current =
      picked.created > 0
        ? openLedger(ss, opened.snapshot, clock.timeZone)
        : known;
    const assigned = assignWaitingTickets(ss, current, clock, guard);
    const reference = referenceOf(current.snapshot);
    const {lastRow} = current.block;
    const rows = lastRow < 2 ? [] : current.ledger.readRows(2, lastRow - 1);
    const sla = runSlaPass(
      current.ledger,
      rows,
      reference,
      clock,
      current.snapshot.sheetUrl
    );
    appendActivity(ss, sla.activity);
    // The tickets just picked up wrote their own records.
    syncTicketRecords(
      ss,
      rows,
      picked.created > 0 ? readTicketRecords(ss) : records
    );
    guard.finish();
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

// The 5-minute sweep: replies by email, missed responses, waiting tickets, the reconciler, the SLA ladder, the Outbox.
import {LedgerEntry} from '../../domain/tickets/ledger';
import {answersFrom, isBlankResponse} from '../../domain/tickets/intake-form';
import {KnownResponses} from '../../domain/tickets/response-keys';
import {
  emailNotification,
  keyParts,
  oweKey,
  SLA_KIND,
} from '../../domain/notifications/notification';
import {owedOf, owing} from '../../domain/tickets/desk-record';
import {Rung} from '../../domain/sla/escalation';
import {assignQueuedTicket} from '../../domain/ticket-flow/queued-ticket';
import {cellText} from '../../domain/tickets/ticket-row';
import {STATUS} from '../../domain/tickets/workflow';
import {sweepWorksAt} from '../../domain/tickets/sweep-cadence';
import {appendActivity} from '../../workspace/ledger/activity-log';
import {
  endOutboxDelivering,
  markOutboxDelivering,
} from '../../workspace/ledger/outbox-retention';
import {withScriptLock} from '../../workspace/services/lock';
import {withExecutionScope} from '../../workspace/services/execution-scope';
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
import {
  clearUnfinished,
  isMarkedUnfinished,
  UnfinishedWork,
} from '../../workspace/services/unfinished-work';
import {activeSpreadsheet} from '../../workspace/sheets/spreadsheet';
import {
  dailySummary,
  runSlaPass,
  schoolCalendar,
  summaryRecorded,
} from '../sla/escalate';
import {FailureGuard} from './failure-guard';
import {createTicket, responseItem, RETYPE} from './intake';
import {SweepOutbox} from '../notifications/notify';
import {deliverOutbox} from '../notifications/delivery';
import {reconcile} from './reconcile';
import {reconcilePublishing} from '../knowledge/reconcile-publishing';
import {reconcileProposals} from '../knowledge/reconcile-proposals';
import {reconcileHelpedCredits} from '../knowledge/helped-credit';
import {reconcileBreaks} from '../availability/reconcile-breaks';
import {linkDeviceTickets} from '../devices/link-tickets';
import {OpenLedger} from './open-ledger';
import {syncTicketRecords} from './ticket-records';
import {forgetLiveRows, rememberLiveRows} from './live-rows';
import {sweepDesk} from './sweep-reads';
import {loadSnapshot, referenceOf} from '../setup/snapshot';
import {readDeskMail} from '../conversation/desk-mail';
import {mergeDuplicates} from '../conversation/merges';
import {HANDLER} from '../setup/handlers';
import {ownerMayAct, runsAsOwner} from '../setup/owner';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Deliveries per sweep, so a backlog cannot push one execution past its 6 minutes. */
const MAX_DELIVERIES_PER_SWEEP = 40;
/** New responses ticketed per sweep: reading one's answers is a FormApp call per question. */
const MAX_PICKUPS_PER_SWEEP = 10;
/**
 * Each sweep looks again this far behind the newest response it handled: a response submitted
 * just before it may be listed a little later.
 */
export const PICKUP_OVERLAP_MS = 10 * 60_000;
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
  guard: FailureGuard,
  outbox: SweepOutbox
): number {
  const form = openIntakeForm();
  if (!form) return 0;
  const known = new KnownResponses(
    opened.block.entries.map(entry => entry.responseKey)
  );
  const responses = responsesSince(form, pickupSince(opened.block.entries))
    .map(response => ({response, ms: response.timestampMs}))
    .sort((a, b) => a.ms - b.ms);
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
            createTicket(
              ss,
              now =>
                now.has(response) ? undefined : {answers, key: response.id},
              outbox
            )
        );
        if (attempt.ok) {
          if (attempt.value) created++;
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
  return created;
}

/**
 * Each capability's own reconcile step, run under the lock: it finishes what a stopped execution
 * left of that capability's work (the Tickets workflow's is `reconcile`). Each reads its own tabs,
 * so it runs only when its capability marked work begun (a stopped run leaves the mark) or on a
 * sweep that checks everything (the day's first): that one finishes a publication stopped before
 * its mark, when only the person's Status edit was there.
 */
const CAPABILITY_RECONCILERS: readonly {
  /** The mark its capability leaves; a step without one reads no tab unless its own mark says to. */
  readonly work?: UnfinishedWork;
  readonly reconcile: (ss: Spreadsheet, now: Date, outbox: SweepOutbox) => void;
}[] = [
  {work: 'publishing', reconcile: reconcilePublishing},
  {reconcile: reconcileProposals},
  {reconcile: reconcileHelpedCredits},
  {work: 'breaks', reconcile: reconcileBreaks},
];

function reconcileCapabilities(
  ss: Spreadsheet,
  now: Date,
  outbox: SweepOutbox,
  thorough: boolean
): void {
  for (const {work, reconcile} of CAPABILITY_RECONCILERS) {
    const marked = work !== undefined && isMarkedUnfinished(work);
    if (work !== undefined && !marked && !thorough) continue;
    reconcile(ss, now, outbox);
    if (marked) clearUnfinished(work);
  }
}

/** What the coordinator can do about a ticket the sweep set aside. */
const LEAVE_ROW =
  'Check its row on Tickets and assign it by hand; the sweep no longer assigns it.';

/**
 * Tickets waiting unassigned go to whoever is on duty now: each row re-read, its emails recorded,
 * then the row written saying what it owes, then its Activity line. Returns how many.
 */
function assignWaitingTickets(
  ss: Spreadsheet,
  {ledger, block, snapshot}: OpenLedger,
  clock: ScriptNow,
  guard: FailureGuard,
  outbox: SweepOutbox
): number {
  let assignedCount = 0;
  const reference = referenceOf(snapshot);
  const entries: LedgerEntry[] = block.entries.slice();
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
    const key = oweKey(entry.id, 'assigned', String(clock.now.getTime()));
    const held = outbox.hold([
      {
        id: key,
        notifications: assigned.messages.map(m =>
          emailNotification(entry.id, 'assigned', m)
        ),
      },
    ]);
    const row = owing(
      assigned.row,
      owedOf(current.ticket.Tracked),
      [assigned.activity],
      held
    );
    ledger.writeChanges(current, ledger.cellsOf(row, current.cells));
    appendActivity(ss, [assigned.activity]);
    assignedCount++;
    entries[i] = {
      ...entry,
      status: cellText(assigned.row.Status),
      assignee: cellText(assigned.row.Assignee),
    };
  };
  entries.forEach((entry, i) => {
    if (entry.status !== STATUS.new || entry.assignee !== '') return;
    if (guard.isSetAside(entry.id)) return;
    guard.attempt(entry.id, `Ticket ${entry.id}`, LEAVE_ROW, () =>
      assign(entry, i)
    );
  });
  return assignedCount;
}

/**
 * The time-driven sweep (every 5 minutes), the desk's reconciler: takes teachers' replies from the
 * desk's mailbox (when Email Replies is On), picks up form responses that have no ticket, assigns waiting tickets when someone comes on duty, finishes what killed
 * executions left undone on each ticket, climbs the SLA ladder, posts the daily summary — all
 * under the script lock — then delivers, retries or cancels what is in the Outbox. Script
 * Properties are read once (and again as the lock is taken). Outside school hours most of the
 * trigger's runs stop after the owner check (`sweepWorksAt`).
 */
export function sweep(event?: GoogleAppsScript.Events.TimeDriven): void {
  withExecutionScope(() => sweepOnce(event));
}

/** Whether the trigger's run at this moment does the sweep's work: see `sweepWorksAt`. */
function worksNow(ss: Spreadsheet): boolean {
  const settings = loadSnapshot(ss);
  const clock = scriptNow(settings.timeZone);
  return sweepWorksAt(
    schoolCalendar(referenceOf(settings), clock.timeZone),
    clock.local.date,
    clock.now.getTime()
  );
}

function sweepOnce(event?: GoogleAppsScript.Events.TimeDriven): void {
  // The menu item "Assign waiting tickets now" runs it too, with no event.
  const mayRun = event
    ? runsAsOwner(HANDLER.sweep)
    : ownerMayAct('assign waiting tickets') !== undefined;
  if (!mayRun) return;
  const ss = activeSpreadsheet();
  if (event && !worksNow(ss)) return;
  const {outbox, committed, maxAttempts, delivering} = withScriptLock(() => {
    const settings = loadSnapshot(ss);
    const clock = scriptNow(settings.timeZone);
    const outbox = new SweepOutbox(ss);
    const guard = new FailureGuard(ss);
    // Replies first, so the rows read below hold them.
    const mail = readDeskMail(
      ss,
      {
        snapshot: settings,
        clock,
        recorder: outbox,
        openTicket: (answers, key) =>
          createTicket(
            ss,
            known => (known.hasId(key) ? undefined : {answers, key}),
            outbox
          ),
      },
      guard
    );
    const desk = sweepDesk(ss, settings, clock);
    const created = pickUpMissedResponses(ss, desk.opened, guard, outbox);
    // Only when tickets were just appended is the ledger read again.
    const current = created > 0 ? desk.reopen() : desk.opened;
    const assigned = assignWaitingTickets(ss, current, clock, guard, outbox);
    const {ledger, block, snapshot} = current;
    const read = desk.rowsNow(current, created + assigned > 0);
    const reconciled = reconcile(
      ss,
      ledger,
      read.rows,
      {snapshot, clock},
      outbox
    );
    const merged = mergeDuplicates(ledger, reconciled.rows, clock.now);
    reconcileCapabilities(ss, clock.now, outbox, desk.thorough);
    linkDeviceTickets(ss, ledger, merged, clock);
    const reference = referenceOf(snapshot);
    const sla = runSlaPass(
      ledger,
      merged,
      reference,
      clock,
      snapshot.sheetUrl,
      outbox
    );
    appendActivity(ss, sla.activity);
    // The tickets just picked up wrote their own records.
    const records = desk.recordsNow(read.rows, created > 0);
    const added = syncTicketRecords(ss, merged, records.records);
    if (desk.indexable())
      rememberLiveRows(
        {
          ...read,
          rows: merged,
          records: [...records.records, ...added],
          recordsTo: Math.max(
            records.recordsTo,
            ...added.map(r => r.rowNumber)
          ),
        },
        {date: clock.local.date, verifyFrom: desk.verifyFrom},
        clock.now.getTime()
      );
    else forgetLiveRows();
    guard.finish();
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
      return reconciled.owedKeys.has(key) || mail.owedKeys.includes(key);
    };
    // With nothing held or pending there is nothing to deliver, and no mark to keep.
    const delivering = outbox.window().rows.length > 0;
    if (delivering) markOutboxDelivering(clock.now);
    return {
      outbox,
      committed,
      maxAttempts: reference.sla.maxAttempts,
      delivering,
    };
  });
  if (!delivering) return;
  deliverOutbox(
    ss,
    outbox.window(),
    committed,
    maxAttempts,
    MAX_DELIVERIES_PER_SWEEP
  );
  endOutboxDelivering();
}

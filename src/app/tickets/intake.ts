// Form-submit trigger: turns one intake form response into exactly one ticket, then its emails.
import {
  answersFrom,
  FormAnswers,
  isBlankResponse,
  responseKey,
  sameAnswers,
  withStoredMoment,
} from '../../domain/tickets/intake-form';
import {NOTHING_OWED, owedWhole, owing} from '../../domain/tickets/desk-record';
import {
  chatNotification,
  emailNotification,
  oweKey,
} from '../../domain/notifications/notification';
import {ticketFromResponse} from '../../domain/ticket-flow/new-ticket';
import {KnownResponses} from '../../domain/tickets/response-keys';
import {LedgerEntry} from '../../domain/tickets/ledger';
import {appendActivity} from '../../workspace/ledger/activity-log';
import {
  highestIssued,
  issuedChange,
} from '../../workspace/ledger/ticket-record';
import {
  IntakeResponse,
  openIntakeForm,
  responsesSince,
} from '../../workspace/services/intake-responses';
import {withExecutionScope} from '../../workspace/services/execution-scope';
import {withScriptLock} from '../../workspace/services/lock';
import {
  PROPERTY,
  setScriptProperties,
} from '../../workspace/services/properties';
import {scriptNow} from '../../workspace/services/script-clock';
import {activeSpreadsheet} from '../../workspace/sheets/spreadsheet';
import {NoticeRecorder, TriggerOutbox} from '../notifications/notify';
import {deliverRecorded} from '../notifications/delivery';
import {FailureGuard} from './failure-guard';
import {selfHelpLinks} from '../knowledge/self-help-links';
import {markAfter, openIntakeWindow} from './intake-window';
import {OpenLedger} from './open-ledger';
import {recordNewTickets} from './ticket-records';
import {loadSnapshot, referenceOf, Snapshot} from '../setup/snapshot';
import {HANDLER} from '../setup/handlers';
import {runsAsOwner} from '../setup/owner';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A response to turn into a ticket, and the key its ticket keeps. */
export interface NewResponse {
  readonly answers: FormAnswers;
  readonly key: string;
}

/** What the coordinator can do about a response the desk set aside. */
export const RETYPE =
  "Read the response on the form's response tab and type it into Tickets as a walk-up.";

/** A response as the Needs Attention tab names it. */
export function responseItem(answers: FormAnswers): string {
  return `Form response from ${answers.email || 'an unnamed sender'}: ${answers.summary.slice(0, 80)}`;
}

/** How far back a submit event looks for its own response among the form's. */
const RECENT_MS = 10 * 60_000;

/**
 * Makes the ticket for the response `pick` chooses, given the responses the ledger already has
 * tickets for (nothing when it chooses none). Call under the script lock: the next ID and the
 * dedupe both come from the ledger's own rows, as `open` reads them (the intake window, or every
 * row). Its emails are recorded first; the ticket row says it owes them and its Activity lines,
 * which the sweep writes (reconcile.ts) unless one is too long for Tracked to keep whole, so a
 * kill anywhere loses neither. True when it made one.
 */
export function createTicket(
  ss: Spreadsheet,
  pick: (
    known: KnownResponses,
    entries: readonly LedgerEntry[]
  ) => NewResponse | undefined,
  recorder: NoticeRecorder,
  open: (ss: Spreadsheet, snapshot: Snapshot) => OpenLedger = openIntakeWindow
): boolean {
  const {ledger, block, snapshot} = open(ss, loadSnapshot(ss));
  const clock = scriptNow(snapshot.timeZone);
  const chosen = pick(
    new KnownResponses(block.entries.map(entry => entry.responseKey)),
    block.entries
  );
  if (!chosen) return false;
  const ticket = ticketFromResponse(chosen.answers, chosen.key, {
    reference: referenceOf(snapshot),
    ledger: block.entries,
    highestIssued: highestIssued(),
    now: clock.now,
    local: clock.local,
    sheetUrl: snapshot.sheetUrl,
    selfHelpLinks: selfHelpLinks(),
  });
  const id = String(ticket.row['Ticket ID']);
  const activity = ticket.selfHelp
    ? [ticket.activity, ticket.selfHelp]
    : [ticket.activity];
  const notices = recorder.hold([
    {
      id: oweKey(id, 'intake', String(clock.now.getTime())),
      notifications: [
        ...ticket.messages.map(m => emailNotification(id, 'intake', m)),
        ...(ticket.chat ? [chatNotification(id, 'intake', ticket.chat)] : []),
      ],
    },
  ]);
  ledger.appendTickets([owing(ticket.row, NOTHING_OWED, activity, notices)]);
  setScriptProperties({
    ...issuedChange(id),
    [PROPERTY.intakeMark]: markAfter(block.lastRow, {id, key: chosen.key}),
  });
  recordNewTickets(ss, [ticket.row]);
  if (!owedWhole(activity)) appendActivity(ss, activity);
  return true;
}

/** This respondent's responses of the last minutes, or undefined when the form cannot be read. */
function recentResponsesOf(email: string): IntakeResponse[] | undefined {
  try {
    const form = openIntakeForm();
    if (!form) return undefined;
    return responsesSince(form, new Date(Date.now() - RECENT_MS)).filter(
      response => response.email === email
    );
  } catch {
    return undefined;
  }
}

/** Whether a ticket made from one of these responses has the event's campus, room and category. */
function looksTicketed(
  typed: FormAnswers,
  recent: readonly IntakeResponse[],
  known: KnownResponses,
  entries: readonly LedgerEntry[]
): boolean {
  const ticketed = new Set(
    recent.filter(response => known.has(response)).map(response => response.id)
  );
  return entries.some(
    entry =>
      ticketed.has(entry.responseKey) &&
      entry.campus === typed.campus &&
      entry.room === typed.room &&
      entry.category === typed.category
  );
}

/**
 * The response a submit event is about. The spreadsheet's event carries no response id
 * (platform.md: Trigger events), so it is the respondent's recent response without a ticket whose
 * answers are the event's; two identical ones are told apart by taking the older first. None
 * matching means another execution (the sweep, or this response's earlier event) already made its
 * ticket: the event makes none rather than claim another response of the same respondent, whose
 * own answers would then be lost. Without the form, the response row's stored moment and the
 * address make the key, as they used to.
 */
function responseOfEvent(
  event: GoogleAppsScript.Events.SheetsOnFormSubmit,
  typed: FormAnswers,
  recent: readonly IntakeResponse[] | undefined,
  known: KnownResponses,
  entries: readonly LedgerEntry[]
): NewResponse | undefined {
  if (recent && recent.length > 0) {
    const open = recent.filter(response => !known.has(response));
    // A lone open response is the event's own, unless one of the respondent's tickets of these
    // minutes looks like the event (a repeated or late event): only then are answers compared,
    // each response's a FormApp call per question.
    if (open.length === 1 && !looksTicketed(typed, recent, known, entries))
      return {answers: typed, key: open[0].id};
    const match = open.find(response =>
      sameAnswers(answersFrom(response.namedAnswers()), typed)
    );
    return match && {answers: typed, key: match.id};
  }
  // Google writes the Timestamp first in the response row.
  const answers = withStoredMoment(typed, event.range?.getValues()[0][0]);
  const key = responseKey(answers);
  const moment = Date.parse(answers.timestamp);
  return known.has({id: key, timestampMs: moment, email: answers.email})
    ? undefined
    : {answers, key};
}

/**
 * The installable form-submit trigger (spreadsheet event: `namedValues`, `range`; platform.md:
 * Trigger events): one response → exactly one ticket, keyed by its form response id, then its
 * emails.
 */
export function handleFormSubmit(
  event: GoogleAppsScript.Events.SheetsOnFormSubmit
): void {
  withExecutionScope(() => submitted(event));
}

function submitted(event: GoogleAppsScript.Events.SheetsOnFormSubmit): void {
  if (!runsAsOwner(HANDLER.formSubmit)) return;
  const typed = answersFrom(event.namedValues ?? {});
  if (isBlankResponse(typed)) return;
  const ss = activeSpreadsheet();
  const guard = new FailureGuard(ss);
  const recent = recentResponsesOf(typed.email)?.filter(
    response => !guard.isSetAside(response.id)
  );
  const picked: {response?: NewResponse} = {};
  const outbox = new TriggerOutbox(ss);
  try {
    withScriptLock(() =>
      createTicket(
        ss,
        (known, entries) =>
          (picked.response = responseOfEvent(
            event,
            typed,
            recent,
            known,
            entries
          )),
        outbox
      )
    );
  } catch (error) {
    // The sweep tries once more; a second failure sets the response aside.
    if (picked.response) {
      guard.failed(picked.response.key, responseItem(typed), RETYPE, error);
      guard.finish();
    }
    throw error;
  }
  deliverRecorded(outbox.recorded);
}

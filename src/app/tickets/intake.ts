// Form-submit trigger: turns one intake form response into exactly one ticket, then its emails.
import {
  answersFrom,
  FormAnswers,
  isBlankResponse,
  responseKey,
  withStoredMoment,
} from '../../domain/tickets/intake-form';
import {
  emailNotification,
  Notification,
} from '../../domain/notifications/notification';
import {ticketFromResponse} from '../../domain/tickets/new-ticket';
import {appendActivity} from '../../workspace/ledger/activity-log';
import {withScriptLock} from '../../workspace/services/lock';
import {scriptNow} from '../../workspace/services/script-clock';
import {activeSpreadsheet} from '../../workspace/sheets/spreadsheet';
import {deliverRecorded, recordNotifications} from '../notifications/notify';
import {openLedger} from './open-ledger';
import {loadSnapshot, referenceOf} from '../setup/snapshot';
import {HANDLER} from '../setup/handlers';
import {runsAsOwner} from '../setup/owner';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Turns answers into a ticket unless their response already has one. Call under the script lock:
 * the next ID and the dedupe both come from the ledger's own rows. Returns the emails to send.
 */
export function createTicket(
  ss: Spreadsheet,
  answers: FormAnswers
): Notification[] {
  const {ledger, block, snapshot} = openLedger(ss, loadSnapshot(ss));
  const clock = scriptNow(snapshot.timeZone);
  const key = responseKey(answers);
  if (block.entries.some(entry => entry.responseKey === key)) return [];
  const ticket = ticketFromResponse(answers, key, {
    reference: referenceOf(snapshot),
    ledger: block.entries,
    now: clock.now,
    local: clock.local,
    sheetUrl: snapshot.sheetUrl,
  });
  ledger.appendTicket(ticket.row);
  appendActivity(ss, [ticket.activity]);
  const id = String(ticket.row['Ticket ID']);
  return ticket.messages.map(m => emailNotification(id, 'intake', m));
}

/** The installable form-submit trigger: one response → exactly one ticket, then its emails. */
export function handleFormSubmit(
  event: GoogleAppsScript.Events.SheetsOnFormSubmit
): void {
  if (!runsAsOwner(HANDLER.formSubmit)) return;
  const typed = answersFrom(event.namedValues ?? {});
  if (isBlankResponse(typed)) return;
  // Google writes the Timestamp first in the response row.
  const answers = withStoredMoment(typed, event.range?.getValues()[0][0]);
  const ss = activeSpreadsheet();
  const recorded = withScriptLock(() =>
    recordNotifications(ss, createTicket(ss, answers))
  );
  deliverRecorded(recorded);
}

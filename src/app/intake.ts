import {
  answersFrom,
  FormAnswers,
  isBlankResponse,
  responseKey,
} from '../domain/intake-form';
import {OutgoingMessage} from '../domain/messages';
import {ticketFromResponse} from '../domain/new-ticket';
import {TAB} from '../domain/tabs';
import {appendActivity} from '../workspace/activity-log';
import {withScriptLock} from '../workspace/lock';
import {sendMessages} from '../workspace/mail';
import {scriptNow} from '../workspace/script-clock';
import {activeSpreadsheet, requireSheet} from '../workspace/spreadsheet';
import {IntakeBlock, TicketLedger} from '../workspace/ticket-ledger';
import {loadSnapshot, readSnapshot, referenceOf, Snapshot} from './snapshot';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface OpenLedger {
  readonly ledger: TicketLedger;
  readonly block: IntakeBlock;
  readonly snapshot: Snapshot;
}

/** The ledger and its intake columns, re-reading the headers once if they moved. */
export function openLedger(
  ss: Spreadsheet,
  snapshot: Snapshot,
  timeZone: string
): OpenLedger {
  const sheet = requireSheet(ss, TAB.tickets);
  let ledger = new TicketLedger(sheet, snapshot.ticketHeaders);
  let block = ledger.readIntakeBlock();
  if (block) return {ledger, block, snapshot};
  const fresh = readSnapshot(ss, timeZone);
  ledger = new TicketLedger(sheet, fresh.ticketHeaders);
  block = ledger.readIntakeBlock();
  if (!block)
    throw new Error(
      'The Tickets headers changed while Peer Desk was reading them. Try again.'
    );
  return {ledger, block, snapshot: fresh};
}

/**
 * Turns answers into a ticket unless their response already has one. Call under the script lock:
 * the next ID and the dedupe both come from the ledger's own rows. Returns the emails to send.
 */
export function createTicket(
  ss: Spreadsheet,
  answers: FormAnswers
): OutgoingMessage[] {
  const clock = scriptNow();
  const {ledger, block, snapshot} = openLedger(
    ss,
    loadSnapshot(ss, clock.timeZone),
    clock.timeZone
  );
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
  return [...ticket.messages];
}

/** The installable form-submit trigger: one response → exactly one ticket, then its emails. */
export function handleFormSubmit(
  event: GoogleAppsScript.Events.SheetsOnFormSubmit
): void {
  const answers = answersFrom(event.namedValues ?? {});
  if (isBlankResponse(answers)) return;
  const ss = activeSpreadsheet();
  const messages = withScriptLock(() => createTicket(ss, answers));
  sendMessages(messages);
}

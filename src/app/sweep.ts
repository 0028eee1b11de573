import {LedgerEntry} from '../domain/ledger';
import {answersFrom, isBlankResponse, responseKey} from '../domain/intake-form';
import {OutgoingMessage} from '../domain/messages';
import {assignQueuedTicket} from '../domain/new-ticket';
import {cellText} from '../domain/ticket-row';
import {STATUS} from '../domain/workflow';
import {appendActivity} from '../workspace/activity-log';
import {withScriptLock} from '../workspace/lock';
import {sendMessages} from '../workspace/mail';
import {PROPERTY, scriptProperty} from '../workspace/properties';
import {ScriptNow, scriptNow} from '../workspace/script-clock';
import {activeSpreadsheet} from '../workspace/spreadsheet';
import {createTicket} from './intake';
import {OpenLedger, openLedger} from './open-ledger';
import {loadSnapshot, referenceOf} from './snapshot';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const DEFAULT_RESPONSE_SHEET = 'Form Responses 1';

/**
 * Responses whose submit trigger never ran get their ticket now. Timestamps are read as displayed,
 * the same text the submit event's namedValues carry, so response keys match.
 */
function pickUpMissedResponses(
  ss: Spreadsheet,
  known: Set<string>
): {created: number; messages: OutgoingMessage[]} {
  const name = scriptProperty(PROPERTY.responseSheet) ?? DEFAULT_RESPONSE_SHEET;
  const sheet = ss.getSheetByName(name);
  if (!sheet || sheet.getLastRow() < 2) return {created: 0, messages: []};
  const [headers, ...rows] = sheet.getDataRange().getDisplayValues();
  const messages: OutgoingMessage[] = [];
  let created = 0;
  for (const row of rows) {
    const named = Object.fromEntries(
      headers.map((h, i) => [h, [row[i] ?? '']])
    );
    const answers = answersFrom(named);
    if (isBlankResponse(answers) || known.has(responseKey(answers))) continue;
    messages.push(...createTicket(ss, answers));
    known.add(responseKey(answers));
    created++;
  }
  return {created, messages};
}

/** Tickets waiting unassigned go to whoever is on duty now. */
function assignWaitingTickets(
  ss: Spreadsheet,
  {ledger, block, snapshot}: OpenLedger,
  clock: ScriptNow
): OutgoingMessage[] {
  const reference = referenceOf(snapshot);
  const entries: LedgerEntry[] = block.entries.slice();
  const messages: OutgoingMessage[] = [];
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
    messages.push(...assigned.messages);
  });
  return messages;
}

/**
 * The time-driven sweep (every 5 minutes): picks up form responses that have no ticket and
 * assigns waiting tickets when someone is on duty. SLA escalation arrives with its own issue.
 */
export function sweep(): void {
  const ss = activeSpreadsheet();
  const messages = withScriptLock(() => {
    const clock = scriptNow();
    const opened = openLedger(
      ss,
      loadSnapshot(ss, clock.timeZone),
      clock.timeZone
    );
    const known = new Set(opened.block.entries.map(entry => entry.responseKey));
    const picked = pickUpMissedResponses(ss, known);
    // Only when tickets were just appended is the ledger read again.
    const current =
      picked.created > 0
        ? openLedger(ss, opened.snapshot, clock.timeZone)
        : opened;
    return [...picked.messages, ...assignWaitingTickets(ss, current, clock)];
  });
  sendMessages(messages);
}

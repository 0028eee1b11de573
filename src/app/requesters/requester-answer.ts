// A requester's answer recorded on their ticket, from their page or by email: one row write.
import {assigneeEmail} from '../../domain/people/techs';
import {ActivityEntry} from '../../domain/tickets/activity';
import {answeredEmail} from '../../domain/notifications/tech-emails';
import {
  chatNotification,
  emailNotification,
  Notification,
  oweKey,
} from '../../domain/notifications/notification';
import {textPost, ticketThreadKey} from '../../domain/notifications/chat-card';
import {withEntries} from '../../domain/conversation/thread';
import {owedOf, owing} from '../../domain/tickets/desk-record';
import {factsOf} from '../../domain/ticket-flow/ticket-facts';
import {senderOf} from '../../domain/settings/reference';
import {reviewEditedRow} from '../../domain/ticket-flow/ticket-edits';
import {
  cellText,
  parseTracked,
  TicketRow,
  trackedValuesOf,
} from '../../domain/tickets/ticket-row';
import {STATUS} from '../../domain/tickets/workflow';
import {LedgerRow, TicketLedger} from '../../workspace/ledger/ticket-ledger';
import {NoticeRecorder} from '../notifications/notify';
import {referenceOf, Snapshot} from '../setup/snapshot';
import {rowUrl} from '../sla/escalate';

export interface RequesterAnswer {
  readonly text: string;
  /** Who answered, as the Activity tab names them: the address and how it came. */
  readonly who: string;
  readonly now: Date;
  /** Desk-owned cells written with the answer (the email mark of a reply by email). */
  readonly stamps?: Partial<TicketRow>;
  readonly byEmail?: boolean;
}

/**
 * When the answer's Tracked run is written: first (what the change owes survives a stop), or last
 * for an answer taken again from its source after a stop until its Tracked run says it was taken.
 */
export type TrackedWrite = 'first' | 'last';

/**
 * Records an answer on its ticket: the words in Requester Reply and an Activity line, a ticket
 * waiting on its requester back In Progress (the SLA clock restarts), and the assignee told
 * through the Outbox (held before the row is written, owed in it, so a kill loses nothing and
 * sends nothing twice). Call under the script lock. Returns the Activity lines, written already,
 * and the Outbox keys the row owes.
 */
export function recordAnswer(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  found: {ledger: TicketLedger; row: LedgerRow},
  answer: RequesterAnswer,
  snapshot: Snapshot,
  recorder: NoticeRecorder,
  tracked: TrackedWrite = 'first'
): {activity: ActivityEntry[]; owedKeys: readonly string[]} {
  const {ledger, row} = found;
  const reference = referenceOf(snapshot);
  const ticketId = cellText(row.ticket['Ticket ID']);
  const before =
    parseTracked(cellText(row.ticket.Tracked)) ?? trackedValuesOf(row.ticket);
  // As the desk last accepted it: a stopped write may have left the Status cell moved already.
  const waiting = before.Status === STATUS.waiting;
  const withReply: TicketRow = {
    ...row.ticket,
    Thread: withEntries(cellText(row.ticket.Thread), [
      {at: answer.now.getTime(), kind: 'requester', text: answer.text},
    ]),
  };
  const reviewed = reviewEditedRow(
    waiting ? {...withReply, Status: STATUS.inProgress} : withReply,
    before,
    {reference, editorEmail: answer.who, now: answer.now}
  );
  const replied: TicketRow = {
    ...reviewed.row,
    ...answer.stamps,
    'Requester Reply': answer.text,
    Updated: answer.now,
  };
  const activity: ActivityEntry[] = [
    {
      when: answer.now,
      ticketId,
      field: 'Requester Reply',
      oldValue: cellText(row.ticket['Requester Reply']),
      newValue: answer.text,
      who: answer.who,
    },
    ...reviewed.activity,
  ];
  const tech = assigneeEmail(reference.techs, cellText(row.ticket.Assignee));
  const key = oweKey(ticketId, 'answer', String(answer.now.getTime()));
  const notifications: Notification[] = [
    chatNotification(
      ticketId,
      'answer',
      textPost(
        ticketThreadKey(ticketId),
        `The requester answered on ${ticketId}: ${answer.text}`
      )
    ),
  ];
  if (tech !== '')
    notifications.push(
      emailNotification(
        ticketId,
        'answer',
        answeredEmail({
          sender: senderOf(reference),
          ticket: factsOf(replied),
          to: tech,
          answer: answer.text,
          byEmail: answer.byEmail,
          resumed: waiting,
          rowUrl: rowUrl(
            snapshot.sheetUrl,
            ledger.sheet.getSheetId(),
            row.rowNumber
          ),
        })
      )
    );
  const held = recorder.hold([{id: key, notifications}]);
  const written = owing(replied, owedOf(row.ticket.Tracked), activity, held);
  ledger.writeChanges(row, ledger.cellsOf(written, row.cells), tracked);
  return {activity, owedKeys: held};
}

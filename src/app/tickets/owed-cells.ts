// An edit's notifications recorded (Held) and owed in the rows' Tracked cells, written with the change.
import {editorLabel} from '../../domain/tickets/activity';
import {
  chatNotification,
  emailNotification,
  Notification,
  oweKey,
} from '../../domain/notifications/notification';
import {textPost, ticketThreadKey} from '../../domain/notifications/chat-card';
import {MESSAGE_FIELD} from '../../domain/tickets/tabs';
import {owing} from '../../domain/tickets/desk-record';
import {CellValue, cellText} from '../../domain/tickets/ticket-row';
import {STATUS} from '../../domain/tickets/workflow';
import {activityLine, activityOf} from '../../workspace/ledger/activity-log';
import {TicketLedger} from '../../workspace/ledger/ticket-ledger';
import {ScriptNow} from '../../workspace/services/script-clock';
import {NoticeRecorder} from '../notifications/notify';
import {referenceOf, Snapshot} from '../setup/snapshot';
import {handEscalationNotices, rowUrl} from '../sla/escalate';
import {RowOutcome} from './row-review';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Records each reviewed row's notifications (Held) and returns the rows' cells, their Tracked
 * cells saying what they owe: written in the same write as the change, so no kill between
 * "changed" and "recorded" can lose a notification or an Activity line.
 */
export function owedCells(
  ss: Spreadsheet,
  ledger: TicketLedger,
  rowNumbers: readonly number[],
  outcomes: readonly RowOutcome[],
  context: {snapshot: Snapshot; editor: string; clock: ScriptNow},
  recorder: NoticeRecorder
): CellValue[][] {
  const {snapshot, editor, clock} = context;
  const version = String(clock.now.getTime());
  const batches = outcomes.map((outcome, i) => {
    const ticket = ledger.ticketOf(outcome.cells);
    const id = cellText(ticket['Ticket ID']);
    const notifications: Notification[] = outcome.messages.map(m =>
      emailNotification(id, outcome.kind, m)
    );
    // What a tech wrote to the requester joins the ticket's Chat thread, so the team reads it too.
    for (const message of outcome.activity.filter(
      a => a.field === MESSAGE_FIELD
    ))
      notifications.push(
        chatNotification(
          id,
          'message',
          textPost(
            ticketThreadKey(id),
            `${message.who} wrote to the requester on ${id}: ${message.newValue}`
          )
        )
      );
    const escalated = outcome.activity.some(
      a => a.field === 'Status' && a.newValue === STATUS.escalated
    );
    if (escalated)
      notifications.push(
        ...handEscalationNotices(
          ticket,
          editorLabel(editor),
          // Lines still owed may have been written by a sweep stopped before it said so.
          [
            ...new Set([
              ...activityOf(ss, id, clock.timeZone),
              ...[...outcome.owed.activity, ...outcome.activity].map(a =>
                activityLine(a, clock.timeZone)
              ),
            ]),
          ],
          referenceOf(snapshot),
          clock,
          rowUrl(snapshot.sheetUrl, ledger.sheet.getSheetId(), rowNumbers[i])
        )
      );
    return {id: oweKey(id, outcome.kind, version), notifications};
  });
  const held = new Set(
    recorder.hold(batches.filter(b => b.notifications.length > 0))
  );
  return outcomes.map((outcome, i) => {
    if (outcome.activity.length === 0 && outcome.notes.length === 0)
      return [...outcome.cells];
    const ticket = owing(
      ledger.ticketOf(outcome.cells),
      outcome.owed,
      outcome.activity,
      held.has(batches[i].id) ? [batches[i].id] : []
    );
    return ledger.cellsOf(ticket, outcome.cells);
  });
}

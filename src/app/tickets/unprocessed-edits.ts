// The sweep's part of the edit trigger: edits whose trigger died before it wrote anything.
import {assigneeEmail, Tech} from '../../domain/people/techs';
import {ActivityEntry} from '../../domain/tickets/activity';
import {cellText} from '../../domain/tickets/ticket-row';
import {LedgerRow, TicketLedger} from '../../workspace/ledger/ticket-ledger';
import {ScriptNow} from '../../workspace/services/script-clock';
import {NoticeRecorder} from '../notifications/notify';
import {referenceOf, Snapshot} from '../setup/snapshot';
import {owedCells} from './owed-cells';
import {reviewRows} from './row-review';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Who the sweep credits with an edit whose trigger died before it could be checked: the event
 * that named the editor is gone, so the ticket's assignee (whose resolution earns the badge), or
 * "unknown" (platform.md: Who a script runs as, and who it sees).
 */
function presumedEditor(row: LedgerRow, techs: readonly Tech[]): string {
  return assigneeEmail(techs, cellText(row.ticket.Assignee)) || 'unknown';
}

/**
 * The sweep finishes edits whose trigger died before writing anything: it reviews each as the
 * edit trigger would and writes its row. Call under the script lock. Returns the rows as written
 * and their Activity lines (already owed in their rows).
 */
export function finishUnprocessedEdits(
  ss: Spreadsheet,
  ledger: TicketLedger,
  rows: readonly LedgerRow[],
  snapshot: Snapshot,
  clock: ScriptNow,
  recorder: NoticeRecorder
): {rows: LedgerRow[]; activity: ActivityEntry[]} {
  const activity: ActivityEntry[] = [];
  const written = rows.map(row => {
    const editor = presumedEditor(row, referenceOf(snapshot).techs);
    const [outcome] = reviewRows(
      ss,
      [row],
      ledger,
      snapshot,
      referenceOf(snapshot),
      editor,
      clock
    );
    if (outcome.activity.length === 0 && outcome.notes.length === 0) return row;
    const [cells] = owedCells(
      ss,
      ledger,
      [row.rowNumber],
      [outcome],
      {snapshot, editor, clock},
      recorder
    );
    ledger.writeChanges(row, cells);
    for (const {field, note} of outcome.notes)
      ledger.setNote(row.rowNumber, field, note);
    activity.push(...outcome.activity);
    return {...row, cells, ticket: ledger.ticketOf(cells)};
  });
  return {rows: written, activity};
}

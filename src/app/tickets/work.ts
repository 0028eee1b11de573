// The edit trigger's Tickets handler: checks, stamps and logs tech edits on Tickets.
import {TAB} from '../../domain/setup/workbook';
import {owedWhole} from '../../domain/tickets/desk-record';
import {
  MESSAGE_FIELD,
  SYSTEM_TICKET_FIELDS,
  TRACKED_FIELDS,
  WALK_UP_FIELD,
} from '../../domain/tickets/tabs';
import {isPracticeId, ticketNumber} from '../../domain/tickets/ticket-id';
import {cellText} from '../../domain/tickets/ticket-row';
import {appendActivity} from '../../workspace/ledger/activity-log';
import {LedgerRow, TicketLedger} from '../../workspace/ledger/ticket-ledger';
import {withScriptLock} from '../../workspace/services/lock';
import {scriptNow} from '../../workspace/services/script-clock';
import {
  activeSpreadsheet,
  requireSheet,
} from '../../workspace/sheets/spreadsheet';
import {deliverRecorded} from '../notifications/delivery';
import {NoticeRecorder, Recorded, TriggerOutbox} from '../notifications/notify';
import {
  loadSnapshot,
  readSnapshot,
  referenceOf,
  Snapshot,
} from '../setup/snapshot';
import {putBackDeskOwned} from './desk-owned-cells';
import {noteEditedRows} from './live-edits';
import {owedCells} from './owed-cells';
import {revertNote, reviewRows} from './row-review';
import {recordNewTickets} from './ticket-records';
import {SignOffCounter, signOffsIn} from './sign-offs';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const WATCHED: ReadonlySet<string> = new Set<string>([
  ...TRACKED_FIELDS,
  'Requester',
  MESSAGE_FIELD,
  WALK_UP_FIELD,
  ...SYSTEM_TICKET_FIELDS,
]);

interface EditedRange {
  readonly firstRow: number;
  readonly numRows: number;
  readonly firstColumn: number;
  readonly numColumns: number;
}

function touchesWatchedColumn(range: EditedRange, headers: readonly string[]) {
  return headers
    .slice(range.firstColumn - 1, range.firstColumn - 1 + range.numColumns)
    .some(header => WATCHED.has(header));
}

/** A Ticket ID cell holding something else means columns moved since the headers were cached. */
function looksMisaligned(row: LedgerRow): boolean {
  const id = cellText(row.ticket['Ticket ID']).trim();
  return id !== '' && ticketNumber(id) === undefined && !isPracticeId(id);
}

function applyTicketEdit(
  ss: Spreadsheet,
  range: EditedRange,
  oldValue: string | undefined,
  cached: Snapshot,
  editor: string,
  recorder: NoticeRecorder,
  countSignOffs: SignOffCounter
): Recorded | undefined {
  const clock = scriptNow(cached.timeZone);
  let snapshot = cached;
  const sheet = requireSheet(ss, TAB.tickets);
  const firstRow = Math.max(range.firstRow, 2);
  const count = range.firstRow + range.numRows - firstRow;
  let ledger = new TicketLedger(sheet, snapshot.ticketHeaders);
  let rows = ledger.readRows(firstRow, count);
  if (rows.some(looksMisaligned)) {
    snapshot = readSnapshot(ss);
    ledger = new TicketLedger(sheet, snapshot.ticketHeaders);
    rows = ledger.readRows(firstRow, count);
  }
  const putBack = putBackDeskOwned(
    ss,
    ledger,
    rows,
    {first: range.firstColumn, count: range.numColumns},
    {single: range.numRows === 1 && range.numColumns === 1, oldValue, editor},
    clock.timeZone
  );
  const outcomes = reviewRows(
    ss,
    putBack.rows,
    ledger,
    snapshot,
    referenceOf(snapshot),
    editor,
    clock
  );
  const cells = owedCells(
    ss,
    ledger,
    rows.map(row => row.rowNumber),
    outcomes,
    {snapshot, editor, clock},
    recorder
  );
  outcomes.forEach((_, i) => ledger.writeChanges(rows[i], cells[i]));
  for (const {index, field, reason} of putBack.notes)
    ledger.setNote(firstRow + index, field, revertNote(reason, clock));
  outcomes.forEach((outcome, i) => {
    for (const {field, note} of outcome.notes)
      ledger.setNote(firstRow + i, field, note);
  });
  recordNewTickets(
    ss,
    outcomes.flatMap(o => (o.created ? [o.created] : []))
  );
  // The rows owe their Activity lines (Tracked), which the sweep writes (reconcile.ts), unless
  // one is too long for Tracked to keep whole.
  const activity = outcomes.flatMap(o => o.activity);
  if (!owedWhole(activity)) appendActivity(ss, activity);
  return countSignOffs(
    ss,
    referenceOf(snapshot),
    outcomes.flatMap((outcome, i) =>
      signOffsIn(outcome, ledger, cells[i], referenceOf(snapshot).techs)
    ),
    {now: clock.now, timeZone: clock.timeZone, today: clock.local.date}
  );
}

/**
 * An edit of the Tickets tab (the edit trigger hands it here): edits in the watched columns are
 * checked, stamped, logged and answered by email; anything else returns at once.
 */
export function editTickets(
  event: GoogleAppsScript.Events.SheetsOnEdit,
  editorOf: () => string,
  countSignOffs: SignOffCounter
): void {
  const range = event.range;
  const edited: EditedRange = {
    firstRow: range.getRow(),
    numRows: range.getNumRows(),
    firstColumn: range.getColumn(),
    numColumns: range.getNumColumns(),
  };
  if (edited.firstRow + edited.numRows - 1 < 2) return;
  const ss = activeSpreadsheet();
  const snapshot = loadSnapshot(ss);
  if (!touchesWatchedColumn(edited, snapshot.ticketHeaders)) return;
  const editor = editorOf();
  const outbox = new TriggerOutbox(ss);
  const recognition = withScriptLock(() => {
    noteEditedRows(edited.firstRow, edited.numRows);
    return applyTicketEdit(
      ss,
      edited,
      event.oldValue,
      snapshot,
      editor,
      outbox,
      countSignOffs
    );
  });
  deliverRecorded(outbox.recorded);
  deliverRecorded(recognition);
}

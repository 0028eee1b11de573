// The edit trigger's Tickets handler: checks, stamps and logs tech edits on Tickets.
import {assigneeEmail, Tech} from '../../domain/people/techs';
import {ActivityEntry, editorLabel} from '../../domain/tickets/activity';
import {LedgerEntry} from '../../domain/tickets/ledger';
import {OutgoingMessage} from '../../domain/notifications/messages';
import {
  emailNotification,
  Notification,
  oweKey,
} from '../../domain/notifications/notification';
import {
  NOTHING_OWED,
  Owed,
  owedOf,
  owedWhole,
  owing,
} from '../../domain/tickets/desk-record';
import {ratingLinks} from '../../domain/ratings/rating';
import {STATUS} from '../../domain/tickets/workflow';
import {ticketFromWalkUp} from '../../domain/ticket-flow/new-ticket';
import {Reference} from '../../domain/settings/reference';
import {
  MESSAGE_FIELD,
  SYSTEM_TICKET_FIELDS,
  TRACKED_FIELDS,
  TicketField,
  WALK_UP_FIELD,
} from '../../domain/tickets/tabs';
import {TAB} from '../../domain/setup/workbook';
import {
  isSignedOff,
  reviewEditedRow,
} from '../../domain/ticket-flow/ticket-edits';
import {isPracticeId, ticketNumber} from '../../domain/tickets/ticket-id';
import {
  CellValue,
  cellText,
  parseTracked,
  TicketRow,
  trackedValuesOf,
} from '../../domain/tickets/ticket-row';
import {
  activityLine,
  activityOf,
  appendActivity,
} from '../../workspace/ledger/activity-log';
import {withScriptLock} from '../../workspace/services/lock';
import {noteEditedRows} from './live-edits';
import {signer, webAppUrl} from '../../workspace/services/signing';
import {ScriptNow, scriptNow} from '../../workspace/services/script-clock';
import {
  activeSpreadsheet,
  requireSheet,
} from '../../workspace/sheets/spreadsheet';
import {LedgerRow, TicketLedger} from '../../workspace/ledger/ticket-ledger';
import {
  highestIssued,
  rememberIssued,
} from '../../workspace/ledger/ticket-record';
import {handEscalationNotices, rowUrl} from '../sla/escalate';
import {NoticeRecorder, Recorded, TriggerOutbox} from '../notifications/notify';
import {deliverRecorded} from '../notifications/delivery';
import {isPractice} from '../../domain/credentials/practice';
import {putBackDeskOwned} from './desk-owned-cells';
import {openLedger} from './open-ledger';
import {recordNewTickets} from './ticket-records';
import {
  loadSnapshot,
  readSnapshot,
  referenceOf,
  Snapshot,
} from '../setup/snapshot';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const WATCHED: ReadonlySet<string> = new Set<string>([
  ...TRACKED_FIELDS,
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

function revertNote(reason: string, clock: ScriptNow): string {
  return `Peer Desk put the previous value back (${clock.local.date} ${clock.local.time}): ${reason}`;
}

/** A mentor's sign-off an accepted edit recorded, to count towards the assignee's level. */
export interface SignOff {
  readonly ticketId: string;
  readonly techEmail: string;
  readonly category: string;
  readonly practice: boolean;
  readonly mentor: string;
}

/**
 * Counts sign-offs under the same lock as the edit that recorded them (the credentials
 * capability's handler); what it records is delivered after the lock.
 */
export type SignOffCounter = (
  ss: Spreadsheet,
  reference: Reference,
  signOffs: readonly SignOff[],
  clock: {now: Date; timeZone: string; today: string}
) => Recorded | undefined;

interface RowOutcome {
  readonly cells: readonly CellValue[];
  /** What the row owed before this review. */
  readonly owed: Owed;
  /** Why its notifications are owed: 'edit' or 'walk-up'. */
  readonly kind: string;
  /** A walk-up ticket made from the row, for the desk's record. */
  readonly created?: TicketRow;
  readonly notes: readonly {field: TicketField; note: string}[];
  readonly activity: readonly ActivityEntry[];
  readonly messages: readonly OutgoingMessage[];
}

/** Reviews rows that carry a Ticket ID; rows without one become walk-up tickets once they have a Summary. */
function reviewRows(
  ss: Spreadsheet,
  rows: readonly LedgerRow[],
  ledger: TicketLedger,
  snapshot: Snapshot,
  reference: Reference,
  editor: string,
  clock: ScriptNow
): RowOutcome[] {
  let known: LedgerEntry[] | undefined;
  return rows.map(row => {
    const id = cellText(row.ticket['Ticket ID']).trim();
    if (id === '') {
      if (cellText(row.ticket.Summary).trim() === '')
        return {
          cells: row.cells,
          owed: NOTHING_OWED,
          kind: 'walk-up',
          notes: [],
          activity: [],
          messages: [],
        };
      known ??= openLedger(ss, snapshot).block.entries.slice();
      const ticket = ticketFromWalkUp(row.ticket, editor, {
        reference,
        ledger: known,
        highestIssued: highestIssued(),
        now: clock.now,
        local: clock.local,
        sheetUrl: snapshot.sheetUrl,
      });
      rememberIssued(cellText(ticket.row['Ticket ID']));
      known.push({
        id: cellText(ticket.row['Ticket ID']),
        status: cellText(ticket.row.Status),
        assignee: cellText(ticket.row.Assignee),
        createdMs: clock.now.getTime(),
        campus: cellText(ticket.row.Campus),
        room: cellText(ticket.row.Room),
        category: cellText(ticket.row.Category),
        assetTag: cellText(ticket.row['Asset Tag']),
        responseKey: cellText(ticket.row['Response Key']),
        summary: cellText(ticket.row.Summary),
        resolution: cellText(ticket.row.Resolution),
      });
      return {
        cells: ledger.cellsOf(ticket.row, row.cells),
        owed: NOTHING_OWED,
        kind: 'walk-up',
        created: ticket.row,
        notes: [],
        activity: [ticket.activity],
        messages: ticket.messages,
      };
    }
    const before =
      parseTracked(cellText(row.ticket.Tracked)) ?? trackedValuesOf(row.ticket);
    const reviewed = reviewEditedRow(row.ticket, before, {
      reference,
      editorEmail: editor,
      now: clock.now,
      ratingLinks: ratingLinkMaker(),
    });
    return {
      cells: ledger.cellsOf(reviewed.row, row.cells),
      owed: owedOf(row.ticket.Tracked),
      kind: 'edit',
      notes: [
        ...reviewed.reverts.map(r => ({
          field: r.field,
          note: revertNote(r.note, clock),
        })),
        ...reviewed.prompts,
      ],
      activity: reviewed.activity,
      messages: reviewed.messages,
    };
  });
}

/** Rating links need the deployed web app's URL and the signing key; none before deployment. */
function ratingLinkMaker(): (ticketId: string, resolvedMs: number) => string[] {
  return (ticketId, resolvedMs) => {
    const url = webAppUrl();
    return url ? ratingLinks(url, ticketId, resolvedMs, signer()) : [];
  };
}

/** A Ticket ID cell holding something else means columns moved since the headers were cached. */
function looksMisaligned(row: LedgerRow): boolean {
  const id = cellText(row.ticket['Ticket ID']).trim();
  return id !== '' && ticketNumber(id) === undefined && !isPracticeId(id);
}

/**
 * Records each reviewed row's notifications (Held) and returns the rows' cells, their Tracked
 * cells saying what they owe: written in the same write as the change, so no kill between
 * "changed" and "recorded" can lose a notification or an Activity line.
 */
function owedCells(
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
    {single: range.numRows === 1 && range.numColumns === 1, oldValue},
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

/** The mentor's sign-off an accepted edit recorded, if any. */
function signOffsIn(
  outcome: RowOutcome,
  ledger: TicketLedger,
  cells: readonly CellValue[],
  techs: readonly Tech[]
): SignOff[] {
  const signed = outcome.activity.find(
    a => a.field === 'Mentor Sign-off' && isSignedOff(a.newValue)
  );
  if (!signed) return [];
  const ticket = ledger.ticketOf(cells);
  return [
    {
      ticketId: signed.ticketId,
      techEmail: assigneeEmail(techs, cellText(ticket.Assignee)),
      category: cellText(ticket.Category),
      practice: isPractice(ticket),
      mentor: signed.who,
    },
  ];
}

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

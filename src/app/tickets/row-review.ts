// What an edit of Tickets rows means: each row with a Ticket ID checked against what it was, and
// a row without one made a walk-up ticket once it has a Summary.
import {ticketFromWalkUp} from '../../domain/ticket-flow/walk-up';
import {reviewEditedRow} from '../../domain/ticket-flow/ticket-edits';
import {OutgoingMessage} from '../../domain/notifications/messages';
import {ratingLinks} from '../../domain/ratings/rating';
import {Reference} from '../../domain/settings/reference';
import {ActivityEntry} from '../../domain/tickets/activity';
import {NOTHING_OWED, Owed, owedOf} from '../../domain/tickets/desk-record';
import {LedgerEntry} from '../../domain/tickets/ledger';
import {TicketField} from '../../domain/tickets/tabs';
import {
  CellValue,
  cellText,
  parseTracked,
  TicketRow,
  trackedValuesOf,
} from '../../domain/tickets/ticket-row';
import {LedgerRow, TicketLedger} from '../../workspace/ledger/ticket-ledger';
import {
  highestIssued,
  rememberIssued,
} from '../../workspace/ledger/ticket-record';
import {ScriptNow} from '../../workspace/services/script-clock';
import {signer, webAppUrl} from '../../workspace/services/signing';
import {Snapshot} from '../setup/snapshot';
import {openLedger} from './open-ledger';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function revertNote(reason: string, clock: ScriptNow): string {
  return `Peer Desk put the previous value back (${clock.local.date} ${clock.local.time}): ${reason}`;
}

export interface RowOutcome {
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
export function reviewRows(
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

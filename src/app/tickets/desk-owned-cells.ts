// An edit of a column only the desk writes is put back: from the edit event, or the desk's record.
import {
  deskCellKind,
  deskOwnedNote,
  isDeskOwned,
  keepsRequester,
  requesterKeptNote,
} from '../../domain/tickets/desk-owned';
import {decodeRecord} from '../../domain/tickets/ticket-record';
import {
  CellValue,
  cellText,
  sameCell,
  TicketRow,
} from '../../domain/tickets/ticket-row';
import {TicketField} from '../../domain/tickets/tabs';
import {LedgerRow, TicketLedger} from '../../workspace/ledger/ticket-ledger';
import {readTicketRecords} from '../../workspace/ledger/ticket-record';
import {cellFromEventValue} from '../../workspace/sheets/cells';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const REQUESTER_FIELD = 'Requester';

export interface PutBack {
  /** The rows with the desk's values back in its own columns. */
  readonly rows: readonly LedgerRow[];
  readonly notes: readonly {
    readonly index: number;
    readonly field: TicketField;
    readonly reason: string;
  }[];
}

/**
 * Puts back what a person typed into the desk's own columns. A single-cell edit brings the old
 * value (platform.md: Trigger events); a paste brings none, so the desk's record gives it (as of
 * the last sweep), and a row without a Ticket ID has nothing there to keep.
 */
export function putBackDeskOwned(
  ss: Spreadsheet,
  ledger: TicketLedger,
  rows: readonly LedgerRow[],
  columns: {readonly first: number; readonly count: number},
  edit: {
    readonly single: boolean;
    readonly oldValue?: string;
    readonly editor: string;
  },
  timeZone: string
): PutBack {
  const fields = ledger.headers
    .slice(columns.first - 1, columns.first - 1 + columns.count)
    .filter((h): h is TicketField => isDeskOwned(h) || h === REQUESTER_FIELD);
  // A paste over Ticket ID leaves no way to tell which ticket a row was: its record is not used.
  if (fields.length === 0 || (!edit.single && fields.includes('Ticket ID')))
    return {rows, notes: []};
  let records: Map<string, TicketRow | undefined> | undefined;
  const recorded = (id: string) => {
    records ??= new Map(
      readTicketRecords(ss).map(r => [r.id, decodeRecord(r.text)])
    );
    return records.get(id);
  };
  const notes: {index: number; field: TicketField; reason: string}[] = [];
  const restored = rows.map((row, index) => {
    const cells: CellValue[] = [...row.cells];
    const id = cellText(row.ticket['Ticket ID']).trim();
    for (const field of fields) {
      const column = ledger.column(field);
      const requester = field === REQUESTER_FIELD;
      if (
        requester &&
        (id === '' || !keepsRequester(cellText(row.ticket['Response Key'])))
      )
        continue;
      let value: CellValue | undefined;
      if (edit.single)
        value = cellFromEventValue(
          edit.oldValue,
          deskCellKind(field),
          timeZone
        );
      else if (id === '') value = '';
      else value = recorded(id)?.[field];
      if (value === undefined || sameCell(value, cells[column - 1])) continue;
      // A ticket that came without an address may be given one.
      if (requester && cellText(value).trim() === '') continue;
      const typed = cellText(cells[column - 1]);
      cells[column - 1] = value;
      notes.push({
        index,
        field,
        reason: requester
          ? requesterKeptNote(edit.editor, typed)
          : deskOwnedNote(field),
      });
    }
    return {rowNumber: row.rowNumber, cells, ticket: ledger.ticketOf(cells)};
  });
  return {rows: restored, notes};
}

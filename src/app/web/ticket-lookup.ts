// Finds one ticket's row for a web page (rating, "This fixed it") with one search of the ID column.
import {TAB} from '../../domain/configuration/tabs';
import {LedgerRow, TicketLedger} from '../../workspace/ledger/ticket-ledger';
import {
  activeSpreadsheet,
  requireSheet,
} from '../../workspace/sheets/spreadsheet';
import {readHeaders} from '../../workspace/sheets/table';

/** The ticket's row, found by ID with one search of the Ticket ID column. */
export function findTicket(
  id: string
): {ledger: TicketLedger; row: LedgerRow} | undefined {
  const sheet = requireSheet(activeSpreadsheet(), TAB.tickets);
  const ledger = new TicketLedger(sheet, readHeaders(sheet));
  const lastRow = sheet.getLastRow();
  if (lastRow < 2 || id === '') return undefined;
  const hit = sheet
    .getRange(2, ledger.column('Ticket ID'), lastRow - 1, 1)
    .createTextFinder(id)
    .matchEntireCell(true)
    .findNext();
  if (!hit) return undefined;
  const [row] = ledger.readRows(hit.getRow(), 1);
  return {ledger, row};
}

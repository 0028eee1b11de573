// Finds Tickets rows by one column's value with a TextFinder search, without reading the ledger.
import {TAB, TicketField} from '../../domain/configuration/tabs';
import {requireSheet} from '../sheets/spreadsheet';
import {readHeaders} from '../sheets/table';
import {LedgerRow, TicketLedger} from './ticket-ledger';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * The rows whose `field` is exactly `value` (case-insensitive, as TextFinder matches): the last
 * `limit` of them, oldest first, found by searching backwards from the bottom, so the calls stay
 * bounded however many rows match (findAll would hand back every match's range).
 */
export function findTicketRows(
  ss: Spreadsheet,
  field: TicketField,
  value: string,
  limit: number
): {ledger: TicketLedger; rows: LedgerRow[]} {
  const {ledger, finder} = search(ss, field, value);
  const hits: number[] = [];
  for (let hit = finder?.findPrevious(); hit && hits.length < limit;) {
    const row = hit.getRow();
    // The search wraps around: back at a row already seen, every match has been found.
    if (hits.includes(row)) break;
    hits.push(row);
    hit = finder?.findPrevious();
  }
  return {
    ledger,
    rows: hits.reverse().flatMap(row => ledger.readRows(row, 1)),
  };
}

/** The ticket's row, found by ID with one search of the Ticket ID column. */
export function findTicket(
  ss: Spreadsheet,
  id: string
): {ledger: TicketLedger; row: LedgerRow} | undefined {
  const {ledger, finder} = search(ss, 'Ticket ID', id);
  const hit = finder?.findNext();
  if (!hit) return undefined;
  const [row] = ledger.readRows(hit.getRow(), 1);
  return {ledger, row};
}

function search(ss: Spreadsheet, field: TicketField, value: string) {
  const sheet = requireSheet(ss, TAB.tickets);
  const ledger = new TicketLedger(sheet, readHeaders(sheet));
  const lastRow = sheet.getLastRow();
  const finder =
    lastRow < 2 || value === ''
      ? undefined
      : sheet
          .getRange(2, ledger.column(field), lastRow - 1, 1)
          .createTextFinder(value)
          .matchEntireCell(true);
  return {ledger, finder};
}

// Finds Tickets rows by one column's value with a TextFinder search, without reading the ledger.
import {TAB} from '../../domain/setup/workbook';
import {TicketField} from '../../domain/tickets/tabs';
import {Hits} from '../../domain/requesters/rows-to-read';
import {Span} from '../../domain/tickets/live-index';
import {columnLetters} from '../../domain/tickets/ticket-layout';
import {requireSheet} from '../sheets/spreadsheet';
import {readHeaders} from '../sheets/table';
import {LedgerRow, TicketLedger} from './ticket-ledger';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * The rows whose `field` is exactly `value` (case-insensitive, as TextFinder matches) that `choose`
 * picks from the matches, oldest first, read as it says. One search finds every match
 * (platform.md: TextFinder), after one read of the header row: three Sheets round trips and the
 * chosen reads, however many rows match.
 */
export function findTicketRows(
  ss: Spreadsheet,
  field: TicketField,
  value: string,
  choose: (hits: Hits) => {rows: readonly number[]; spans: readonly Span[]}
): {ledger: TicketLedger; rows: LedgerRow[]} {
  const sheet = requireSheet(ss, TAB.tickets);
  const ledger = new TicketLedger(sheet, headerRow(sheet));
  const column = ledger.headers.indexOf(field) + 1;
  if (value === '' || column === 0) return {ledger, rows: []};
  const letters = columnLetters(column);
  const matches = sheet
    .getRange(`${letters}2:${letters}`)
    .createTextFinder(value)
    .matchEntireCell(true)
    .findAll();
  const known = new Map<number, number>();
  const rowAt = (index: number) => {
    const row = known.get(index) ?? matches[index].getRow();
    known.set(index, row);
    return row;
  };
  const chosen = choose({count: matches.length, rowAt});
  const wanted = new Set(chosen.rows);
  return {
    ledger,
    rows: chosen.spans
      .flatMap(span => ledger.readRows(span.first, span.count))
      .filter(row => wanted.has(row.rowNumber)),
  };
}

/** The header row in one read: an open-ended row range needs no getLastColumn first. */
function headerRow(sheet: GoogleAppsScript.Spreadsheet.Sheet): string[] {
  const headers = (sheet.getRange('1:1').getValues()[0] ?? []).map(value =>
    String(value).trim()
  );
  while (headers.length > 0 && headers[headers.length - 1] === '')
    headers.pop();
  return headers;
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

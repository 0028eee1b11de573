// A requester's tickets for their page and daily summary: one search, and a few reads of the rows found.
import {PAGE_TICKETS} from '../../domain/requesters/requester-tickets';
import {rowsToRead} from '../../domain/requesters/rows-to-read';
import {parseIndex} from '../../domain/tickets/live-index';
import {findTicketRows} from '../../workspace/ledger/find-tickets';
import {LedgerRow} from '../../workspace/ledger/ticket-ledger';
import {PROPERTY, scriptProperty} from '../../workspace/services/properties';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Their newest tickets and, among older ones, those the sweep's index last named live (open ones
 * of any age: the index may be minutes old, and only rows that match the requester now are read),
 * in at most two reads of 400 rows: a requester whose tickets lie far apart costs what one whose
 * tickets are together does.
 */
export function requesterRows(ss: Spreadsheet, requester: string): LedgerRow[] {
  const live = parseIndex(scriptProperty(PROPERTY.liveRows))?.live ?? [];
  return findTicketRows(ss, 'Requester', requester, hits =>
    rowsToRead(
      hits,
      live.map(entry => entry.row),
      {newest: PAGE_TICKETS * 2, maxReads: 2, joinGap: 20, maxRows: 400}
    )
  ).rows;
}

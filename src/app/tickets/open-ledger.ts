// Opens the Tickets tab as a ledger with its intake columns, re-reading headers if they moved.
import {TAB} from '../../domain/setup/workbook';
import {requireSheet} from '../../workspace/sheets/spreadsheet';
import {IntakeBlock, TicketLedger} from '../../workspace/ledger/ticket-ledger';
import {readSnapshot, Snapshot} from '../setup/snapshot';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface OpenLedger {
  readonly ledger: TicketLedger;
  readonly block: IntakeBlock;
  readonly snapshot: Snapshot;
}

/** The ledger and its intake columns, re-reading the headers once if they moved. */
export function openLedger(ss: Spreadsheet, snapshot: Snapshot): OpenLedger {
  const sheet = requireSheet(ss, TAB.tickets);
  let ledger = new TicketLedger(sheet, snapshot.ticketHeaders);
  let block = ledger.readIntakeBlock();
  if (block) return {ledger, block, snapshot};
  const fresh = readSnapshot(ss);
  ledger = new TicketLedger(sheet, fresh.ticketHeaders);
  block = ledger.readIntakeBlock();
  if (!block)
    throw new Error(
      'The Tickets headers changed while Peer Desk was reading them. Try again.'
    );
  return {ledger, block, snapshot: fresh};
}

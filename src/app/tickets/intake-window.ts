// What intake reads of Tickets: the last few hundred rows, found by where it appended the last ticket.
import {TAB} from '../../domain/setup/workbook';
import {TicketLedger} from '../../workspace/ledger/ticket-ledger';
import {PROPERTY, scriptProperty} from '../../workspace/services/properties';
import {requireSheet} from '../../workspace/sheets/spreadsheet';
import {Snapshot} from '../setup/snapshot';
import {OpenLedger, openLedger} from './open-ledger';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Rows read before the last ticket intake appended: enough for the duplicate window, the tech's
 * load, and the recent fixes self-help searches (domain/knowledge SOLVED_TICKETS_SEARCHED).
 * Older open tickets and fixes are left out, so the read does not grow with the ledger.
 */
export const WINDOW_ROWS = 500;

/** Where the last ticket intake made went: its row, ID and response key. */
export interface IntakeMark {
  readonly row: number;
  readonly id: string;
  readonly key: string;
}

function markOf(text: string | undefined): IntakeMark | undefined {
  try {
    const mark = JSON.parse(text ?? '') as Partial<IntakeMark>;
    return typeof mark.row === 'number' &&
      mark.row >= 2 &&
      typeof mark.id === 'string' &&
      typeof mark.key === 'string'
      ? {row: mark.row, id: mark.id, key: mark.key}
      : undefined;
  } catch {
    return undefined;
  }
}

/** The mark's text for Script Properties: the ticket's row, ID and key after `lastRow`. */
export function markAfter(
  lastRow: number,
  ticket: {readonly id: string; readonly key: string}
): string {
  return JSON.stringify({row: lastRow + 1, ...ticket});
}

/**
 * The last rows of the ledger from WINDOW_ROWS before the mark: one read. Every ticket made since
 * the mark was appended after it, so its response keys and IDs are all here. The mark's row must
 * still hold its ID and key at the cached columns, else rows were deleted, inserted, sorted or
 * columns moved, and the whole ledger is read (with its header check) as before.
 */
export function openIntakeWindow(
  ss: Spreadsheet,
  snapshot: Snapshot
): OpenLedger {
  const mark = markOf(scriptProperty(PROPERTY.intakeMark));
  if (!mark) return openLedger(ss, snapshot);
  const ledger = new TicketLedger(
    requireSheet(ss, TAB.tickets),
    snapshot.ticketHeaders
  );
  const first = Math.max(2, mark.row - WINDOW_ROWS + 1);
  let block;
  try {
    block = ledger.readIntakeTail(first);
  } catch {
    // The sheet has fewer rows than the mark says.
    return openLedger(ss, snapshot);
  }
  const at = block.rowNumbers.indexOf(mark.row);
  const entry = block.entries[at];
  const holds =
    entry !== undefined &&
    entry.id === mark.id &&
    entry.responseKey === mark.key &&
    entry.createdMs !== undefined;
  return holds ? {ledger, block, snapshot} : openLedger(ss, snapshot);
}

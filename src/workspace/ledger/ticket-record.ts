// The hidden Ticket Record tab and the highest ticket number issued (Script Properties).
import {
  TICKET_RECORD_HEADERS,
  TICKET_RECORD_TAB,
} from '../../domain/configuration/tabs';
import {ticketNumber} from '../../domain/tickets/ticket-id';
import {
  PROPERTY,
  scriptProperty,
  setScriptProperty,
} from '../services/properties';
import {toCells} from '../sheets/cells';
import {appendRows} from '../sheets/table';
import {deleteDataRows} from '../sheets/grid-size';
import {runsLastFirst} from '../../domain/archive/row-runs';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface StoredRecord {
  readonly rowNumber: number;
  readonly id: string;
  readonly text: string;
}

/** The record tab, made the first time: hidden, two columns (a new tab's 26 count toward the cell limit). */
function recordSheet(ss: Spreadsheet): Sheet {
  const existing = ss.getSheetByName(TICKET_RECORD_TAB);
  if (existing) return existing;
  const sheet = ss.insertSheet(TICKET_RECORD_TAB);
  sheet.deleteColumns(3, sheet.getMaxColumns() - 2);
  sheet.getRange(1, 1, 1, 2).setValues([[...TICKET_RECORD_HEADERS]]);
  sheet.hideSheet();
  return sheet;
}

/** Every record, in one read. */
export function readTicketRecords(ss: Spreadsheet): StoredRecord[] {
  const sheet = ss.getSheetByName(TICKET_RECORD_TAB);
  if (!sheet) return [];
  const values = sheet.getRange('A2:B').getValues();
  const records: StoredRecord[] = [];
  values.forEach(([id, text], i) => {
    if (String(id) !== '')
      records.push({rowNumber: i + 2, id: String(id), text: String(text)});
  });
  return records;
}

export function appendTicketRecords(
  ss: Spreadsheet,
  records: readonly {id: string; text: string}[]
): void {
  if (records.length === 0) return;
  appendRows(
    recordSheet(ss),
    records.map(r => [r.id, r.text])
  );
}

/** Rewrites changed records in one call over the rows from the first to the last changed. */
export function rewriteTicketRecords(
  ss: Spreadsheet,
  all: readonly StoredRecord[],
  changed: ReadonlyMap<number, string>
): void {
  if (changed.size === 0) return;
  let first = Infinity;
  let last = -Infinity;
  for (const row of changed.keys()) {
    first = Math.min(first, row);
    last = Math.max(last, row);
  }
  const byRow = new Map(all.map(r => [r.rowNumber, r]));
  const block = [];
  for (let row = first; row <= last; row++) {
    const record = byRow.get(row);
    block.push([record?.id ?? '', changed.get(row) ?? record?.text ?? '']);
  }
  recordSheet(ss)
    .getRange(first, 1, block.length, 2)
    .setValues(block.map(toCells));
}

/** The highest ticket number ever issued, so an ID is never given twice. */
export function highestIssued(): number {
  return Number(scriptProperty(PROPERTY.highestTicketNumber) ?? 0) || 0;
}

export function rememberIssued(id: string): void {
  const n = ticketNumber(id);
  if (n !== undefined && n > highestIssued())
    setScriptProperty(PROPERTY.highestTicketNumber, String(n));
}

/**
 * Deletes the records of tickets that left the ledger on purpose (moved to a year's archive), so
 * the sweep does not restore them: one read, one delete per run of rows. Returns how many.
 */
export function forgetTicketRecords(
  ss: Spreadsheet,
  ids: ReadonlySet<string>
): number {
  const sheet = ss.getSheetByName(TICKET_RECORD_TAB);
  if (!sheet) return 0;
  const leaving = readTicketRecords(ss)
    .filter(record => ids.has(record.id))
    .map(record => record.rowNumber - 2);
  return deleteDataRows(sheet, runsLastFirst(leaving));
}

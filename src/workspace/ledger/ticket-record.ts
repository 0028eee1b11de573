// The hidden Ticket Record tab and the highest ticket number issued (Script Properties).
import {
  TICKET_RECORD_HEADERS,
  TICKET_RECORD_TAB,
} from '../../domain/tickets/tabs';
import {ticketNumber} from '../../domain/tickets/ticket-id';
import {
  PROPERTY,
  scriptProperty,
  setScriptProperties,
} from '../services/properties';
import {CellValue} from '../../domain/tickets/ticket-row';
import {toCells} from '../sheets/cells';
import {appendRows} from '../sheets/table';
import {deleteGathered} from '../sheets/gathered-delete';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface StoredRecord {
  readonly rowNumber: number;
  readonly id: string;
  readonly text: string;
}

/** A record where the sweep knows it is; its text when known (read, or as the index last saw it). */
export interface KnownRecord {
  readonly rowNumber: number;
  readonly id: string;
  readonly text?: string;
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

function recordsIn(values: unknown[][], firstRow: number): StoredRecord[] {
  const records: StoredRecord[] = [];
  values.forEach(([id, text], i) => {
    if (String(id) !== '')
      records.push({
        rowNumber: firstRow + i,
        id: String(id),
        text: String(text),
      });
  });
  return records;
}

/** Every record, in one read. */
export function readTicketRecords(ss: Spreadsheet): StoredRecord[] {
  const sheet = ss.getSheetByName(TICKET_RECORD_TAB);
  if (!sheet) return [];
  return recordsIn(sheet.getRange('A2:B').getValues(), 2);
}

/**
 * Every record from row `from` on, in one open-ended read (no getLastRow first); undefined when
 * the tab no longer reaches that row (rows deleted since).
 */
export function readTicketRecordsFrom(
  ss: Spreadsheet,
  from: number
): StoredRecord[] | undefined {
  const sheet = ss.getSheetByName(TICKET_RECORD_TAB);
  if (!sheet) return [];
  try {
    return recordsIn(sheet.getRange(`A${from}:B`).getValues(), from);
  } catch {
    return undefined;
  }
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

/** The record tab's last row (one round trip). */
export function lastTicketRecordRow(ss: Spreadsheet): number {
  return ss.getSheetByName(TICKET_RECORD_TAB)?.getLastRow() ?? 0;
}

/**
 * Rewrites changed records, one call per run of rows whose every record's text is known: the rows
 * between two changes are rewritten as they are, a row whose text is not known never is.
 */
export function rewriteTicketRecords(
  ss: Spreadsheet,
  known: readonly KnownRecord[],
  changed: ReadonlyMap<number, string>
): void {
  if (changed.size === 0) return;
  const idAt = new Map(known.map(r => [r.rowNumber, r.id]));
  const byRow = new Map<number, StoredRecord>();
  for (const r of known)
    if (r.text !== undefined) byRow.set(r.rowNumber, {...r, text: r.text});
  const rows = [...changed.keys()].sort((a, b) => a - b);
  const sheet = recordSheet(ss);
  let first = rows[0];
  let block: CellValue[][] = [];
  const flush = () => {
    if (block.length > 0)
      sheet.getRange(first, 1, block.length, 2).setValues(block.map(toCells));
  };
  let next = first;
  const readBetween = (to: number) => {
    for (let row = next; row < to; row++) if (!byRow.has(row)) return false;
    return true;
  };
  for (const row of rows) {
    if (block.length === 0 || !readBetween(row)) {
      flush();
      first = row;
      block = [];
    } else
      for (let between = next; between < row; between++) {
        const record = byRow.get(between) as StoredRecord;
        block.push([record.id, record.text]);
      }
    block.push([idAt.get(row) ?? '', changed.get(row) ?? '']);
    next = row + 1;
  }
  flush();
}

/** The highest ticket number ever issued, so an ID is never given twice. */
export function highestIssued(): number {
  return Number(scriptProperty(PROPERTY.highestTicketNumber) ?? 0) || 0;
}

/** The property change that records `id` as issued: none when a higher one was. */
export function issuedChange(id: string): Record<string, string> {
  const n = ticketNumber(id);
  return n !== undefined && n > highestIssued()
    ? {[PROPERTY.highestTicketNumber]: String(n)}
    : {};
}

export function rememberIssued(id: string): void {
  setScriptProperties(issuedChange(id));
}

/**
 * Deletes the records of tickets that left the ledger on purpose (moved to a year's archive), so
 * the sweep does not restore them: one read, and the rows gathered into one block to delete
 * (the tab is the desk's alone). Returns how many.
 */
export function forgetTicketRecords(
  ss: Spreadsheet,
  ids: ReadonlySet<string>
): number {
  const sheet = ss.getSheetByName(TICKET_RECORD_TAB);
  if (!sheet) return 0;
  const [headers = [], ...values] = sheet.getDataRange().getValues();
  const leaving = values.flatMap(([id], i) => (ids.has(String(id)) ? [i] : []));
  return deleteGathered(
    sheet,
    {headers: headers.map(String), dataRows: values.length},
    leaving
  );
}

// The sweep's cheap read: only the rows that can have changed, found by an index checked by ticket ID.
import {TAB} from '../../domain/setup/workbook';
import {owedOf, owesAnything} from '../../domain/tickets/desk-record';
import {
  LiveEntry,
  LiveIndex,
  parseIndex,
  serialiseIndex,
  spansOf,
} from '../../domain/tickets/live-index';
import {cellMs, cellText, CellValue} from '../../domain/tickets/ticket-row';
import {STATUS} from '../../domain/tickets/workflow';
import {LedgerRow, TicketLedger} from '../../workspace/ledger/ticket-ledger';
import {
  readTicketRecordsAt,
  StoredRecord,
} from '../../workspace/ledger/ticket-record';
import {
  deleteScriptProperty,
  PROPERTY,
  scriptProperty,
  setScriptProperty,
} from '../../workspace/services/properties';
import {requireSheet} from '../../workspace/sheets/spreadsheet';
import {Snapshot} from '../setup/snapshot';
import {unprocessedValues} from './reconcile';

/** Reads per pass: scattered live rows are joined into at most this many (a round trip each). */
const MAX_SPANS = 8;
/**
 * Live rows this close are read as one: a round trip is modelled at 40 ms, a cell read at 2 µs
 * (sandbox/core/latency.ts), so 20 rows of 35 cells between them cost far less than a second read.
 */
const JOIN_GAP = 20;
/** A closed ticket stays live a day after it was created, so the response it came from is still known. */
const RECENT_MS = 24 * 60 * 60_000;

export interface LiveRows {
  readonly ledger: TicketLedger;
  /** The live rows and every row after the last one the index knew, in sheet order. */
  readonly rows: readonly LedgerRow[];
  readonly lastRow: number;
  /** The ID in the last row, where the next sweep checks it. */
  readonly lastId: string;
}

/** The stored index when it is today's (the first sweep of a day reads every row). */
export function todaysIndex(today: string): LiveIndex | undefined {
  const index = parseIndex(scriptProperty(PROPERTY.liveRows));
  return index?.day === today ? index : undefined;
}

/**
 * The rows the index names and every row after the last it knew, or undefined when a check fails:
 * the headers are not the snapshot's, a row no longer holds the ID indexed there, or the last row
 * did not stay where it was (a sort, a deletion, a paste over the IDs). The caller then reads all.
 */
export function readLiveRows(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  snapshot: Snapshot,
  index: LiveIndex,
  checkHeaders: boolean
): LiveRows | undefined {
  const sheet = requireSheet(ss, TAB.tickets);
  const ledger = new TicketLedger(sheet, snapshot.ticketHeaders);
  const width = snapshot.ticketHeaders.length;
  const lastRow = sheet.getLastRow();
  if (lastRow < index.lastRow) return undefined;
  const tail: number[] = [];
  for (let row = index.lastRow + 1; row <= lastRow; row++) tail.push(row);
  const wanted = [
    ...(checkHeaders ? [1] : []),
    ...index.live.map(e => e.row),
    ...[index.lastRow, lastRow].filter(row => row >= 2),
    ...tail,
  ];
  const read = new Map<number, CellValue[]>();
  for (const span of spansOf(wanted, MAX_SPANS, JOIN_GAP)) {
    const values = sheet
      .getRange(span.first, 1, span.count, width)
      .getValues() as CellValue[][];
    values.forEach((cells, i) => read.set(span.first + i, cells));
  }
  const idAt = (row: number) =>
    cellText(ledger.ticketOf(read.get(row) ?? [])['Ticket ID']).trim();
  if (
    checkHeaders &&
    (read.get(1) ?? []).some(
      (h, i) => cellText(h).trim() !== snapshot.ticketHeaders[i]
    )
  )
    return undefined;
  if (index.lastRow >= 2 && idAt(index.lastRow) !== index.lastId)
    return undefined;
  if (index.live.some(e => idAt(e.row) !== e.id)) return undefined;
  const rows = [...new Set([...index.live.map(e => e.row), ...tail])]
    .sort((a, b) => a - b)
    .map(rowNumber => {
      const cells = read.get(rowNumber) ?? [];
      return {rowNumber, cells, ticket: ledger.ticketOf(cells)};
    })
    .filter(row => row.cells.some(cell => cell !== ''));
  return {ledger, rows, lastRow, lastId: lastRow >= 2 ? idAt(lastRow) : ''};
}

/**
 * The records of the live tickets at their indexed rows and every record after the index's
 * last, or undefined when one is not where the index says, a row has none among them, or a new
 * record's row is not among `rows` (a ticket created and deleted between two sweeps).
 */
export function readLiveRecords(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  index: LiveIndex,
  rows: readonly LedgerRow[]
): StoredRecord[] | undefined {
  const indexed = index.live.filter(e => e.recordRow > 0);
  const records = readTicketRecordsAt(
    ss,
    spansOf(
      indexed.map(e => e.recordRow),
      MAX_SPANS,
      JOIN_GAP
    ),
    index.recordsTo + 1
  );
  const byRow = new Map(records.map(r => [r.rowNumber, r]));
  if (indexed.some(e => byRow.get(e.recordRow)?.id !== e.id)) return undefined;
  const recorded = new Set(records.map(r => r.id));
  const present = new Set(
    rows.map(row => cellText(row.ticket['Ticket ID']).trim())
  );
  const unrecorded = [...present].some(id => id !== '' && !recorded.has(id));
  const gone = records.some(
    r => r.rowNumber > index.recordsTo && !present.has(r.id)
  );
  return unrecorded || gone ? undefined : records;
}

/**
 * Whether the sweep must read a row again: not closed, owing a step, edited without a trigger
 * finishing, or created within the day.
 */
function isLive(row: LedgerRow, nowMs: number): boolean {
  const {ticket} = row;
  if (cellText(ticket.Status).trim() !== STATUS.closed) return true;
  if (owesAnything(owedOf(ticket.Tracked))) return true;
  if (unprocessedValues(row) !== undefined) return true;
  const created = cellMs(ticket.Created);
  return created !== undefined && nowMs - created < RECENT_MS;
}

/**
 * Stores the index for the next sweeps: the live rows among those just read, with their record
 * rows (0 for a record appended since `recordsTo`, found after it next time).
 */
export function rememberLiveRows(
  read: {
    rows: readonly LedgerRow[];
    lastRow: number;
    lastId: string;
    records: readonly StoredRecord[];
    recordsTo: number;
  },
  day: string,
  nowMs: number
): void {
  const recordRow = new Map(read.records.map(r => [r.id, r.rowNumber]));
  const live: LiveEntry[] = read.rows
    .filter(row => isLive(row, nowMs))
    .map(row => {
      const id = cellText(row.ticket['Ticket ID']).trim();
      return {row: row.rowNumber, id, recordRow: recordRow.get(id) ?? 0};
    });
  const text = serialiseIndex({
    day,
    lastRow: read.lastRow,
    lastId: read.lastId,
    recordsTo: read.recordsTo,
    live,
  });
  if (text === undefined) forgetLiveRows();
  else if (text !== scriptProperty(PROPERTY.liveRows))
    setScriptProperty(PROPERTY.liveRows, text);
}

/** The next sweep reads every row. */
export function forgetLiveRows(): void {
  if (scriptProperty(PROPERTY.liveRows) !== undefined)
    deleteScriptProperty(PROPERTY.liveRows);
}

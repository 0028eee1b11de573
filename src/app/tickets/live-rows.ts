// The sweep's cheap read: only the rows that can have changed, found by an index checked by ticket ID.
import {TAB} from '../../domain/setup/workbook';
import {owedOf, owesAnything} from '../../domain/tickets/desk-record';
import {
  daySlice,
  LiveEntry,
  LiveIndex,
  parseIndex,
  serialiseIndex,
  Span,
  spansOf,
} from '../../domain/tickets/live-index';
import {
  cellMs,
  cellText,
  CellValue,
  fingerprint,
} from '../../domain/tickets/ticket-row';
import {encodeRecord} from '../../domain/tickets/ticket-record';
import {columnLetters} from '../../domain/tickets/ticket-layout';
import {STATUS} from '../../domain/tickets/workflow';
import {LedgerRow, TicketLedger} from '../../workspace/ledger/ticket-ledger';
import {
  highestIssued,
  KnownRecord,
  readTicketRecordsFrom,
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
  /** Whether rows were added after the index's last. */
  readonly grew: boolean;
}

/** Rows of closed tickets each day's first sweep checks besides the live ones: 70,000 cells. */
const SLICE_ROWS = 2_000;

/** The stored index, if any. */
export function storedIndex(): LiveIndex | undefined {
  return parseIndex(scriptProperty(PROPERTY.liveRows));
}

/** The slice of other rows this sweep checks: one a day, on the day's first sweep. */
export function sliceToCheck(
  index: LiveIndex,
  today: string
): Span | undefined {
  return index.day === today ? undefined : daySlice(index, SLICE_ROWS);
}

/** Where the next day's slice starts once `slice` was checked. */
export function afterSlice(slice: Span): number {
  return slice.first + slice.count;
}

/** What a sweep checks besides the live rows' IDs and the last row's. */
export interface LiveChecks {
  /** The header row (the first read of a sweep). */
  readonly headers: boolean;
  /** A slice of other rows, none of which may have become live unseen (the day's first sweep). */
  readonly slice?: Span;
  readonly nowMs: number;
}

/**
 * The rows the index names and every row after the last it knew, or undefined when a check fails:
 * the headers are not the snapshot's, a row no longer holds the ID indexed there, the last row
 * did not stay where it was (a sort, a deletion, a paste over the IDs), or a row of the slice
 * checked today is live though the index does not name it (an edit whose trigger died, a paste
 * no trigger saw). The caller then reads all. The last read is open-ended (from the index's last
 * row to the sheet's end), so the sheet's length is learnt without a getLastRow of its own.
 */
export function readLiveRows(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  snapshot: Snapshot,
  index: LiveIndex,
  checks: LiveChecks
): LiveRows | undefined {
  const sheet = requireSheet(ss, TAB.tickets);
  const ledger = new TicketLedger(sheet, snapshot.ticketHeaders);
  const width = snapshot.ticketHeaders.length;
  const from = Math.max(2, index.lastRow);
  const {slice} = checks;
  const sliceRows = slice
    ? Array.from({length: slice.count}, (_, i) => slice.first + i)
    : [];
  const spans = spansOf(
    [
      ...(checks.headers ? [1] : []),
      ...index.live.map(e => e.row),
      ...sliceRows,
      from,
    ],
    MAX_SPANS,
    JOIN_GAP
  );
  const read = new Map<number, CellValue[]>();
  const tail = spans[spans.length - 1];
  try {
    for (const span of spans) {
      const range =
        span === tail
          ? sheet.getRange(`A${span.first}:${columnLetters(width)}`)
          : sheet.getRange(span.first, 1, span.count, width);
      (range.getValues() as CellValue[][]).forEach((cells, i) =>
        read.set(span.first + i, cells)
      );
    }
  } catch {
    // Rows deleted since: the sheet no longer reaches the index's last row.
    return undefined;
  }
  let lastRow = 1;
  for (const [row, cells] of read)
    if (row > lastRow && cells.some(cell => cell !== '')) lastRow = row;
  const idAt = (row: number) =>
    cellText(ledger.ticketOf(read.get(row) ?? [])['Ticket ID']).trim();
  if (
    checks.headers &&
    (read.get(1) ?? []).some(
      (h, i) => cellText(h).trim() !== snapshot.ticketHeaders[i]
    )
  )
    return undefined;
  if (lastRow < index.lastRow) return undefined;
  if (index.lastRow >= 2 && idAt(index.lastRow) !== index.lastId)
    return undefined;
  if (index.live.some(e => idAt(e.row) !== e.id)) return undefined;
  const indexed = new Set(index.live.map(e => e.row));
  const unseen = sliceRows.filter(row => !indexed.has(row) && row <= lastRow);
  if (
    unseen.some(row => {
      const cells = read.get(row) ?? [];
      return isLive(
        {rowNumber: row, cells, ticket: ledger.ticketOf(cells)},
        checks.nowMs
      );
    })
  )
    return undefined;
  const newRows: number[] = [];
  for (let row = index.lastRow + 1; row <= lastRow; row++) newRows.push(row);
  const rows = [...new Set([...index.live.map(e => e.row), ...newRows])]
    .sort((a, b) => a - b)
    .map(rowNumber => {
      const cells = read.get(rowNumber) ?? [];
      return {rowNumber, cells, ticket: ledger.ticketOf(cells)};
    })
    .filter(row => row.cells.some(cell => cell !== ''));
  return {
    ledger,
    rows,
    lastRow,
    lastId: lastRow >= 2 ? idAt(lastRow) : '',
    grew: lastRow > index.lastRow,
  };
}

/**
 * The desk's records of the rows read: the live tickets' as the index remembers them (their text
 * is the row's own when the fingerprint still matches, unknown when not), and every record after
 * the index's last, read only when tickets were made since (the highest number issued moved, or
 * rows were added). Undefined when a row has no record among them, or a new record's row is not
 * among `rows` (a ticket created and deleted between two sweeps): the caller then reads all.
 */
export function readLiveRecords(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  index: LiveIndex,
  live: {rows: readonly LedgerRow[]; grew: boolean}
): KnownRecord[] | undefined {
  const made = live.grew || highestIssued() !== index.highestIssued;
  const added = made ? readTicketRecordsFrom(ss, index.recordsTo + 1) : [];
  if (!added) return undefined;
  const rowById = new Map(
    live.rows.map(row => [cellText(row.ticket['Ticket ID']).trim(), row])
  );
  const remembered: KnownRecord[] = index.live
    .filter(e => e.recordRow > 0)
    .map(e => {
      const row = rowById.get(e.id);
      const text = row && encodeRecord(row.ticket);
      return text !== undefined && fingerprint(text) === e.record
        ? {rowNumber: e.recordRow, id: e.id, text}
        : {rowNumber: e.recordRow, id: e.id};
    });
  const records = [...remembered, ...added];
  const recorded = new Set(records.map(r => r.id));
  const unrecorded = [...rowById.keys()].some(
    id => id !== '' && !recorded.has(id)
  );
  const gone = added.some(r => !rowById.has(r.id));
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
 * rows (0 for a record appended since `recordsTo`, found after it next time) and a fingerprint of
 * the record each now has (the sweep has just brought every record up to its row).
 */
export function rememberLiveRows(
  read: {
    rows: readonly LedgerRow[];
    lastRow: number;
    lastId: string;
    records: readonly KnownRecord[];
    recordsTo: number;
  },
  day: {date: string; verifyFrom: number},
  nowMs: number
): void {
  const recordRow = new Map(read.records.map(r => [r.id, r.rowNumber]));
  const live: LiveEntry[] = read.rows
    .filter(row => isLive(row, nowMs))
    .map(row => {
      const id = cellText(row.ticket['Ticket ID']).trim();
      return {
        row: row.rowNumber,
        id,
        recordRow: recordRow.get(id) ?? 0,
        record: fingerprint(encodeRecord(row.ticket)),
      };
    });
  const text = serialiseIndex({
    day: day.date,
    verifyFrom: day.verifyFrom,
    lastRow: read.lastRow,
    lastId: read.lastId,
    recordsTo: read.recordsTo,
    highestIssued: highestIssued(),
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

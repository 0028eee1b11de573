// Tickets and Activity as the metrics read them: whole (a full rebuild, an archive) or only given rows.
import {DAILY_FIELDS} from '../../domain/notifications/daily-list';
import {TAB} from '../../domain/setup/workbook';
import {ACTIVITY_HEADERS} from '../../domain/tickets/tabs';
import {columnLetters} from '../../domain/tickets/ticket-layout';
import {Reference} from '../../domain/settings/reference';
import {
  HistoryEntry,
  historyFrom,
  METRICS_FIELDS,
  MetricsRow,
  TicketMetrics,
  ticketMetrics,
} from '../../domain/metrics/ticket-metrics';
import {SchoolCalendar} from '../../domain/school-time/school-time';
import {
  CellValue,
  cellMs,
  cellText,
  TicketRow,
} from '../../domain/tickets/ticket-row';
import {Span, spansOf} from '../../domain/tickets/live-index';
import {isPractice} from '../../domain/credentials/practice';
import {requireSheet} from '../../workspace/sheets/spreadsheet';
import {columnsOf} from '../../workspace/sheets/table';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Reads per Tickets read: the metrics' columns joined into at most this many runs. */
const MAX_COLUMN_RUNS = 4;
/** Unused columns between two wanted ones that are read rather than split into two reads. */
const COLUMN_GAP = 2;

/** The columns the hourly run reads: the figures' and the daily email's (it lists the window's rows). */
const LEDGER_FIELDS = [
  ...new Set([...METRICS_FIELDS, ...DAILY_FIELDS]),
] as readonly LedgerField[];
type LedgerField =
  (typeof METRICS_FIELDS)[number] | (typeof DAILY_FIELDS)[number];

/** A Tickets row as the hourly run reads it. */
export type LedgerTicket = MetricsRow & Pick<TicketRow, LedgerField>;

/** A Tickets row as the metrics read it, with its row number on the tab. */
export interface LedgerRow {
  readonly row: number;
  readonly ticket: LedgerTicket;
}

/** A column the metrics read: found by its header, as people may reorder them. */
export interface LedgerColumn {
  readonly field: string;
  readonly column: number;
}

/** The Tickets tab's figure columns, found by header (people may reorder them), and its length. */
export interface TicketsLayout {
  readonly sheet: Sheet;
  readonly lastRow: number;
  readonly columns: readonly LedgerColumn[];
}

export function ticketsLayout(ss: Spreadsheet): TicketsLayout {
  const sheet = requireSheet(ss, TAB.tickets);
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  if (lastRow < 1 || lastColumn < 1) return {sheet, lastRow, columns: []};
  const [headers] = sheet.getRange(1, 1, 1, lastColumn).getValues();
  const byName = columnsOf(headers.map(h => String(h).trim()));
  return {
    sheet,
    lastRow,
    columns: LEDGER_FIELDS.flatMap(field => {
      const column = byName.get(field);
      return column === undefined ? [] : [{field, column}];
    }),
  };
}

/** A block of cells read from `first`, and the columns it begins and ends at. */
interface ReadBlock {
  readonly first: number;
  readonly last: number;
  readonly cells: readonly (readonly CellValue[])[];
}

/** The rows of one span, read as `blocks` (one per run of columns), as the metrics see them. */
function rowsOfBlocks(
  columns: readonly LedgerColumn[],
  firstRow: number,
  count: number,
  blocks: readonly ReadBlock[]
): LedgerRow[] {
  const readers = columns.map(({field, column}) => {
    const block = blocks.find(b => column >= b.first && column <= b.last);
    return {
      field,
      cells: block?.cells ?? [],
      offset: column - (block?.first ?? column),
    };
  });
  return Array.from({length: count}, (_, r) => {
    const ticket = Object.fromEntries(
      LEDGER_FIELDS.map(field => [field, ''])
    ) as Record<string, CellValue>;
    for (const {field, cells, offset} of readers)
      ticket[field] = cells[r]?.[offset] ?? '';
    return {row: firstRow + r, ticket: ticket as LedgerTicket};
  });
}

/**
 * The rows of `spans`, as the metrics read them, in `columnRuns` reads per span: a few runs for
 * the whole ledger (its other columns are most of its cells), one for a window's few rows.
 */
export function readLedgerRows(
  layout: TicketsLayout,
  spans: readonly Span[],
  columnRuns: number
): LedgerRow[] {
  const runs = spansOf(
    layout.columns.map(c => c.column),
    columnRuns,
    COLUMN_GAP
  );
  return spans.flatMap(span =>
    span.count <= 0
      ? []
      : rowsOfBlocks(
          layout.columns,
          span.first,
          span.count,
          runs.map(run => ({
            first: run.first,
            last: run.first + run.count - 1,
            cells: layout.sheet
              .getRange(span.first, run.first, span.count, run.count)
              .getValues() as CellValue[][],
          }))
        )
  );
}

/** Whether any of a row's read cells holds something. */
function hasContent(row: LedgerRow): boolean {
  return Object.values(row.ticket).some(cell => cell !== '');
}

/** The last row of `rows` holding anything in the read columns (1 when none does). */
export function lastFilledRow(rows: readonly LedgerRow[]): number {
  return rows.reduce((last, r) => (hasContent(r) ? r.row : last), 1);
}

/**
 * The rows of `spans`, the last read open-ended to the sheet's end (so its length is learnt without
 * a getLastRow of its own), one read each over the run of columns `columns` spans; `header` is row
 * 1's cells of that run when a span starts there. Undefined when the sheet no longer reaches the
 * last span (rows deleted).
 */
export function readWindowRows(
  sheet: Sheet,
  columns: readonly LedgerColumn[],
  spans: readonly Span[]
): {rows: LedgerRow[]; header?: readonly CellValue[]} | undefined {
  const first = Math.min(...columns.map(c => c.column));
  const last = Math.max(...columns.map(c => c.column));
  const tail = spans[spans.length - 1];
  let header: readonly CellValue[] | undefined;
  const rows: LedgerRow[] = [];
  try {
    for (const span of spans) {
      const range =
        span === tail
          ? sheet.getRange(
              `${columnLetters(first)}${span.first}:${columnLetters(last)}`
            )
          : sheet.getRange(span.first, first, span.count, last - first + 1);
      const cells = range.getValues() as CellValue[][];
      if (span.first === 1) header = cells.shift();
      const from = Math.max(2, span.first);
      rows.push(
        ...rowsOfBlocks(columns, from, cells.length, [{first, last, cells}])
      );
    }
  } catch {
    return undefined;
  }
  return {rows, header};
}

/** Every Tickets row below the header, practice tickets with the rest. */
export function readWholeLedger(layout: TicketsLayout): LedgerRow[] {
  return readLedgerRows(
    layout,
    [{first: 2, count: layout.lastRow - 1}],
    MAX_COLUMN_RUNS
  );
}

/** Practice tickets resolved, by whom and when: the monthly report counts them apart from real ones. */
export function practiceResolvedOf(
  ss: Spreadsheet
): {resolverEmail: string; resolvedMs: number}[] {
  return readWholeLedger(ticketsLayout(ss)).flatMap(({ticket}) => {
    if (!isPractice(ticket)) return [];
    const resolvedMs = cellMs(ticket['Resolved At']);
    const resolverEmail = cellText(ticket['Resolved By']).trim().toLowerCase();
    return resolvedMs === undefined || resolverEmail === ''
      ? []
      : [{resolverEmail, resolvedMs}];
  });
}

/** An Activity row as the metrics read it: when, and what it says of a ticket's history. */
export interface ActivityRow extends HistoryEntry {
  readonly row: number;
  readonly whenMs: number | undefined;
}

/**
 * The Activity tab's rows from `fromRow` on, in one open-ended read. Its columns are read where
 * the desk writes them (`ACTIVITY_HEADERS`, appended in that order); `lastRow` is the last row
 * holding anything (1 when none does).
 */
export function readActivity(
  ss: Spreadsheet,
  fromRow = 2
): {rows: ActivityRow[]; lastRow: number} {
  const sheet = requireSheet(ss, TAB.activity);
  const first = Math.max(2, fromRow);
  const column = (name: (typeof ACTIVITY_HEADERS)[number]) =>
    ACTIVITY_HEADERS.indexOf(name);
  let values: CellValue[][];
  try {
    values = sheet
      .getRange(`A${first}:${columnLetters(ACTIVITY_HEADERS.length)}`)
      .getValues() as CellValue[][];
  } catch {
    // The sheet ends above `first`: no rows there.
    return {rows: [], lastRow: first - 1};
  }
  let filled = values.length;
  while (filled > 0 && values[filled - 1].every(cell => cell === '')) filled--;
  return {
    lastRow: filled > 0 ? first + filled - 1 : first - 1,
    rows: values.slice(0, filled).map((row, i) => ({
      row: first + i,
      whenMs: cellMs(row[column('When')]),
      ticketId: cellText(row[column('Ticket ID')]),
      field: cellText(row[column('Field')]),
      newValue: cellText(row[column('New Value')]),
    })),
  };
}

/** Every ticket's figures in a spreadsheet holding Tickets and Activity tabs (an archive), practice left out. */
export function ticketMetricsOf(
  ss: Spreadsheet,
  reference: Reference,
  calendar: SchoolCalendar,
  nowMs: number
): TicketMetrics[] {
  return ticketMetrics(
    readWholeLedger(ticketsLayout(ss))
      .map(r => r.ticket)
      .filter(t => !isPractice(t)),
    {
      techs: reference.techs,
      calendar,
      sla: reference.sla,
      history: historyFrom(readActivity(ss).rows),
      nowMs,
    }
  );
}

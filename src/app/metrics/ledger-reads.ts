// Tickets and Activity as the metrics read them: whole (a full rebuild, an archive) or only given rows.
import {TAB} from '../../domain/setup/workbook';
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
import {CellValue, cellMs, cellText} from '../../domain/tickets/ticket-row';
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

/** A Tickets row as the metrics read it, with its row number on the tab. */
export interface LedgerRow {
  readonly row: number;
  readonly ticket: MetricsRow;
}

/** The Tickets tab's figure columns, found by header (people may reorder them), and its length. */
export interface TicketsLayout {
  readonly sheet: Sheet;
  readonly lastRow: number;
  readonly columns: readonly {field: string; column: number}[];
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
    columns: METRICS_FIELDS.flatMap(field => {
      const column = byName.get(field);
      return column === undefined ? [] : [{field, column}];
    }),
  };
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
  const rows: LedgerRow[] = [];
  for (const span of spans) {
    if (span.count <= 0) continue;
    const read = runs.map(run => ({
      first: run.first,
      last: run.first + run.count - 1,
      cells: layout.sheet
        .getRange(span.first, run.first, span.count, run.count)
        .getValues() as CellValue[][],
    }));
    const readers = layout.columns.map(({field, column}) => {
      const run = read.find(r => column >= r.first && column <= r.last);
      return {
        field,
        cells: run?.cells ?? [],
        offset: column - (run?.first ?? column),
      };
    });
    for (let r = 0; r < span.count; r++) {
      const ticket = Object.fromEntries(
        METRICS_FIELDS.map(field => [field, ''])
      ) as Record<string, CellValue>;
      for (const {field, cells, offset} of readers)
        ticket[field] = cells[r][offset] ?? '';
      rows.push({row: span.first + r, ticket: ticket as MetricsRow});
    }
  }
  return rows;
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

/** The Activity tab's rows from `fromRow` on (all of them from row 2), in one read. */
export function readActivity(
  ss: Spreadsheet,
  fromRow = 2
): {rows: ActivityRow[]; lastRow: number} {
  const sheet = requireSheet(ss, TAB.activity);
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  if (lastRow < 1 || lastColumn < 1) return {rows: [], lastRow};
  const first = Math.max(2, fromRow);
  // The header and the rows: one read from the top, two from further down.
  const values =
    first === 2
      ? sheet.getRange(1, 1, lastRow, lastColumn).getValues()
      : sheet
          .getRange(1, 1, 1, lastColumn)
          .getValues()
          .concat(
            lastRow >= first
              ? sheet
                  .getRange(first, 1, lastRow - first + 1, lastColumn)
                  .getValues()
              : []
          );
  const [headers, ...data] = values;
  const column = columnsOf(headers.map(h => String(h).trim()));
  const at = (row: unknown[], name: string) => row[(column.get(name) ?? 0) - 1];
  return {
    lastRow,
    rows: data.map((row, i) => ({
      row: first + i,
      whenMs: cellMs(at(row, 'When') as CellValue),
      ticketId: String(at(row, 'Ticket ID') ?? ''),
      field: String(at(row, 'Field') ?? ''),
      newValue: String(at(row, 'New Value') ?? ''),
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

// Per-ticket figures from a desk's Tickets and Activity tabs, read whole (the live desk or an archive).
import {TAB} from '../../domain/setup/workbook';
import {Reference} from '../../domain/settings/reference';
import {
  historyFrom,
  METRICS_FIELDS,
  MetricsRow,
  TicketMetrics,
  ticketMetrics,
} from '../../domain/metrics/ticket-metrics';
import {SchoolCalendar} from '../../domain/school-time/school-time';
import {CellValue, cellMs, cellText} from '../../domain/tickets/ticket-row';
import {spansOf} from '../../domain/tickets/live-index';
import {isPractice} from '../../domain/credentials/practice';
import {requireSheet} from '../../workspace/sheets/spreadsheet';
import {columnsOf} from '../../workspace/sheets/table';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Reads per Tickets read: the metrics' columns joined into at most this many runs. */
const MAX_COLUMN_RUNS = 4;
/** Unused columns between two wanted ones that are read rather than split into two reads. */
const COLUMN_GAP = 2;

/**
 * Every Tickets row, as the metrics read it, practice tickets left out: no metric, digest,
 * Dashboard or export figure counts them. Only the metrics' columns are read, found by header
 * (people may reorder them), in a few runs: the ledger's other columns are most of its cells.
 */
function readTickets(
  ss: Spreadsheet,
  kept: (ticket: MetricsRow) => boolean = ticket => !isPractice(ticket)
): MetricsRow[] {
  const sheet = requireSheet(ss, TAB.tickets);
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  if (lastRow < 2 || lastColumn < 1) return [];
  const [headers] = sheet.getRange(1, 1, 1, lastColumn).getValues();
  const columns = columnsOf(headers.map(h => String(h).trim()));
  const found = METRICS_FIELDS.flatMap(field => {
    const column = columns.get(field);
    return column === undefined ? [] : [{field, column}];
  });
  const runs = spansOf(
    found.map(f => f.column),
    MAX_COLUMN_RUNS,
    COLUMN_GAP
  ).map(run => ({
    first: run.first,
    last: run.first + run.count - 1,
    cells: sheet
      .getRange(2, run.first, lastRow - 1, run.count)
      .getValues() as CellValue[][],
  }));
  const readers = found.map(({field, column}) => {
    const run = runs.find(r => column >= r.first && column <= r.last);
    const offset = column - (run?.first ?? column);
    return {field, cells: run?.cells ?? [], offset};
  });
  const rows: MetricsRow[] = [];
  for (let r = 0; r < lastRow - 1; r++) {
    const row = Object.fromEntries(
      METRICS_FIELDS.map(field => [field, ''])
    ) as Record<string, CellValue>;
    for (const {field, cells, offset} of readers)
      row[field] = cells[r][offset] ?? '';
    const ticket = row as MetricsRow;
    if (kept(ticket)) rows.push(ticket);
  }
  return rows;
}

/** Practice tickets resolved, by whom and when: the monthly report counts them apart from real ones. */
export function practiceResolvedOf(
  ss: Spreadsheet
): {resolverEmail: string; resolvedMs: number}[] {
  return readTickets(ss, isPractice).flatMap(ticket => {
    const resolvedMs = cellMs(ticket['Resolved At']);
    const resolverEmail = cellText(ticket['Resolved By']).trim().toLowerCase();
    return resolvedMs === undefined || resolverEmail === ''
      ? []
      : [{resolverEmail, resolvedMs}];
  });
}

/** The Activity log's status changes, from one read. */
function readHistory(ss: Spreadsheet) {
  const [headers = [], ...rows] = requireSheet(ss, TAB.activity)
    .getDataRange()
    .getValues();
  const column = columnsOf(headers.map(h => String(h).trim()));
  const at = (row: unknown[], name: string) =>
    String(row[(column.get(name) ?? 0) - 1] ?? '');
  return historyFrom(
    rows.map(row => ({
      ticketId: at(row, 'Ticket ID'),
      field: at(row, 'Field'),
      newValue: at(row, 'New Value'),
    }))
  );
}

/** Every ticket's figures in a spreadsheet holding Tickets and Activity tabs: a few reads each. */
export function ticketMetricsOf(
  ss: Spreadsheet,
  reference: Reference,
  calendar: SchoolCalendar,
  nowMs: number
): TicketMetrics[] {
  return ticketMetrics(readTickets(ss), {
    techs: reference.techs,
    calendar,
    sla: reference.sla,
    history: readHistory(ss),
    nowMs,
  });
}

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
import {cellMs, cellText} from '../../domain/tickets/ticket-row';
import {isPractice} from '../../domain/credentials/practice';
import {requireSheet} from '../../workspace/sheets/spreadsheet';
import {readColumns} from '../../workspace/sheets/column-reads';
import {columnsOf} from '../../workspace/sheets/table';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Every Tickets row, as the metrics read it, practice tickets left out: no metric, digest,
 * Dashboard or export figure counts them. Only the metrics' columns are read (readColumns): the
 * ledger's other columns are most of its cells.
 */
function readTickets(
  ss: Spreadsheet,
  kept: (ticket: MetricsRow) => boolean = ticket => !isPractice(ticket)
): MetricsRow[] {
  return (
    readColumns(requireSheet(ss, TAB.tickets), METRICS_FIELDS) as MetricsRow[]
  ).filter(kept);
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

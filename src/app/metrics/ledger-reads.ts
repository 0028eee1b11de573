// Per-ticket figures from a desk's Tickets and Activity tabs, read whole (the live desk or an archive).
import {TAB, TICKET_HEADERS} from '../../domain/configuration/tabs';
import {Reference} from '../../domain/configuration/reference';
import {
  historyFrom,
  TicketMetrics,
  ticketMetrics,
} from '../../domain/metrics/ticket-metrics';
import {SchoolCalendar} from '../../domain/school-time/school-time';
import {CellValue, TicketRow} from '../../domain/tickets/ticket-row';
import {isPractice} from '../../domain/credentials/practice';
import {requireSheet} from '../../workspace/sheets/spreadsheet';
import {columnsOf} from '../../workspace/sheets/table';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Every Tickets row by header name, from one read of the tab, practice tickets left out: no
 * metric, digest, Dashboard or export figure counts them.
 */
function readTickets(ss: Spreadsheet): TicketRow[] {
  const [headers = [], ...rows] = requireSheet(ss, TAB.tickets)
    .getDataRange()
    .getValues() as CellValue[][];
  const columns = columnsOf(headers.map(h => String(h).trim()));
  return rows
    .map(
      cells =>
        Object.fromEntries(
          TICKET_HEADERS.map(field => {
            const column = columns.get(field);
            return [
              field,
              column === undefined ? '' : (cells[column - 1] ?? ''),
            ];
          })
        ) as TicketRow
    )
    .filter(ticket => !isPractice(ticket));
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

/** Every ticket's figures in a spreadsheet holding Tickets and Activity tabs: two reads. */
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

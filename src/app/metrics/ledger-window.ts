// The hourly run's view of the ledger: the window's tickets read each run, the settled ones summed up once.
import {isPracticeId} from '../../domain/tickets/ticket-id';
import {
  dailyRowCount,
  LedgerSummary,
  summarise,
  windowStartOf,
} from '../../domain/metrics/ledger-summary';
import {
  historyFrom,
  shapesHistory,
  TicketMetrics,
  ticketMetrics,
} from '../../domain/metrics/ticket-metrics';
import {figuresFromRow, YearFigures} from '../../domain/metrics/year-figures';
import {LEADER_TAB} from '../../domain/metrics/tabs';
import {localMidnightMs} from '../../domain/school-time/zoned-dates';
import {Span, spansOf} from '../../domain/tickets/live-index';
import {CellValue, cellText} from '../../domain/tickets/ticket-row';
import {TAB} from '../../domain/setup/workbook';
import {readRecords} from '../../workspace/sheets/table';
import {requireSheet} from '../../workspace/sheets/spreadsheet';
import {
  LedgerRow,
  lastFilledRow,
  readActivity,
  readWholeLedger,
  readWindowRows,
  ticketsLayout,
} from './ledger-reads';
import {
  hasFigures,
  idOf,
  isOpenPractice,
  saveRecord,
  settingsPrint,
  spansOfWindow,
  storedRecord,
  ViewContext,
  WindowRecord,
  Written,
} from './window-record';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export type {ViewContext} from './window-record';

/** Rows this close to the next span are read with it: a round trip costs more than a few rows' cells. */
const JOIN_GAP = 20;

/** The ledger as one run sees it. */
export interface LedgerView {
  readonly summary: LedgerSummary;
  /** The window's tickets, in ledger order. */
  readonly window: readonly TicketMetrics[];
  /** Every row read (the window's and open practice tickets; all of them on a full read), in order. */
  readonly rows: readonly LedgerRow[];
  /** Each window ticket's Metrics row (1-based; the header is row 1): after the settled tickets'. */
  readonly metricsRowOf: readonly number[];
  readonly metricsRows: number;
  /** What the last run wrote, by fingerprint (nothing after a full read: it writes everything). */
  readonly written?: Written;
  readonly archived: readonly YearFigures[];
  /** A full read's every ticket, in ledger order: the whole Metrics and Daily tables are written. */
  readonly all?: readonly TicketMetrics[];
  /** A full read's Daily rows before the window. */
  readonly dailyBefore?: readonly (readonly CellValue[])[];
  /** Records what this run read, and what it wrote, once the tabs hold its figures. */
  save(written: Written): void;
}

/** The first Activity row written on or after `date` began (rows are appended as things happen). */
function firstRowFrom(
  rows: readonly {row: number; whenMs: number | undefined}[],
  fromMs: number,
  lastRow: number
): number {
  return (
    rows.find(r => r.whenMs !== undefined && r.whenMs >= fromMs)?.row ??
    lastRow + 1
  );
}

function archivedYears(ss: Spreadsheet, timeZone: string): YearFigures[] {
  const sheet = ss.getSheetByName(LEADER_TAB.schoolYears);
  return sheet ? readRecords(sheet, timeZone).map(figuresFromRow) : [];
}

/** Every row read: the settled tickets summed up, the window's to be read again each run. */
function fullView(ss: Spreadsheet, context: ViewContext): LedgerView {
  const layout = ticketsLayout(ss);
  const rows = layout.lastRow < 2 ? [] : readWholeLedger(layout);
  const activity = readActivity(ss);
  const withFigures = rows.filter(hasFigures);
  const all = ticketMetrics(
    withFigures.map(r => r.ticket),
    {...context.metrics, history: historyFrom(activity.rows)}
  );
  const {summary, window, dailyBefore} = summarise(all, context);
  const windowTickets = new Set(window);
  // `ticketMetrics` keeps exactly the rows with figures, in order.
  const windowRows = new Set(
    withFigures.filter((_, i) => windowTickets.has(all[i]))
  );
  const metricsRowOf = window.map((_, i) => summary.tickets + 2 + i);
  const spans = spansOfWindow(
    rows,
    r => windowRows.has(r) || isOpenPractice(r)
  );
  const activityFrom = firstRowFrom(
    activity.rows,
    localMidnightMs(summary.windowStart, context.offset),
    activity.lastRow
  );
  const earlyIds = new Set(
    window.filter(t => t.createdDate < summary.windowStart).map(t => t.id)
  );
  const history = activity.rows
    .filter(
      r => r.row < activityFrom && earlyIds.has(r.ticketId) && shapesHistory(r)
    )
    .map(({ticketId, field, newValue}) => ({ticketId, field, newValue}));
  const archived = archivedYears(ss, context.timeZone);
  const ticketRows = lastFilledRow(rows);
  return {
    summary,
    window,
    rows,
    metricsRowOf,
    metricsRows: all.length,
    archived,
    all,
    dailyBefore,
    save: written =>
      saveRecord({
        settings: settingsPrint(context),
        summary,
        columns: layout.columns,
        ticketRows,
        lastId: idOf(rows.find(r => r.row === ticketRows)),
        spans,
        metricsRows: all.length,
        activityFrom,
        activityRows: activity.lastRow,
        history,
        archived,
        day: context.today,
        written,
      }),
  };
}

/**
 * The record's spans, row 1 (its headers are checked) and every row from the last the record knew
 * to the sheet's end, read; undefined when the headers moved or rows were deleted, sorted or
 * inserted (a span's end, or the last row, no longer holds the ID recorded there).
 */
function readWindow(
  ss: Spreadsheet,
  record: WindowRecord
): {rows: LedgerRow[]; lastRow: number} | undefined {
  const {columns, ticketRows} = record;
  if (columns.length === 0) return undefined;
  const rowsOfSpans = record.spans.flatMap(s =>
    Array.from({length: s.count}, (_, i) => s.first + i)
  );
  // The last row the record knew is read again: its ID shows the ledger did not move.
  const spans = spansOf(
    [1, ...rowsOfSpans, Math.max(2, ticketRows)],
    Infinity,
    JOIN_GAP
  );
  const read = readWindowRows(requireSheet(ss, TAB.tickets), columns, spans);
  if (!read) return undefined;
  const firstColumn = Math.min(...columns.map(c => c.column));
  const headersMoved = columns.some(
    ({field, column}) =>
      cellText(read.header?.[column - firstColumn]).trim() !== field
  );
  if (headersMoved) return undefined;
  const byRow = new Map(read.rows.map(r => [r.row, r]));
  const lastRow = lastFilledRow(read.rows);
  const moved =
    lastRow < ticketRows ||
    idOf(byRow.get(ticketRows)) !== record.lastId ||
    record.spans.some(
      s =>
        idOf(byRow.get(s.first)) !== s.firstId ||
        idOf(byRow.get(s.first + s.count - 1)) !== s.lastId
    );
  if (moved) return undefined;
  const inSpans = new Set(rowsOfSpans);
  return {
    rows: read.rows.filter(
      r => r.row <= lastRow && (r.row > ticketRows || inSpans.has(r.row))
    ),
    lastRow,
  };
}

/**
 * The window read again: its spans of Tickets rows and the rows added since, and Activity from
 * the window's start. Undefined when what the record says no longer holds (a row sorted, deleted
 * or inserted, an old ticket's status or rating changed, a new campus, a Metrics row deleted):
 * then the caller reads everything.
 */
function windowView(
  ss: Spreadsheet,
  context: ViewContext,
  record: WindowRecord
): LedgerView | undefined {
  const {summary} = record;
  const read = readWindow(ss, record);
  if (!read) return undefined;
  const {rows, lastRow} = read;
  const activity = readActivity(ss, record.activityFrom);
  if (activity.lastRow < record.activityRows) return undefined;
  const withFigures = rows.filter(hasFigures);
  const ids = new Set(withFigures.map(idOf));
  const oldTicketChanged = activity.rows.some(
    r =>
      r.row > record.activityRows &&
      r.ticketId !== '' &&
      !isPracticeId(r.ticketId) &&
      !ids.has(r.ticketId)
  );
  if (oldTicketChanged) return undefined;
  const window = ticketMetrics(
    withFigures.map(r => r.ticket),
    {
      ...context.metrics,
      history: historyFrom([...record.history, ...activity.rows]),
    }
  );
  const daily = summary.daily;
  const outside = window.some(
    t =>
      !daily ||
      !daily.campuses.includes(t.campus) ||
      t.createdDate < daily.first
  );
  if (outside || window.length !== withFigures.length) return undefined;
  const metrics = ss.getSheetByName(LEADER_TAB.metrics);
  if (!metrics || metrics.getLastRow() !== record.metricsRows + 1)
    return undefined;
  const dailyTab = ss.getSheetByName(LEADER_TAB.daily);
  if (
    !dailyTab ||
    dailyTab.getLastRow() !== dailyRowCount(summary, record.day) + 1
  )
    return undefined;
  // The window's Metrics rows follow the settled tickets' in ledger order, new tickets last: the
  // tickets the record knew must all still be there.
  const known = record.metricsRows - summary.tickets;
  if (withFigures.filter(r => r.row <= record.ticketRows).length !== known)
    return undefined;
  const metricsRowOf = window.map((_, i) => summary.tickets + 2 + i);
  const metricsRows = summary.tickets + window.length;
  const spans: Span[] = record.spans.map(({first, count}) => ({first, count}));
  const added = lastRow - record.ticketRows;
  const last = spans[spans.length - 1];
  if (added > 0) {
    if (last && last.first + last.count === record.ticketRows + 1)
      spans[spans.length - 1] = {first: last.first, count: last.count + added};
    else spans.push({first: record.ticketRows + 1, count: added});
  }
  const byRow = new Map(rows.map(r => [r.row, r]));
  const ended = spans.map(span => ({
    ...span,
    firstId: idOf(byRow.get(span.first)),
    lastId: idOf(byRow.get(span.first + span.count - 1)),
  }));
  return {
    summary,
    window,
    rows,
    metricsRowOf,
    metricsRows,
    written: record.written,
    archived: record.archived,
    save: written =>
      saveRecord({
        ...record,
        ticketRows: lastRow,
        lastId: idOf(byRow.get(lastRow)),
        spans: ended,
        metricsRows,
        activityRows: activity.lastRow,
        day: context.today,
        written,
      }),
  };
}

/**
 * The ledger for this run: the window alone while the record holds (same settings, same week),
 * else every row (`full`: the menu's rebuild; a new week; a change the window cannot account for).
 */
export function ledgerView(
  ss: Spreadsheet,
  context: ViewContext,
  full: boolean
): LedgerView {
  const record = full ? undefined : storedRecord();
  const view =
    record &&
    record.settings === settingsPrint(context) &&
    record.summary.windowStart === windowStartOf(context.today)
      ? windowView(ss, context, record)
      : undefined;
  return view ?? fullView(ss, context);
}

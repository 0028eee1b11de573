// The hourly run's view of the ledger: the window's tickets read each run, the settled ones summed up once.
import {isPractice} from '../../domain/credentials/practice';
import {isPracticeId} from '../../domain/tickets/ticket-id';
import {
  dailyRowCount,
  LedgerSummary,
  parseSummary,
  summarise,
  SummaryContext,
  windowStartOf,
} from '../../domain/metrics/ledger-summary';
import {fingerprintOf} from '../../domain/metrics/fingerprint';
import {
  HistoryEntry,
  historyFrom,
  MetricsContext,
  shapesHistory,
  TicketMetrics,
  ticketMetrics,
} from '../../domain/metrics/ticket-metrics';
import {figuresFromRow, YearFigures} from '../../domain/metrics/year-figures';
import {LEADER_TAB} from '../../domain/metrics/tabs';
import {localMidnightMs} from '../../domain/school-time/zoned-dates';
import {Span} from '../../domain/tickets/live-index';
import {CellValue, cellMs, cellText} from '../../domain/tickets/ticket-row';
import {storedObject} from '../../domain/text';
import {
  chunkedScriptProperty,
  deleteChunkedScriptProperty,
  PROPERTY,
  setChunkedScriptProperty,
} from '../../workspace/services/properties';
import {readRecords} from '../../workspace/sheets/table';
import {
  LedgerRow,
  readActivity,
  readLedgerRows,
  readWholeLedger,
  ticketsLayout,
} from './ledger-reads';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A run of Tickets rows the window's tickets are in, checked by the IDs at its ends. */
interface WindowSpan extends Span {
  /** Tickets with figures (Metrics rows) above the span. */
  readonly keptBefore: number;
  readonly firstId: string;
  readonly lastId: string;
}

/** What the hourly run keeps between runs (Script Properties, chunked: it outgrows one value). */
interface WindowRecord {
  /** The settings the figures were worked out under: any change rebuilds whole. */
  readonly settings: string;
  readonly summary: LedgerSummary;
  readonly ticketRows: number;
  readonly spans: readonly WindowSpan[];
  /** The Metrics tab's data rows: one per ticket with figures. */
  readonly metricsRows: number;
  /** The first Activity row of the window; the window's tickets' earlier lines are in `history`. */
  readonly activityFrom: number;
  readonly activityRows: number;
  readonly history: readonly HistoryEntry[];
  /** The School Years tab's archived years (an archive run changes the ledger, so rebuilds whole). */
  readonly archived: readonly YearFigures[];
  /** The local date of the run that wrote it: the Daily tab then held its rows up to that day. */
  readonly day: string;
  /** The fingerprint of each window ticket's Metrics row as written, by row: unchanged rows are not written again. */
  readonly metricsPrints: Readonly<Record<string, string>>;
}

/** The ledger as one run sees it. */
export interface LedgerView {
  readonly summary: LedgerSummary;
  /** The window's tickets, in ledger order. */
  readonly window: readonly TicketMetrics[];
  /** Each window ticket's Metrics row (1-based; the header is row 1). */
  readonly metricsRowOf: readonly number[];
  readonly metricsRows: number;
  /** What the window's Metrics rows held when last written, by row (none after a full read). */
  readonly metricsPrints: ReadonlyMap<number, string>;
  readonly archived: readonly YearFigures[];
  /** A full read's every ticket, in ledger order: the whole Metrics and Daily tables are written. */
  readonly all?: readonly TicketMetrics[];
  /** A full read's Daily rows before the window. */
  readonly dailyBefore?: readonly (readonly CellValue[])[];
  /** Records what this run read, and the window's Metrics rows' fingerprints, once the tabs hold its figures. */
  save(metricsPrints: ReadonlyMap<number, string>): void;
}

/** What the figures of every ticket depend on besides its row, for the settings fingerprint. */
export interface ViewContext extends SummaryContext {
  readonly metrics: Omit<MetricsContext, 'history'>;
  readonly timeZone: string;
}

function settingsPrint(context: ViewContext): string {
  const {calendar, techs, sla} = context.metrics;
  return fingerprintOf({
    techs,
    sla,
    config: calendar.config,
    periods: calendar.periods,
    noSchool: [...calendar.noSchoolDays].sort(),
    zone: context.timeZone,
    trend: context.trendWeeks,
    saved: context.minutesSavedPerTicket,
    rollover: context.rolloverMonthDay,
    titles: context.articleTitles,
  });
}

/** A row with figures: an ID and a Created date, not a practice ticket (as `ticketMetrics` keeps). */
function hasFigures(row: LedgerRow): boolean {
  return (
    cellText(row.ticket['Ticket ID']).trim() !== '' &&
    cellMs(row.ticket.Created) !== undefined &&
    !isPractice(row.ticket)
  );
}

function idOf(row: LedgerRow | undefined): string {
  return row ? cellText(row.ticket['Ticket ID']).trim() : '';
}

function parseRecord(text: string | undefined): WindowRecord | undefined {
  const data = storedObject(text);
  if (!data || typeof data.settings !== 'string') return undefined;
  const summary = parseSummary(JSON.stringify(data.summary));
  if (!summary || !Array.isArray(data.spans) || !Array.isArray(data.history))
    return undefined;
  return {...(data as unknown as WindowRecord), summary};
}

/**
 * The window's spans among `rows` (every ledger row, in order): runs of rows holding a window
 * ticket, joined across rows without figures (practice tickets, blank rows) between them.
 */
function spansOfWindow(
  rows: readonly LedgerRow[],
  inWindow: (row: LedgerRow) => boolean
): WindowSpan[] {
  const spans: WindowSpan[] = [];
  let kept = 0;
  let open: {first: LedgerRow; last: LedgerRow; keptBefore: number} | undefined;
  let pending: LedgerRow[] = [];
  const close = () => {
    if (open)
      spans.push({
        first: open.first.row,
        count: open.last.row - open.first.row + 1,
        keptBefore: open.keptBefore,
        firstId: idOf(open.first),
        lastId: idOf(open.last),
      });
    open = undefined;
  };
  for (const row of rows) {
    const figures = hasFigures(row);
    if (figures && inWindow(row)) {
      if (open) open.last = row;
      else open = {first: pending[0] ?? row, last: row, keptBefore: kept};
      pending = [];
    } else if (!figures) {
      if (!open) pending.push(row);
    } else {
      close();
      pending = [];
    }
    if (figures) kept++;
  }
  close();
  return spans;
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

/**
 * The most of the Script Properties store (500 KB in all, platform.md: Quotas) the record may take.
 * A window of many thousand tickets records no row fingerprints (its rows are all written each
 * run); a record larger still is not kept, and the next run reads everything.
 */
const MAX_RECORD_CHARS = 120_000;

function saveRecord(record: WindowRecord): void {
  const text = JSON.stringify(record);
  const lean =
    text.length <= MAX_RECORD_CHARS
      ? text
      : JSON.stringify({...record, metricsPrints: {}});
  if (lean.length <= MAX_RECORD_CHARS)
    setChunkedScriptProperty(PROPERTY.metricsWindowPrefix, lean);
  else deleteChunkedScriptProperty(PROPERTY.metricsWindowPrefix);
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
  const windowIds = new Set(window.map(t => t.id));
  const rowOf = new Map(withFigures.map((r, i) => [r, i]));
  const metricsRowOf: number[] = [];
  withFigures.forEach((r, i) => {
    if (windowIds.has(all[i].id)) metricsRowOf.push(i + 2);
  });
  const spans = spansOfWindow(rows, r =>
    windowIds.has(all[rowOf.get(r) ?? -1]?.id)
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
  return {
    summary,
    window,
    metricsRowOf,
    metricsRows: all.length,
    archived,
    all,
    dailyBefore,
    metricsPrints: new Map(),
    save: metricsPrints =>
      saveRecord({
        settings: settingsPrint(context),
        summary,
        ticketRows: layout.lastRow,
        spans,
        metricsRows: all.length,
        activityFrom,
        activityRows: activity.lastRow,
        history,
        archived,
        day: context.today,
        metricsPrints: Object.fromEntries(metricsPrints),
      }),
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
  const layout = ticketsLayout(ss);
  if (layout.lastRow < record.ticketRows) return undefined;
  const spans: Span[] = record.spans.map(({first, count}) => ({first, count}));
  const added = layout.lastRow - record.ticketRows;
  const last = spans[spans.length - 1];
  if (added > 0) {
    if (last && last.first + last.count === record.ticketRows + 1)
      spans[spans.length - 1] = {first: last.first, count: last.count + added};
    else spans.push({first: record.ticketRows + 1, count: added});
  }
  const rows = readLedgerRows(layout, spans, 1);
  const byRow = new Map(rows.map(r => [r.row, r]));
  const moved = record.spans.some(
    s =>
      idOf(byRow.get(s.first)) !== s.firstId ||
      idOf(byRow.get(s.first + s.count - 1)) !== s.lastId
  );
  if (moved) return undefined;
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
  const keptBefore = new Map<number, number>();
  for (const s of record.spans) keptBefore.set(s.first, s.keptBefore);
  const metricsRowOf: number[] = [];
  let metricsRows = record.metricsRows;
  for (const span of spans) {
    let next = (keptBefore.get(span.first) ?? record.metricsRows) + 2;
    for (let row = span.first; row < span.first + span.count; row++) {
      const read = byRow.get(row);
      if (!read || !hasFigures(read)) continue;
      metricsRowOf.push(next);
      next++;
      if (row > record.ticketRows) metricsRows++;
    }
  }
  const ended = spans.map(span => {
    const s = record.spans.find(r => r.first === span.first);
    return {
      ...span,
      keptBefore: s?.keptBefore ?? record.metricsRows,
      firstId: idOf(byRow.get(span.first)),
      lastId: idOf(byRow.get(span.first + span.count - 1)),
    };
  });
  return {
    summary,
    window,
    metricsRowOf,
    metricsRows,
    metricsPrints: new Map(
      Object.entries(record.metricsPrints ?? {}).map(([row, print]) => [
        Number(row),
        print,
      ])
    ),
    archived: record.archived,
    save: metricsPrints =>
      saveRecord({
        ...record,
        ticketRows: layout.lastRow,
        spans: ended,
        metricsRows,
        activityRows: activity.lastRow,
        day: context.today,
        metricsPrints: Object.fromEntries(metricsPrints),
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
  if (!full) {
    const record = parseRecord(
      chunkedScriptProperty(PROPERTY.metricsWindowPrefix)
    );
    if (
      record &&
      record.settings === settingsPrint(context) &&
      record.summary.windowStart === windowStartOf(context.today)
    ) {
      const view = windowView(ss, context, record);
      if (view) return view;
    }
  }
  return fullView(ss, context);
}

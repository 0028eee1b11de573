// What the hourly run keeps between runs: where the window's rows are, and what the settled ones add up to.
import {isPractice} from '../../domain/credentials/practice';
import {fingerprintOf} from '../../domain/metrics/fingerprint';
import {
  LedgerSummary,
  parseSummary,
  SummaryContext,
} from '../../domain/metrics/ledger-summary';
import {
  HistoryEntry,
  MetricsContext,
} from '../../domain/metrics/ticket-metrics';
import {YearFigures} from '../../domain/metrics/year-figures';
import {storedObject} from '../../domain/text';
import {Span} from '../../domain/tickets/live-index';
import {cellMs, cellText} from '../../domain/tickets/ticket-row';
import {isOpen} from '../../domain/tickets/workflow';
import {
  chunkedScriptProperty,
  deleteChunkedScriptProperty,
  PROPERTY,
  setChunkedScriptProperty,
} from '../../workspace/services/properties';
import {LedgerColumn, LedgerRow} from './ledger-reads';

/** A run of Tickets rows the window's tickets are in, checked by the IDs at its ends. */
export interface WindowSpan extends Span {
  readonly firstId: string;
  readonly lastId: string;
}

/** What the last run wrote, by fingerprint: a tab whose new content has the same one is not written. */
export interface Written {
  /** Each window ticket's Metrics row, by row. */
  readonly metrics: Readonly<Record<string, string>>;
  /** The Daily tab's window rows. */
  readonly daily: string;
  readonly dashboard: string;
  /** The badges earned, and the Recognition tab's data rows once they were recorded. */
  readonly badges: string;
  readonly recognitionRows: number;
}

/** What the hourly run keeps between runs (Script Properties, chunked: it outgrows one value). */
export interface WindowRecord {
  /** The settings the figures were worked out under: any change rebuilds whole. */
  readonly settings: string;
  readonly summary: LedgerSummary;
  /** The Tickets columns read, where the last full read found them by header. */
  readonly columns: readonly LedgerColumn[];
  /** The last Tickets row holding anything in those columns, and the ID in it. */
  readonly ticketRows: number;
  readonly lastId: string;
  readonly spans: readonly WindowSpan[];
  /** The Metrics tab's data rows: one per ticket with figures, the window's last. */
  readonly metricsRows: number;
  /** The first Activity row of the window; the window's tickets' earlier lines are in `history`. */
  readonly activityFrom: number;
  readonly activityRows: number;
  readonly history: readonly HistoryEntry[];
  /** The School Years tab's archived years (an archive run changes the ledger, so rebuilds whole). */
  readonly archived: readonly YearFigures[];
  /** The local date of the run that wrote it: the Daily tab then held its rows up to that day. */
  readonly day: string;
  readonly written: Written;
}

/** What the figures of every ticket depend on besides its row, for the settings fingerprint. */
export interface ViewContext extends SummaryContext {
  readonly metrics: Omit<MetricsContext, 'history'>;
  readonly timeZone: string;
}

export function settingsPrint(context: ViewContext): string {
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
export function hasFigures(row: LedgerRow): boolean {
  return (
    idOf(row) !== '' &&
    cellMs(row.ticket.Created) !== undefined &&
    !isPractice(row.ticket)
  );
}

/** An open practice ticket: no figures, but the daily email lists it, so the window reads it. */
export function isOpenPractice(row: LedgerRow): boolean {
  return (
    idOf(row) !== '' &&
    isPractice(row.ticket) &&
    isOpen(cellText(row.ticket.Status).trim())
  );
}

export function idOf(row: LedgerRow | undefined): string {
  return row ? cellText(row.ticket['Ticket ID']).trim() : '';
}

export function storedRecord(): WindowRecord | undefined {
  const data = storedObject(
    chunkedScriptProperty(PROPERTY.metricsWindowPrefix)
  );
  if (!data || typeof data.settings !== 'string') return undefined;
  const summary = parseSummary(JSON.stringify(data.summary));
  if (
    !summary ||
    !Array.isArray(data.spans) ||
    !Array.isArray(data.history) ||
    !Array.isArray(data.columns) ||
    typeof data.written !== 'object'
  )
    return undefined;
  return {...(data as unknown as WindowRecord), summary};
}

/**
 * The window's spans among `rows` (every ledger row, in order): runs of rows `inWindow` wants,
 * joined across rows without figures (blank rows, settled practice tickets) between them.
 */
export function spansOfWindow(
  rows: readonly LedgerRow[],
  inWindow: (row: LedgerRow) => boolean
): WindowSpan[] {
  const spans: WindowSpan[] = [];
  let open: {first: LedgerRow; last: LedgerRow} | undefined;
  let pending: LedgerRow[] = [];
  const close = () => {
    if (open)
      spans.push({
        first: open.first.row,
        count: open.last.row - open.first.row + 1,
        firstId: idOf(open.first),
        lastId: idOf(open.last),
      });
    open = undefined;
  };
  for (const row of rows) {
    if (inWindow(row)) {
      if (open) open.last = row;
      else open = {first: pending[0] ?? row, last: row};
      pending = [];
    } else if (!hasFigures(row)) {
      if (!open) pending.push(row);
    } else {
      close();
      pending = [];
    }
  }
  close();
  return spans;
}

/**
 * The most of the Script Properties store (500 KB in all, platform.md: Quotas) the record may take.
 * A window of many thousand tickets records no row fingerprints (its rows are all written each
 * run); a record larger still is not kept, and the next run reads everything.
 */
const MAX_RECORD_CHARS = 120_000;

export function saveRecord(record: WindowRecord): void {
  const text = JSON.stringify(record);
  const lean =
    text.length <= MAX_RECORD_CHARS
      ? text
      : JSON.stringify({
          ...record,
          written: {...record.written, metrics: {}},
        });
  if (lean.length <= MAX_RECORD_CHARS)
    setChunkedScriptProperty(PROPERTY.metricsWindowPrefix, lean);
  else deleteChunkedScriptProperty(PROPERTY.metricsWindowPrefix);
}

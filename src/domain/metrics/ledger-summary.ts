// What the tickets settled before the hourly run's window add up to: kept between runs, never re-added.
import {storedObject} from '../text';
import {addDays, daysBetween} from '../school-time/local-time';
import {UtcOffset, weekStartOf} from '../school-time/zoned-dates';
import {isOpen} from '../tickets/workflow';
import {CellValue} from '../tickets/ticket-row';
import {schoolYearOf} from '../archive/school-year';
import {
  backlogAt,
  DailyStart,
  dailyRows,
  dailyStartOf,
  leftBacklogOn,
} from './daily-metrics';
import {WeekFigures, weekFigures} from './leader-figures';
import {ArticleCounts, articleHelpfulness} from './self-help-figures';
import {TechTotals, techTotals} from './tech-records';
import {TicketMetrics} from './ticket-metrics';

/**
 * The window the hourly run reads: this week and the five before it, so the 28 days that
 * "recurring" rooms and assets look back over always fall inside it.
 */
const WINDOW_WEEKS = 5;

export function windowStartOf(today: string): string {
  return addDays(weekStartOf(today), -7 * WINDOW_WEEKS);
}

export interface YearCounts {
  readonly tickets: number;
  readonly resolved: number;
  readonly resolvedByStudents: number;
}

/** What the settled tickets add up to, and the figures of days and weeks before the window. */
export interface LedgerSummary {
  readonly windowStart: string;
  readonly tickets: number;
  readonly categories: Readonly<Record<string, number>>;
  readonly techs: Readonly<Record<string, TechTotals>>;
  readonly articles: Readonly<Record<string, ArticleCounts>>;
  /** By the school year (label) the tickets were created in. */
  readonly years: Readonly<Record<string, YearCounts>>;
  /** The Dashboard's trend weeks that ended before the window, oldest first. */
  readonly weeks: readonly WeekFigures[];
  /** The Daily tab's first date and campuses, each campus's backlog the day before the window. */
  readonly daily?: {
    readonly first: string;
    readonly campuses: readonly string[];
    readonly backlog: Readonly<Record<string, number>>;
  };
}

/**
 * A ticket settled before `windowStart`: closed, and every date it counts on (created, resolved,
 * left the backlog, lost class time) before the window. Nothing but an edit changes its figures.
 */
export function isSettled(t: TicketMetrics, windowStart: string): boolean {
  if (isOpen(t.status)) return false;
  const dates = [
    t.createdDate,
    t.resolvedDate,
    leftBacklogOn(t),
    ...t.classMinutesByDay.keys(),
  ];
  return dates.every(date => date === undefined || date < windowStart);
}

/** The settings a summary was worked out under: techs, trend weeks, minutes saved, the year's start. */
export interface SummaryContext {
  readonly today: string;
  readonly offset: UtcOffset;
  readonly trendWeeks: readonly string[];
  readonly minutesSavedPerTicket: number;
  readonly rolloverMonthDay: string;
  readonly articleTitles: readonly string[];
}

/** Every ticket split at the window: the settled ones summed up, the rest to be read each run. */
export function summarise(
  all: readonly TicketMetrics[],
  context: SummaryContext
): {
  summary: LedgerSummary;
  window: TicketMetrics[];
  dailyBefore: CellValue[][];
} {
  const windowStart = windowStartOf(context.today);
  const settled: TicketMetrics[] = [];
  const window: TicketMetrics[] = [];
  for (const t of all) (isSettled(t, windowStart) ? settled : window).push(t);
  const categories: Record<string, number> = {};
  const years: Record<string, YearCounts> = {};
  for (const t of settled) {
    if (t.category !== '')
      categories[t.category] = (categories[t.category] ?? 0) + 1;
    const label = schoolYearOf(t.createdDate, context.rolloverMonthDay).label;
    const year = years[label] ?? {
      tickets: 0,
      resolved: 0,
      resolvedByStudents: 0,
    };
    years[label] = {
      tickets: year.tickets + 1,
      resolved: year.resolved + (t.resolvedMs === undefined ? 0 : 1),
      resolvedByStudents:
        year.resolvedByStudents + (t.resolvedBy === 'student' ? 1 : 0),
    };
  }
  const articles: Record<string, ArticleCounts> = {};
  for (const a of articleHelpfulness(settled, context.articleTitles))
    articles[a.title] = {suggested: a.suggested, helped: a.helped};
  const weeks = context.trendWeeks
    .filter(week => week < windowStart)
    .map(week => weekFigures(all, week, context.minutesSavedPerTicket));
  let daily: LedgerSummary['daily'];
  let dailyBefore: CellValue[][] = [];
  if (all.length > 0) {
    const start = dailyStartOf(all, context.today);
    const before = dailyRows(
      all,
      start,
      addDays(windowStart, -1),
      context.offset
    );
    dailyBefore = before.rows;
    daily = {
      first: start.from,
      campuses: start.campuses,
      backlog: Object.fromEntries(before.backlog),
    };
  }
  return {
    summary: {
      windowStart,
      tickets: settled.length,
      categories,
      techs: techTotals(settled),
      articles,
      years,
      weeks,
      daily,
    },
    window,
    dailyBefore,
  };
}

/** Where the window's Daily rows begin: its first day (or the Daily tab's, if later) and backlogs. */
export function windowDailyStart(
  summary: LedgerSummary
): DailyStart | undefined {
  const {daily, windowStart} = summary;
  if (!daily) return undefined;
  return {
    from: daily.first > windowStart ? daily.first : windowStart,
    campuses: daily.campuses,
    backlog: new Map(Object.entries(daily.backlog)),
  };
}

/** The Daily tab's data rows on `today`: one per date since the first ticket's and campus. */
export function dailyRowCount(summary: LedgerSummary, today: string): number {
  const {daily} = summary;
  return daily
    ? (daysBetween(daily.first, today) + 1) * daily.campuses.length
    : 0;
}

/**
 * Open tickets at the end of a date in the window, over every ticket: the backlog the day before
 * the window, plus the window's tickets opened, less those that left, since.
 */
export function windowBacklog(
  summary: LedgerSummary,
  window: readonly TicketMetrics[]
): (date: string) => number {
  const start = windowDailyStart(summary);
  if (!start) return date => backlogAt(window, date);
  let before = 0;
  for (const n of start.backlog.values()) before += n;
  return date => {
    let open = before;
    for (const t of window) {
      if (t.createdDate >= start.from && t.createdDate <= date) open++;
      const left = leftBacklogOn(t);
      if (left !== undefined && left >= start.from && left <= date) open--;
    }
    return open;
  };
}

/** The summary as stored, or undefined when absent or not what this version wrote. */
export function parseSummary(
  text: string | undefined
): LedgerSummary | undefined {
  const data = storedObject(text);
  if (!data || typeof data.windowStart !== 'string') return undefined;
  if (typeof data.tickets !== 'number' || !Array.isArray(data.weeks))
    return undefined;
  return data as unknown as LedgerSummary;
}

// What one rebuild worked out, from the ledger's view: weeks, categories, school years.
import {ArticleHelpfulness} from '../../domain/metrics/self-help-figures';
import {Badge} from '../../domain/metrics/badges';
import {TechRecord} from '../../domain/metrics/tech-records';
import {windowBacklog} from '../../domain/metrics/ledger-summary';
import {DashboardInput} from '../../domain/metrics/dashboard-layout';
import {WeekFigures, weekFigures} from '../../domain/metrics/leader-figures';
import {Reference} from '../../domain/settings/reference';
import {TicketMetrics} from '../../domain/metrics/ticket-metrics';
import {UtcOffset} from '../../domain/school-time/zoned-dates';
import {
  previousSchoolYear,
  schoolYearOf,
} from '../../domain/archive/school-year';
import {
  ALL_YEARS,
  sumFigures,
  YearFigures,
  yearFigures,
} from '../../domain/metrics/year-figures';
import {ScriptNow} from '../../workspace/services/script-clock';
import {LedgerRow} from './ledger-reads';
import {LedgerView} from './ledger-window';

/** How far back "recurring" rooms and assets look. */
export const RECURRING_DAYS = 28;

/** What one rebuild worked out; the digest, the monthly reports and the daily emails reuse it. */
export interface Figures {
  readonly today: string;
  readonly thisWeek: WeekFigures;
  readonly lastWeek: WeekFigures;
  /** The window's tickets: every ticket created in the last five weeks or more, and every open one. */
  readonly recent: readonly TicketMetrics[];
  /**
   * The Tickets rows read: the window's (every open ticket, every one resolved or created in the
   * last five weeks, open practice tickets) or, on a full read, all of them.
   */
  readonly rows: readonly LedgerRow[];
  /** Every ticket, read whole only when asked for (the monthly reports, once a month). */
  readonly tickets: readonly TicketMetrics[];
  readonly ticketCount: number;
  readonly trend: readonly WeekFigures[];
  readonly categories: ReadonlyMap<string, number>;
  readonly records: ReadonlyMap<string, TechRecord>;
  readonly badges: readonly Badge[];
  readonly reference: Reference;
  readonly offset: UtcOffset;
  /** Opens the Recognition tab, for the digest's "and N more". */
  readonly recognitionUrl: string;
  readonly years: DashboardInput['years'];
  /** Each published article's suggestions and fixes, over every ticket. */
  readonly articles: readonly ArticleHelpfulness[];
}

/** Each week's figures: a week before the window as stored, a later one from the window. */
export function weekFiguresOf(
  view: LedgerView,
  minutesSaved: number
): (week: string) => WeekFigures {
  const backlog = windowBacklog(view.summary, view.window);
  return week =>
    (week < view.summary.windowStart
      ? view.summary.weeks.find(w => w.weekStart === week)
      : undefined) ?? weekFigures(view.window, week, minutesSaved, backlog);
}

/** Tickets per category over every ticket: the settled ones' counts and the window's. */
export function categoriesOf(view: LedgerView): Map<string, number> {
  const counts = new Map<string, number>(
    Object.entries(view.summary.categories)
  );
  for (const t of view.window)
    if (t.category !== '')
      counts.set(t.category, (counts.get(t.category) ?? 0) + 1);
  return counts;
}

/**
 * This school year against last and all years: the settled tickets' counts by the year they were
 * created, the window's, and what the School Years tab says each archive holds.
 */
export function schoolYearsFigures(
  view: LedgerView,
  reference: Reference,
  clock: ScriptNow
): DashboardInput['years'] {
  const monthDay = reference.retention.rolloverMonthDay;
  const current = schoolYearOf(clock.local.date, monthDay);
  const last = previousSchoolYear(current, monthDay);
  const settled = (label: string): YearFigures => ({
    label,
    ...(view.summary.years[label] ?? {
      tickets: 0,
      resolved: 0,
      resolvedByStudents: 0,
    }),
  });
  const archivedIn = (label: string) =>
    view.archived.filter(f => f.label === label);
  return {
    thisYear: sumFigures(current.label, [
      settled(current.label),
      yearFigures(current.label, view.window, current),
      ...archivedIn(current.label),
    ]),
    lastYear: sumFigures(last.label, [
      settled(last.label),
      yearFigures(last.label, view.window, last),
      ...archivedIn(last.label),
    ]),
    allYears: sumFigures(ALL_YEARS, [
      ...Object.keys(view.summary.years).map(settled),
      yearFigures(ALL_YEARS, view.window),
      ...view.archived,
    ]),
  };
}

// The Daily metrics table: tickets resolved, SLA met, class time lost and backlog per day.
import {addDays, daysBetween} from '../school-time/local-time';
import {DATE_FORMAT, NUMBER_FORMAT} from './presentation/figure-format';
import {mean, median, quantile, rounded, share} from './statistics';
import {slaSummary} from './sla-summary';
import {CellValue} from '../tickets/ticket-row';
import {TicketMetrics} from './ticket-metrics';
import {STATUS} from '../tickets/workflow';
import {localMidnightMs, UtcOffset} from '../school-time/zoned-dates';

/** The Daily tab: one row per date × campus, Looker-ready like Metrics. */
export const DAILY_HEADERS = [
  'date',
  'campus',
  'opened',
  'resolved',
  'backlog',
  'median_resolution_min',
  'p90_resolution_min',
  'student_resolution_rate',
  'sla_compliance',
  'mean_satisfaction',
  'ratings',
  'sla_breaches',
  'escalations',
  'class_time_lost_min',
] as const;

/** Each Daily column's number format; the values stay plain numbers for Looker. */
export const DAILY_FORMATS: Readonly<
  Record<(typeof DAILY_HEADERS)[number], string>
> = {
  date: DATE_FORMAT,
  campus: '',
  opened: NUMBER_FORMAT.count,
  resolved: NUMBER_FORMAT.count,
  backlog: NUMBER_FORMAT.count,
  median_resolution_min: NUMBER_FORMAT.count,
  p90_resolution_min: NUMBER_FORMAT.count,
  student_resolution_rate: NUMBER_FORMAT.percent,
  sla_compliance: NUMBER_FORMAT.percent,
  mean_satisfaction: '0.00',
  ratings: NUMBER_FORMAT.count,
  sla_breaches: NUMBER_FORMAT.count,
  escalations: NUMBER_FORMAT.count,
  class_time_lost_min: NUMBER_FORMAT.count,
};

/** What the tickets resolved in some span add up to; the Dashboard and the digest share it. */
export interface ResolvedSummary {
  readonly resolved: number;
  readonly medianResolutionMin: number | undefined;
  readonly p90ResolutionMin: number | undefined;
  /** Share of resolved tickets a student resolved. */
  readonly studentResolutionRate: number | undefined;
  readonly meanSatisfaction: number | undefined;
  readonly ratings: number;
}

export function summariseResolved(
  resolved: readonly TicketMetrics[]
): ResolvedSummary {
  const times = resolved.flatMap(t =>
    t.resolutionSchoolMin === undefined ? [] : [t.resolutionSchoolMin]
  );
  const ratings = resolved.flatMap(t =>
    t.satisfaction === undefined ? [] : [t.satisfaction]
  );
  return {
    resolved: resolved.length,
    medianResolutionMin: median(times),
    p90ResolutionMin: quantile(times, 0.9),
    studentResolutionRate: share(
      resolved.filter(t => t.resolvedBy === 'student').length,
      resolved.length
    ),
    meanSatisfaction: mean(ratings),
    ratings: ratings.length,
  };
}

/** When a ticket left the backlog: resolved, or closed without a resolution (its own day). */
export function leftBacklogOn(ticket: TicketMetrics): string | undefined {
  if (ticket.resolvedDate !== undefined) return ticket.resolvedDate;
  return ticket.resolvedMs === undefined &&
    (ticket.status === STATUS.closed || ticket.status === STATUS.resolved)
    ? ticket.createdDate
    : undefined;
}

/** Open tickets at the end of `date`: created by then and not yet out of the backlog. */
export function backlogAt(
  tickets: readonly TicketMetrics[],
  date: string
): number {
  return tickets.filter(t => {
    if (t.createdDate > date) return false;
    const left = leftBacklogOn(t);
    return left === undefined || left > date;
  }).length;
}

function cell(value: number | undefined, digits = 1): CellValue {
  return value === undefined ? '' : rounded(value, digits);
}

/** Where a run of Daily rows begins: its first date, the campuses, each one's backlog the day before. */
export interface DailyStart {
  readonly from: string;
  readonly campuses: readonly string[];
  readonly backlog: ReadonlyMap<string, number>;
}

/** The Daily tab's first date and campuses: from the first ticket's date, every campus with tickets. */
export function dailyStartOf(
  tickets: readonly TicketMetrics[],
  today: string
): DailyStart {
  return {
    from: tickets.reduce(
      (min, t) => (t.createdDate < min ? t.createdDate : min),
      today
    ),
    campuses: [...new Set(tickets.map(t => t.campus))].sort(),
    backlog: new Map(),
  };
}

/** Daily rows from the first ticket's date to `today`, for every campus that has tickets. */
export function dailyTable(
  tickets: readonly TicketMetrics[],
  today: string,
  offset: UtcOffset
): CellValue[][] {
  if (tickets.length === 0) return [];
  return dailyRows(tickets, dailyStartOf(tickets, today), today, offset).rows;
}

/**
 * Daily rows from `start.from` to `today`: what `tickets` did on those days (every ticket that
 * touched them), each campus's backlog carried on from `start.backlog`; with each campus's
 * backlog at the end of `today`.
 */
export function dailyRows(
  tickets: readonly TicketMetrics[],
  start: DailyStart,
  today: string,
  offset: UtcOffset
): {rows: CellValue[][]; backlog: Map<string, number>} {
  const first = start.from;
  const campuses = start.campuses;
  const days = Math.max(0, daysBetween(first, today) + 1);
  const indexes = new Map<string, number>();
  const index = (date: string) => {
    let i = indexes.get(date);
    if (i === undefined) indexes.set(date, (i = daysBetween(first, date)));
    return i;
  };
  const inRange = (i: number) => i >= 0 && i < days;
  const perCampus = new Map(
    campuses.map(campus => [
      campus,
      {
        opened: new Array<number>(days).fill(0),
        left: new Array<number>(days).fill(0),
        resolved: Array.from({length: days}, () => [] as TicketMetrics[]),
        created: Array.from({length: days}, () => [] as TicketMetrics[]),
        classMinutes: new Array<number>(days).fill(0),
      },
    ])
  );
  for (const t of tickets) {
    const counts = perCampus.get(t.campus);
    if (!counts) continue;
    const created = index(t.createdDate);
    if (inRange(created)) {
      counts.opened[created]++;
      counts.created[created].push(t);
    }
    for (const [date, minutes] of t.classMinutesByDay)
      if (inRange(index(date))) counts.classMinutes[index(date)] += minutes;
    const left = leftBacklogOn(t);
    if (left !== undefined && inRange(index(left))) counts.left[index(left)]++;
    if (t.resolvedDate !== undefined && inRange(index(t.resolvedDate)))
      counts.resolved[index(t.resolvedDate)].push(t);
  }
  const rows: CellValue[][] = [];
  const backlog = new Map(campuses.map(c => [c, start.backlog.get(c) ?? 0]));
  for (let d = 0; d < days; d++) {
    const date = addDays(first, d);
    const midnight = new Date(localMidnightMs(date, offset));
    for (const campus of campuses) {
      const counts = perCampus.get(campus) as NonNullable<
        ReturnType<typeof perCampus.get>
      >;
      const open =
        (backlog.get(campus) ?? 0) + counts.opened[d] - counts.left[d];
      backlog.set(campus, open);
      const summary = summariseResolved(counts.resolved[d]);
      const sla = slaSummary(counts.created[d]);
      rows.push([
        midnight,
        campus,
        counts.opened[d],
        summary.resolved,
        open,
        cell(summary.medianResolutionMin),
        cell(summary.p90ResolutionMin),
        cell(summary.studentResolutionRate, 3),
        cell(sla.slaCompliance, 3),
        cell(summary.meanSatisfaction, 2),
        summary.ratings,
        sla.breaches,
        sla.escalations,
        rounded(counts.classMinutes[d]),
      ]);
    }
  }
  return {rows, backlog};
}

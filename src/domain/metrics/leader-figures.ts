// Figures for leaders: weekly totals, recurring rooms and assets, and the tech leaderboard.
import {backlogAt, ResolvedSummary, summariseResolved} from './daily-metrics';
import {addDays} from '../school-time/local-time';
import {SlaSummary, slaSummary} from './sla-summary';
import {Deflection, deflectionOf} from './self-help-figures';
import {TicketMetrics} from './ticket-metrics';
import {TechRecord, techRecords} from './tech-records';

/** One week's headline numbers (a week runs Monday to Sunday, local time). */
export interface WeekFigures extends ResolvedSummary, SlaSummary {
  readonly weekStart: string;
  /** Tickets opened that week. */
  readonly tickets: number;
  readonly studentResolved: number;
  /** Student-resolved tickets × the configured teacher minutes per ticket. */
  readonly teacherMinutesSaved: number;
  /** Open tickets at the end of the week's Sunday. */
  readonly backlog: number;
  /** School minutes that week during which a problem stopped a whole class. */
  readonly classMinutesLost: number;
  /** Of the tickets opened that week, those offered self-help and those it resolved. */
  readonly deflection: Deflection;
}

/** Whether a local date falls in the week starting `weekStart`; build once per week. */
function weekOf(weekStart: string): (date: string | undefined) => boolean {
  const next = addDays(weekStart, 7);
  return date => date !== undefined && date >= weekStart && date < next;
}

function classMinutesIn(
  tickets: readonly TicketMetrics[],
  inWeek: (date: string) => boolean
): number {
  let minutes = 0;
  for (const t of tickets)
    for (const [date, m] of t.classMinutesByDay) if (inWeek(date)) minutes += m;
  return minutes;
}

/**
 * The week's figures from the tickets that touch it; `backlogAt` counts open tickets at the end of
 * a date (over every ticket, when `tickets` are only the window's).
 */
export function weekFigures(
  tickets: readonly TicketMetrics[],
  weekStart: string,
  minutesSavedPerTicket: number,
  backlogAtEnd: (date: string) => number = date => backlogAt(tickets, date)
): WeekFigures {
  const inWeek = weekOf(weekStart);
  const created = tickets.filter(t => inWeek(t.createdDate));
  const resolved = tickets.filter(t => inWeek(t.resolvedDate));
  const studentResolved = resolved.filter(
    t => t.resolvedBy === 'student'
  ).length;
  return {
    weekStart,
    tickets: created.length,
    ...summariseResolved(resolved),
    ...slaSummary(created),
    studentResolved,
    teacherMinutesSaved: studentResolved * minutesSavedPerTicket,
    backlog: backlogAtEnd(addDays(weekStart, 6)),
    classMinutesLost: classMinutesIn(tickets, inWeek),
    deflection: deflectionOf(created),
  };
}

export interface Recurring {
  readonly label: string;
  readonly tickets: number;
}

/** Places or things with more than one ticket since `since`, most first (ties by name). */
function recurring(
  tickets: readonly TicketMetrics[],
  since: string,
  labelOf: (t: TicketMetrics) => string,
  limit: number
): Recurring[] {
  const counts = new Map<string, number>();
  for (const t of tickets) {
    const label = labelOf(t);
    if (t.createdDate < since || label === '') continue;
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return [...counts]
    .filter(([, n]) => n > 1)
    .sort(([a, n], [b, m]) => m - n || a.localeCompare(b))
    .slice(0, limit)
    .map(([label, n]) => ({label, tickets: n}));
}

export function recurringRooms(
  tickets: readonly TicketMetrics[],
  since: string,
  limit = 5
): Recurring[] {
  return recurring(
    tickets,
    since,
    t => (t.room === '' ? '' : `${t.campus} ${t.room}`.trim()),
    limit
  );
}

export function recurringAssets(
  tickets: readonly TicketMetrics[],
  since: string,
  limit = 5
): Recurring[] {
  return recurring(tickets, since, t => t.assetTag, limit);
}

/**
 * A tech's line on the leaders' Dashboard: fixes and badges, never their ratings (techs are
 * minors; a low average by name is not for the leaders' screen).
 */
export interface LeaderboardRow {
  readonly name: string;
  readonly resolvedThisWeek: number;
  readonly resolvedAllTime: number;
  readonly badges: number;
}

/** Techs by tickets resolved this week, then all time; people with no fix are left out. */
export function leaderboard(
  tickets: readonly TicketMetrics[],
  weekStart: string,
  names: ReadonlyMap<string, string>,
  badgeCounts: ReadonlyMap<string, number>
): LeaderboardRow[] {
  return leaderboardOf(techRecords({}, tickets), weekStart, names, badgeCounts);
}

/** The leaderboard from resolvers' records (settled totals and the window's tickets together). */
export function leaderboardOf(
  records: ReadonlyMap<string, TechRecord>,
  weekStart: string,
  names: ReadonlyMap<string, string>,
  badgeCounts: ReadonlyMap<string, number>
): LeaderboardRow[] {
  const inWeek = weekOf(weekStart);
  return [...records]
    .filter(([, record]) => record.resolved > 0)
    .map(([email, record]) => ({
      name: names.get(email) ?? email.split('@')[0],
      resolvedThisWeek: record.recent.filter(t => inWeek(t.resolvedDate))
        .length,
      resolvedAllTime: record.resolved,
      badges: badgeCounts.get(email) ?? 0,
    }))
    .sort(
      (a, b) =>
        b.resolvedThisWeek - a.resolvedThisWeek ||
        b.resolvedAllTime - a.resolvedAllTime ||
        a.name.localeCompare(b.name)
    );
}

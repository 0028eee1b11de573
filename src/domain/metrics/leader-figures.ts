// Figures for leaders: weekly totals, recurring rooms and assets, and the tech leaderboard.
import {backlogAt, ResolvedSummary, summariseResolved} from './daily-metrics';
import {addDays} from '../school-time/local-time';
import {mean} from './statistics';
import {resolvedByTech, TicketMetrics} from './ticket-metrics';

/** One week's headline numbers (a week runs Monday to Sunday, local time). */
export interface WeekFigures extends ResolvedSummary {
  readonly weekStart: string;
  /** Tickets opened that week. */
  readonly tickets: number;
  readonly studentResolved: number;
  /** Student-resolved tickets × the configured teacher minutes per ticket. */
  readonly teacherMinutesSaved: number;
  /** Open tickets at the end of the week's Sunday. */
  readonly backlog: number;
}

/** Whether a local date falls in the week starting `weekStart`; build once per week. */
function weekOf(weekStart: string): (date: string | undefined) => boolean {
  const next = addDays(weekStart, 7);
  return date => date !== undefined && date >= weekStart && date < next;
}

export function weekFigures(
  tickets: readonly TicketMetrics[],
  weekStart: string,
  minutesSavedPerTicket: number
): WeekFigures {
  const inWeek = weekOf(weekStart);
  const resolved = tickets.filter(t => inWeek(t.resolvedDate));
  const studentResolved = resolved.filter(
    t => t.resolvedBy === 'student'
  ).length;
  return {
    weekStart,
    tickets: tickets.filter(t => inWeek(t.createdDate)).length,
    ...summariseResolved(resolved),
    studentResolved,
    teacherMinutesSaved: studentResolved * minutesSavedPerTicket,
    backlog: backlogAt(tickets, addDays(weekStart, 6)),
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

export interface LeaderboardRow {
  readonly name: string;
  readonly resolvedThisWeek: number;
  readonly resolvedAllTime: number;
  readonly meanRating: number | undefined;
  readonly badges: number;
}

/** Techs by tickets resolved this week, then all time; people with no fix are left out. */
export function leaderboard(
  tickets: readonly TicketMetrics[],
  weekStart: string,
  names: ReadonlyMap<string, string>,
  badgeCounts: ReadonlyMap<string, number>
): LeaderboardRow[] {
  const inWeek = weekOf(weekStart);
  const byTech = resolvedByTech(tickets);
  return [...byTech]
    .map(([email, resolved]) => ({
      name: names.get(email) ?? email.split('@')[0],
      resolvedThisWeek: resolved.filter(t => inWeek(t.resolvedDate)).length,
      resolvedAllTime: resolved.length,
      meanRating: mean(
        resolved.flatMap(t =>
          t.satisfaction === undefined ? [] : [t.satisfaction]
        )
      ),
      badges: badgeCounts.get(email) ?? 0,
    }))
    .sort(
      (a, b) =>
        b.resolvedThisWeek - a.resolvedThisWeek ||
        b.resolvedAllTime - a.resolvedAllTime ||
        a.name.localeCompare(b.name)
    );
}

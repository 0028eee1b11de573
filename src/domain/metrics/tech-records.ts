// Each resolver's record: what their settled tickets add up to (stored) plus their window's tickets.
import {TicketMetrics} from './ticket-metrics';

/** The resolved counts whose ticket a badge is dated by (first fix, milestones, a mentor's 10th). */
export const MILESTONES = [1, 10, 50, 100] as const;
/** The five-star count a badge is dated by. */
export const FIVE_STAR_MILESTONE = 5;

/** What one resolver's settled tickets add up to: kept between runs, so never re-read. */
export interface TechTotals {
  readonly resolved: number;
  readonly ratingSum: number;
  readonly ratings: number;
  readonly fiveStars: number;
  /** Resolved At of the resolver's nth resolved ticket, for each milestone reached. */
  readonly milestoneMs: Readonly<Record<string, number>>;
  /** Resolved At of their FIVE_STAR_MILESTONE-th five-star ticket, once reached. */
  readonly fiveStarMs?: number;
}

/** A resolver's record over settled and window tickets together. */
export interface TechRecord {
  readonly resolved: number;
  readonly ratingSum: number;
  readonly ratings: number;
  readonly fiveStars: number;
  /** Their window's resolved tickets, oldest resolution first. */
  readonly recent: readonly TicketMetrics[];
  /** Resolved At of their nth resolved ticket (n ≤ resolved, n a milestone when settled). */
  resolvedMsOf(n: number): number;
  /** Resolved At of their nth five-star ticket (n ≤ fiveStars). */
  fiveStarMsOf(n: number): number;
}

const NO_TOTALS: TechTotals = {
  resolved: 0,
  ratingSum: 0,
  ratings: 0,
  fiveStars: 0,
  milestoneMs: {},
};

function resolvedMs(t: TicketMetrics): number {
  return t.resolvedMs as number;
}

/**
 * Each resolver's record, by email in order. Settled tickets were all resolved before the window
 * began, so a resolver's nth resolution is a settled one while n is within their settled count.
 */
export function techRecords(
  settled: Readonly<Record<string, TechTotals>>,
  window: readonly TicketMetrics[]
): Map<string, TechRecord> {
  const recent = new Map<string, TicketMetrics[]>();
  for (const t of window) {
    if (t.resolvedMs === undefined || t.resolverEmail === '') continue;
    const list = recent.get(t.resolverEmail) ?? [];
    list.push(t);
    recent.set(t.resolverEmail, list);
  }
  const emails = [...new Set([...Object.keys(settled), ...recent.keys()])];
  const records = new Map<string, TechRecord>();
  for (const email of emails.sort()) {
    const base = settled[email] ?? NO_TOTALS;
    const mine = (recent.get(email) ?? []).sort(
      (a, b) => resolvedMs(a) - resolvedMs(b)
    );
    const ratings = mine.flatMap(t =>
      t.satisfaction === undefined ? [] : [t.satisfaction]
    );
    const fiveStars = mine.filter(t => t.satisfaction === 5);
    records.set(email, {
      resolved: base.resolved + mine.length,
      ratingSum: base.ratingSum + ratings.reduce((s, r) => s + r, 0),
      ratings: base.ratings + ratings.length,
      fiveStars: base.fiveStars + fiveStars.length,
      recent: mine,
      resolvedMsOf: n =>
        n <= base.resolved
          ? (base.milestoneMs[n] ?? NaN)
          : resolvedMs(mine[n - base.resolved - 1]),
      fiveStarMsOf: n =>
        n <= base.fiveStars
          ? (base.fiveStarMs ?? NaN)
          : resolvedMs(fiveStars[n - base.fiveStars - 1]),
    });
  }
  return records;
}

/** What `tickets` (settled ones) add up to per resolver, for storing. */
export function techTotals(
  tickets: readonly TicketMetrics[]
): Record<string, TechTotals> {
  const totals: Record<string, TechTotals> = {};
  for (const [email, record] of techRecords({}, tickets)) {
    const milestoneMs: Record<string, number> = {};
    for (const n of MILESTONES)
      if (record.resolved >= n) milestoneMs[n] = record.resolvedMsOf(n);
    totals[email] = {
      resolved: record.resolved,
      ratingSum: record.ratingSum,
      ratings: record.ratings,
      fiveStars: record.fiveStars,
      milestoneMs,
      ...(record.fiveStars >= FIVE_STAR_MILESTONE
        ? {fiveStarMs: record.fiveStarMsOf(FIVE_STAR_MILESTONE)}
        : {}),
    };
  }
  return totals;
}

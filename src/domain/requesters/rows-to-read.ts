// Which of a requester's matching Tickets rows their page reads: the newest and the open ones, in a few reads.
import {Span, spansOf} from '../tickets/live-index';

/** A search's matches in row order, each asked for its row only when needed. */
export interface Hits {
  readonly count: number;
  rowAt(index: number): number;
}

export interface ReadBudget {
  /** The newest matches always wanted. */
  readonly newest: number;
  /** Reads (round trips) at most. */
  readonly maxReads: number;
  /** Matches this close are read as one. */
  readonly joinGap: number;
  /** Rows read in all at most (the rows between joined matches count). */
  readonly maxRows: number;
}

/** The index of `row` among the hits before `end`, found by halving (hits are in row order). */
function indexOfRow(hits: Hits, row: number, end: number): number {
  let low = 0;
  let high = end - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const at = hits.rowAt(middle);
    if (at === row) return middle;
    if (at < row) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

function rowsIn(spans: readonly Span[]): number {
  return spans.reduce((rows, span) => rows + span.count, 0);
}

/**
 * The rows to read and the reads: the newest matches, and older matches the sweep last saw live
 * (an open ticket of any age). When they lie too far apart for the budget, the oldest closed
 * ones are left out first, then the oldest open ones.
 */
export function rowsToRead(
  hits: Hits,
  live: readonly number[],
  budget: ReadBudget
): {rows: number[]; spans: Span[]} {
  const firstNewest = Math.max(0, hits.count - budget.newest);
  const newest = Array.from({length: hits.count - firstNewest}, (_, i) =>
    hits.rowAt(firstNewest + i)
  );
  const older = firstNewest > 0 ? live.filter(row => row < newest[0]) : [];
  const olderLive = older.filter(
    row => indexOfRow(hits, row, firstNewest) >= 0
  );
  const liveRows = new Set(live);
  let rows = [...new Set([...olderLive, ...newest])].sort((a, b) => a - b);
  let spans = spansOf(rows, budget.maxReads, budget.joinGap);
  while (rowsIn(spans) > budget.maxRows) {
    const closed = rows.findIndex(row => !liveRows.has(row));
    rows = rows.filter((_, i) => i !== (closed >= 0 ? closed : 0));
    spans = spansOf(rows, budget.maxReads, budget.joinGap);
  }
  return {rows, spans};
}

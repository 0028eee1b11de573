// The sweep's index of live ticket rows: where each was, checked by its ID, and the spans to read.
import {storedObject} from '../text';

/**
 * One live ticket: its Tickets row, its ID there, its row on the record tab (0: not yet known) and
 * a fingerprint of the record written there, so a later sweep knows it without reading it.
 */
export interface LiveEntry {
  readonly row: number;
  readonly id: string;
  readonly recordRow: number;
  readonly record: string;
}

export interface LiveIndex {
  /** The local date of the last check of a slice of the other rows: each day's first sweep checks one. */
  readonly day: string;
  /** The row the next day's slice starts at: the slices go round the whole tab, a day at a time. */
  readonly verifyFrom: number;
  /** The Tickets tab's last row when the index was written, and the ID in it. */
  readonly lastRow: number;
  readonly lastId: string;
  /** Record tab rows up to here are known; later ones are read as new. */
  readonly recordsTo: number;
  /** The highest ticket number issued then: while it stays, no record was added since. */
  readonly highestIssued: number;
  readonly live: readonly LiveEntry[];
}

/** A Script Property holds 9 KB (platform.md: Quotas); a larger index is not kept (every sweep reads all). */
export const MAX_INDEX_CHARS = 8_500;

/** As stored: short keys, each entry `[row, id, recordRow, record]`. Undefined when too large to keep. */
export function serialiseIndex(index: LiveIndex): string | undefined {
  const text = JSON.stringify({
    d: index.day,
    v: index.verifyFrom,
    l: [index.lastRow, index.lastId],
    k: index.recordsTo,
    h: index.highestIssued,
    r: index.live.map(e => [e.row, e.id, e.recordRow, e.record]),
  });
  return text.length <= MAX_INDEX_CHARS ? text : undefined;
}

const isRow = (n: unknown): n is number =>
  typeof n === 'number' && Number.isInteger(n) && n >= 0;

/** The stored index, or undefined when absent or not what this version wrote. */
export function parseIndex(text: string | undefined): LiveIndex | undefined {
  const data = storedObject(text);
  if (!data) return undefined;
  const {d, v, l, k, h, r} = data;
  if (typeof d !== 'string' || !isRow(k) || !isRow(h) || !Array.isArray(l))
    return undefined;
  const [lastRow, lastId] = l as unknown[];
  if (!isRow(lastRow) || typeof lastId !== 'string' || !Array.isArray(r))
    return undefined;
  const live: LiveEntry[] = [];
  for (const entry of r as unknown[]) {
    if (!Array.isArray(entry)) return undefined;
    const [row, id, recordRow, record] = entry as unknown[];
    if (
      !isRow(row) ||
      row < 2 ||
      typeof id !== 'string' ||
      !isRow(recordRow) ||
      typeof record !== 'string'
    )
      return undefined;
    live.push({row, id, recordRow, record});
  }
  // An index written before slices were checked starts them at the top.
  const verifyFrom = isRow(v) && v >= 2 ? v : 2;
  return {
    day: d,
    verifyFrom,
    lastRow,
    lastId,
    recordsTo: k,
    highestIssued: h,
    live,
  };
}

export interface Span {
  readonly first: number;
  readonly count: number;
}

/**
 * The rows a day's first sweep checks besides the live ones: `rows` from where the last slice
 * stopped (from the top once past the index's last row), none past that last row (later rows are
 * read anyway, as new).
 */
export function daySlice(index: LiveIndex, rows: number): Span | undefined {
  if (index.lastRow < 2) return undefined;
  const first = index.verifyFrom <= index.lastRow ? index.verifyFrom : 2;
  return {first, count: Math.min(rows, index.lastRow - first + 1)};
}

/**
 * The rows to read as at most `maxSpans` runs, one read each: rows at most `joinGap` apart join,
 * and the smallest gaps are bridged while there are more runs than that (their rows are read,
 * not used).
 */
export function spansOf(
  rows: readonly number[],
  maxSpans: number,
  joinGap = 0
): Span[] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  let runs: {first: number; last: number}[] = [];
  for (const row of sorted) {
    const run = runs[runs.length - 1];
    if (run && row <= run.last + 1 + joinGap) run.last = row;
    else runs.push({first: row, last: row});
  }
  while (runs.length > Math.max(1, maxSpans)) {
    let narrowest = 1;
    for (let i = 2; i < runs.length; i++)
      if (
        runs[i].first - runs[i - 1].last <
        runs[narrowest].first - runs[narrowest - 1].last
      )
        narrowest = i;
    runs[narrowest - 1].last = runs[narrowest].last;
    runs = [...runs.slice(0, narrowest), ...runs.slice(narrowest + 1)];
  }
  return runs.map(run => ({first: run.first, count: run.last - run.first + 1}));
}

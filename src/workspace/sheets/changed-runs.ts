// Which cells of a row a write must cover: only those that changed, in as few ranges as possible.
import {CellValue, sameCell} from '../../domain/tickets/ticket-row';

/** Columns `first`…`last` (1-based, inclusive) of one row. */
export interface ColumnRun {
  readonly first: number;
  readonly last: number;
}

/**
 * The changed cells of a row as runs of columns. Two changes join into one run when every column
 * between them may be rewritten with the value just read (`bridgeable`: the desk's own columns);
 * a person's column is never covered unless its own value changed, so their formulas survive
 * (platform.md: Spreadsheets).
 */
export function changedRuns(
  before: readonly CellValue[],
  after: readonly CellValue[],
  bridgeable: (column: number) => boolean
): ColumnRun[] {
  const runs: {first: number; last: number}[] = [];
  for (let c = 1; c <= after.length; c++) {
    if (sameCell(before[c - 1], after[c - 1])) continue;
    const run = runs[runs.length - 1];
    let bridged = run !== undefined;
    for (let gap = (run?.last ?? c) + 1; bridged && gap < c; gap++)
      bridged = bridgeable(gap);
    if (run && bridged) run.last = c;
    else runs.push({first: c, last: c});
  }
  return runs;
}

// Consecutive runs of row indexes, so rows leave a tab in one delete per run.

/** Sorted 0-based indexes as [first, count] runs, last run first (delete bottom-up). */
export function runsLastFirst(indexes: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const i of indexes) {
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] === i) last[1]++;
    else runs.push([i, 1]);
  }
  return runs.reverse();
}

/** Order statistics over numbers; each returns undefined for an empty list. */

export function mean(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

/**
 * The q-quantile by linear interpolation between closest ranks (the method of Sheets' PERCENTILE
 * and Excel's PERCENTILE.INC), so leaders can check a figure with a formula.
 */
export function quantile(
  values: readonly number[],
  q: number
): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
}

export function median(values: readonly number[]): number | undefined {
  return quantile(values, 0.5);
}

/** A share from 0 to 1, or undefined when there is nothing to share out. */
export function share(part: number, whole: number): number | undefined {
  return whole === 0 ? undefined : part / whole;
}

/** Rounded to `digits` decimals, so cells hold tidy numbers. */
export function rounded(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

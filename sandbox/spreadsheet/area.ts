/**
 * A block of cells that moves with its content when rows or columns are inserted or deleted, as
 * protected ranges and named ranges do in Sheets. 1-based; empty when everything in it was deleted.
 */
export interface Area {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

type Axis = 'row' | 'column';
const SIZE = {row: 'numRows', column: 'numColumns'} as const;

/** Adjusts an area for `count` lines inserted before 1-based line `at` along `axis`. */
export function shiftForInsert(
  area: Area,
  axis: Axis,
  at: number,
  count: number
): void {
  const size = SIZE[axis];
  if (at <= area[axis]) area[axis] += count;
  else if (at < area[axis] + area[size]) area[size] += count;
}

/** Adjusts an area for `count` lines deleted from 1-based line `at` along `axis`. */
export function shiftForDelete(
  area: Area,
  axis: Axis,
  at: number,
  count: number
): void {
  const size = SIZE[axis];
  const start = area[axis];
  const end = start + area[size];
  const overlap = Math.max(0, Math.min(end, at + count) - Math.max(start, at));
  area[size] -= overlap;
  if (at < start) area[axis] = Math.max(at, start - count);
}

export function isEmptyArea(area: Area): boolean {
  return area.numRows <= 0 || area.numColumns <= 0;
}

export function overlaps(a: Area, b: Area): boolean {
  return (
    a.row < b.row + b.numRows &&
    b.row < a.row + a.numRows &&
    a.column < b.column + b.numColumns &&
    b.column < a.column + a.numColumns
  );
}

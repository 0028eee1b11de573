/**
 * One layer of a sheet's cells (values, formulas, notes, formats…) stored as dense row arrays,
 * allocated only for rows that hold something. Indexes are 0-based; `undefined` is an empty cell.
 */
export class CellGrid<T> {
  private rows: Array<Array<T | undefined> | undefined> = [];

  get(row: number, column: number): T | undefined {
    return this.rows[row]?.[column];
  }

  /** The row's cells as stored (may be shorter than the sheet, or missing): read-only use. */
  row(row: number): ReadonlyArray<T | undefined> | undefined {
    return this.rows[row];
  }

  set(row: number, column: number, value: T | undefined): void {
    let cells = this.rows[row];
    if (!cells) {
      if (value === undefined) return;
      while (this.rows.length < row) this.rows.push(undefined);
      cells = this.rows[row] = [];
    }
    if (value === undefined && column >= cells.length) return;
    while (cells.length < column) cells.push(undefined);
    cells[column] = value;
  }

  /** Stores a run of cells of one row starting at `column` (the fast path of big writes). */
  setRow(
    row: number,
    column: number,
    line: ReadonlyArray<T | undefined>
  ): void {
    let cells = this.rows[row];
    if (!cells) {
      if (line.every(value => value === undefined)) return;
      while (this.rows.length < row) this.rows.push(undefined);
      cells = this.rows[row] = [];
    }
    while (cells.length < column) cells.push(undefined);
    for (let c = 0; c < line.length; c++) cells[column + c] = line[c];
  }

  /** Sets every cell of a block to one value (or clears it). */
  fill(
    row: number,
    column: number,
    numRows: number,
    numColumns: number,
    value: T | undefined
  ): void {
    for (let r = row; r < row + numRows; r++) {
      if (value === undefined && !this.rows[r]) continue;
      for (let c = column; c < column + numColumns; c++) this.set(r, c, value);
    }
  }

  insertRows(at: number, count: number): void {
    if (at >= this.rows.length) return;
    this.rows = this.rows
      .slice(0, at)
      .concat(new Array<undefined>(count).fill(undefined), this.rows.slice(at));
  }

  deleteRows(at: number, count: number): void {
    this.rows.splice(at, count);
  }

  insertColumns(at: number, count: number): void {
    for (const cells of this.rows) {
      if (cells && at < cells.length)
        cells.splice(at, 0, ...new Array<undefined>(count).fill(undefined));
    }
  }

  deleteColumns(at: number, count: number): void {
    for (const cells of this.rows) if (cells) cells.splice(at, count);
  }

  clearAll(): void {
    this.rows = [];
  }

  /** Number of rows up to the last one holding a cell (0 when empty). */
  lastRow(): number {
    for (let r = this.rows.length - 1; r >= 0; r--) {
      const cells = this.rows[r];
      if (cells && cells.some(cell => cell !== undefined)) {
        this.rows.length = r + 1;
        return r + 1;
      }
    }
    this.rows.length = 0;
    return 0;
  }

  /** Number of columns up to the last one holding a cell in any row (0 when empty). */
  lastColumn(): number {
    let last = 0;
    for (const cells of this.rows) {
      if (!cells) continue;
      for (let c = cells.length - 1; c >= last; c--) {
        if (cells[c] !== undefined) {
          last = c + 1;
          break;
        }
      }
    }
    return last;
  }

  /** Calls `visit` for every stored cell in row-major order. */
  forEach(visit: (value: T, row: number, column: number) => void): void {
    this.rows.forEach((cells, r) =>
      cells?.forEach((value, c) => {
        if (value !== undefined) visit(value, r, c);
      })
    );
  }
}

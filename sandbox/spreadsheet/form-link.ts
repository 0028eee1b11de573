/**
 * A response sheet's link to the form that writes into it: the form's URL (`Sheet.getFormUrl()`)
 * and the column each of the form's fields lands in. The columns move with their cells when a
 * person or a script inserts or deletes columns, as Sheets keeps writing each answer under its
 * question whatever was inserted beside it; a deleted field's column is forgotten.
 */
export class FormLink {
  private readonly columns = new Map<string, number>();

  constructor(
    readonly formId: string,
    readonly formUrl: string
  ) {}

  /** 1-based column of a field (timestamp, email or an item), if it has one. */
  columnOf(field: string): number | undefined {
    return this.columns.get(field);
  }

  place(field: string, column: number): void {
    this.columns.set(field, column);
  }

  /** The rightmost column any field of the form occupies; 0 when none. */
  lastColumn(): number {
    return Math.max(0, ...this.columns.values());
  }

  /** Follows `count` columns inserted (count > 0) or deleted (count < 0) at 1-based column `at`. */
  shiftColumns(at: number, count: number): void {
    for (const [field, column] of this.columns) {
      if (column < at) continue;
      if (count < 0 && column < at - count) this.columns.delete(field);
      else this.columns.set(field, column + count);
    }
  }
}

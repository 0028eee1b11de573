// Shrinks a tab's grid to what it holds: every cell of every tab counts toward the 10M-cell cap.
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Deletes the rows and columns beyond `rows` × `columns`, never below the last row or column
 * with content, and never the last row below a frozen header (Sheets refuses to delete every
 * unfrozen row). A spreadsheet counts every cell of every tab's grid, used or not, toward its
 * 10,000,000 (platform.md: Spreadsheets), and a new tab is 1,000 × 26.
 */
export function shrinkGrid(sheet: Sheet, rows: number, columns: number): void {
  const keepRows = Math.max(
    rows,
    sheet.getLastRow(),
    sheet.getFrozenRows() + 1
  );
  const keepColumns = Math.max(columns, sheet.getLastColumn(), 1);
  const maxRows = sheet.getMaxRows();
  const maxColumns = sheet.getMaxColumns();
  if (maxRows > keepRows) sheet.deleteRows(keepRows + 1, maxRows - keepRows);
  if (maxColumns > keepColumns)
    sheet.deleteColumns(keepColumns + 1, maxColumns - keepColumns);
}

/**
 * Deletes data rows (0-based below the header) given as [first, count] runs, last first, so the
 * rows above each run keep their numbers. Sheets refuses to delete every row below a frozen
 * header, so a blank row is added first when none would be left. Returns the rows deleted.
 */
export function deleteDataRows(
  sheet: Sheet,
  runs: readonly (readonly [number, number])[]
): number {
  const deleting = runs.reduce((n, [, count]) => n + count, 0);
  if (deleting === 0) return 0;
  const maxRows = sheet.getMaxRows();
  if (maxRows - deleting < 2) sheet.insertRowsAfter(maxRows, 1);
  for (const [first, count] of runs) sheet.deleteRows(first + 2, count);
  return deleting;
}

/** Grows the grid to at least `rows` rows (a range past its edge is refused, platform.md: Spreadsheets). */
export function growGridTo(sheet: Sheet, rows: number): void {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
}

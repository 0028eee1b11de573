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

// A tab's basic filter: only the rows whose column reads one text, or every row again.
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function covers(range: GoogleAppsScript.Spreadsheet.Range, column: number) {
  return (
    column >= range.getColumn() &&
    column < range.getColumn() + range.getNumColumns()
  );
}

/**
 * Filters `sheet` to the rows whose `column` reads exactly `text`. A filter already on the tab is
 * kept, with its other columns' criteria, when it covers the column; a new one spans every row, so
 * rows added later are filtered too. A sheet has one basic filter, seen by everyone viewing it
 * (Google's Sheets API filters guide).
 */
export function showOnlyRowsReading(
  sheet: Sheet,
  column: number,
  text: string
): void {
  let filter = sheet.getFilter();
  if (filter && !covers(filter.getRange(), column)) {
    filter.remove();
    filter = null;
  }
  filter ??= sheet
    .getRange(1, 1, sheet.getMaxRows(), sheet.getLastColumn())
    .createFilter();
  filter.setColumnFilterCriteria(
    column,
    SpreadsheetApp.newFilterCriteria().whenTextEqualTo(text).build()
  );
}

/** Removes the tab's filter, so every row shows again; false when it had none. */
export function showAllRows(sheet: Sheet): boolean {
  const filter = sheet.getFilter();
  if (!filter) return false;
  filter.remove();
  return true;
}

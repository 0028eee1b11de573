// A tab's basic filter: only the rows whose column reads one text, or none of some texts, or every row again.
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function covers(range: GoogleAppsScript.Spreadsheet.Range, column: number) {
  return (
    column >= range.getColumn() &&
    column < range.getColumn() + range.getNumColumns()
  );
}

/**
 * The tab's filter, to set `column`'s criteria on. A filter already on the tab is kept, with its
 * other columns' criteria, when it covers the column; a new one spans every row, so rows added
 * later are filtered too. A sheet has one basic filter, seen by everyone viewing it (Google's
 * Sheets API filters guide).
 */
function filterCovering(
  sheet: Sheet,
  column: number
): GoogleAppsScript.Spreadsheet.Filter {
  const filter = sheet.getFilter();
  if (filter && covers(filter.getRange(), column)) return filter;
  filter?.remove();
  return sheet
    .getRange(1, 1, sheet.getMaxRows(), sheet.getLastColumn())
    .createFilter();
}

/** Filters `sheet` to the rows whose `column` reads exactly `text`. */
export function showOnlyRowsReading(
  sheet: Sheet,
  column: number,
  text: string
): void {
  filterCovering(sheet, column).setColumnFilterCriteria(
    column,
    SpreadsheetApp.newFilterCriteria().whenTextEqualTo(text).build()
  );
}

/** Filters `sheet` to the rows whose `column` reads none of `texts`. */
export function hideRowsReading(
  sheet: Sheet,
  column: number,
  texts: readonly string[]
): void {
  filterCovering(sheet, column).setColumnFilterCriteria(
    column,
    SpreadsheetApp.newFilterCriteria()
      .setHiddenValues([...texts])
      .build()
  );
}

/** Removes the tab's filter, so every row shows again; false when it had none. */
export function showAllRows(sheet: Sheet): boolean {
  const filter = sheet.getFilter();
  if (!filter) return false;
  filter.remove();
  return true;
}

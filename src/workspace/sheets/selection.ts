// The row a person selected on a tab, for menu items that act on "the selected" row.

/** The row selected on a tab (below its headers), or undefined when the selection is elsewhere. */
export function selectedRow(sheetName: string): number | undefined {
  const sheet = SpreadsheetApp.getActiveSheet();
  if (sheet.getName() !== sheetName) return undefined;
  const row = sheet.getActiveRange()?.getRow() ?? 0;
  return row >= 2 ? row : undefined;
}

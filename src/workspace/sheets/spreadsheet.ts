// Opens the active spreadsheet and finds a tab by name, failing if it is missing.
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function activeSpreadsheet(): Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet();
}

export function requireSheet(ss: Spreadsheet, name: string): Sheet {
  const sheet = ss.getSheetByName(name);
  if (!sheet)
    throw new Error(
      `The "${name}" tab is missing. Run Peer Desk > Set up or repair to restore it.`
    );
  return sheet;
}

// Spreadsheet UI: adds the menu, shows dialogs and toasts.
export interface MenuItem {
  readonly caption: string;
  readonly functionName: string;
}

export function addMenu(title: string, items: readonly MenuItem[]): void {
  const menu = SpreadsheetApp.getUi().createMenu(title);
  for (const item of items) menu.addItem(item.caption, item.functionName);
  menu.addToUi();
}

export function showDialog(html: string, title: string): void {
  SpreadsheetApp.getUi().showModalDialog(
    HtmlService.createHtmlOutput(html).setWidth(460).setHeight(180),
    title
  );
}

/** A toast needs no answer, so it also works when a function runs from a trigger or the runner. */
export function toast(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  message: string,
  title: string
): void {
  ss.toast(message, title, 10);
}

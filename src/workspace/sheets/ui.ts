// Spreadsheet UI: adds the menu, shows dialogs, alerts, prompts and toasts.
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

/** A panel beside the sheet, for reading while working the tab (desktop Sheets only). */
export function showSidebar(html: string, title: string): void {
  SpreadsheetApp.getUi().showSidebar(
    HtmlService.createHtmlOutput(html).setTitle(title)
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

/** A message the person who clicked a menu item must acknowledge. */
export function alert(title: string, message: string): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(title, message, ui.ButtonSet.OK);
}

/** Asks the person who clicked a menu item for a line of text; undefined when they cancel. */
export function promptFor(title: string, question: string): string | undefined {
  const ui = SpreadsheetApp.getUi();
  const answer = ui.prompt(title, question, ui.ButtonSet.OK_CANCEL);
  return answer.getSelectedButton() === ui.Button.OK
    ? answer.getResponseText().trim()
    : undefined;
}

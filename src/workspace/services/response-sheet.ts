// The tab the intake form writes its responses to, found by the sheet itself, never by its name.
import {PROPERTY, scriptProperty, setScriptProperty} from './properties';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Keeps the response sheet's id: a coordinator may rename or move the tab (platform.md, Spreadsheets). */
export function rememberResponseSheet(sheet: Sheet): void {
  setScriptProperty(PROPERTY.responseSheetId, String(sheet.getSheetId()));
}

/** The sheet linked to the form `formId` (`Sheet.getFormUrl()`), if any. */
export function sheetLinkedTo(
  ss: Spreadsheet,
  formId: string
): Sheet | undefined {
  return ss.getSheets().find(sheet => {
    const url = sheet.getFormUrl();
    return url !== null && FormApp.openByUrl(url).getId() === formId;
  });
}

/**
 * The intake form's response sheet: by the id kept at setup, else (an older install, or the tab
 * was replaced) by its link to the form, whose id is then kept.
 */
export function responseSheet(ss: Spreadsheet): Sheet | undefined {
  const kept = scriptProperty(PROPERTY.responseSheetId);
  const sheet = kept === undefined ? null : ss.getSheetById(Number(kept));
  if (sheet) return sheet;
  const formId = scriptProperty(PROPERTY.formId);
  const linked = formId === undefined ? undefined : sheetLinkedTo(ss, formId);
  if (linked) rememberResponseSheet(linked);
  return linked;
}

// Tab setup helpers: create or repair a tab, lay its columns' looks, add dropdowns, warning-only protection.
import {TabColumnLook} from '../../domain/configuration/column-look';
import {readHeaders} from './table';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface TabRepair {
  readonly sheet: Sheet;
  readonly headers: readonly string[];
  readonly created: boolean;
  readonly addedColumns: readonly string[];
}

/**
 * Makes sure a tab exists with the given headers in a frozen, bold row 1. Missing headers are
 * appended after the last column; nothing is deleted or moved.
 */
export function ensureTab(
  ss: Spreadsheet,
  name: string,
  wanted: readonly string[]
): TabRepair {
  const existing = ss.getSheetByName(name);
  const sheet = existing ?? ss.insertSheet(name);
  const present = existing ? readHeaders(sheet) : [];
  const lastUsed = present.length;
  const missing = wanted.filter(header => !present.includes(header));
  if (missing.length > 0) {
    // A new sheet has 26 columns, and a range past the last column is refused (platform.md).
    const maxColumns = sheet.getMaxColumns();
    if (lastUsed + missing.length > maxColumns)
      sheet.insertColumnsAfter(
        maxColumns,
        lastUsed + missing.length - maxColumns
      );
    sheet.getRange(1, lastUsed + 1, 1, missing.length).setValues([missing]);
  }
  const headers = [...present, ...missing];
  if (sheet.getFrozenRows() !== 1) sheet.setFrozenRows(1);
  if (!existing || missing.length > 0)
    sheet.getRange(1, 1, 1, headers.length).setFontWeight('bold');
  return {sheet, headers, created: !existing, addedColumns: missing};
}

/** The tab a new spreadsheet starts with (platform.md: Spreadsheets). */
const FIRST_TAB = 'Sheet1';

/**
 * Deletes the new-spreadsheet tab "Sheet1" when nothing was ever written in it and it receives no
 * form: 26,000 cells toward the cap for nothing. Returns whether it did.
 */
export function removeEmptyFirstTab(ss: Spreadsheet): boolean {
  const sheet = ss.getSheetByName(FIRST_TAB);
  if (
    !sheet ||
    ss.getSheets().length < 2 ||
    sheet.getLastRow() > 0 ||
    sheet.getLastColumn() > 0 ||
    sheet.getFormUrl()
  )
    return false;
  ss.deleteSheet(sheet);
  return true;
}

/**
 * Each known column's width and, below the header, its wrap, found by header wherever it is; a
 * width already right is left alone, so a second setup sets nothing.
 */
export function layColumnLooks(
  sheet: Sheet,
  headers: readonly string[],
  looks: readonly TabColumnLook[]
): void {
  const rows = sheet.getMaxRows() - 1;
  for (const look of looks) {
    const column = headers.indexOf(look.header) + 1;
    if (column === 0) continue;
    if (sheet.getColumnWidth(column) !== look.width)
      sheet.setColumnWidth(column, look.width);
    if (look.wrap && rows > 0) sheet.getRange(2, column, rows, 1).setWrap(true);
  }
}

/** A dropdown on a column below the header; invalid entries warn rather than fail. */
export function setListValidation(
  sheet: Sheet,
  column: number,
  values: readonly string[],
  helpText: string
): void {
  const rows = sheet.getMaxRows() - 1;
  if (rows < 1 || values.length === 0) return;
  const rule = SpreadsheetApp.newDataValidation()
    .requireValueInList([...values], true)
    .setAllowInvalid(true)
    .setHelpText(helpText)
    .build();
  sheet.getRange(2, column, rows, 1).setDataValidation(rule);
}

/** A date check on a column below the header; a value that is not a date warns rather than fails. */
export function setDateValidation(
  sheet: Sheet,
  column: number,
  helpText: string
): void {
  const rows = sheet.getMaxRows() - 1;
  if (rows < 1) return;
  const rule = SpreadsheetApp.newDataValidation()
    .requireDate()
    .setAllowInvalid(true)
    .setHelpText(helpText)
    .build();
  sheet.getRange(2, column, rows, 1).setDataValidation(rule);
}

function protectedDescriptions(sheet: Sheet): Set<string> {
  const descriptions = new Set<string>();
  for (const type of [
    SpreadsheetApp.ProtectionType.RANGE,
    SpreadsheetApp.ProtectionType.SHEET,
  ])
    for (const protection of sheet.getProtections(type))
      descriptions.add(protection.getDescription());
  return descriptions;
}

/**
 * Warning-only protection: people are asked to confirm before changing these cells, and the
 * coordinator can still mend them. Protections already in place (same description) are kept.
 */
export function protectWarningOnly(
  sheet: Sheet,
  targets: readonly {column?: number; description: string}[]
): number {
  const existing = protectedDescriptions(sheet);
  let added = 0;
  for (const target of targets) {
    if (existing.has(target.description)) continue;
    const protection =
      target.column === undefined
        ? sheet.protect()
        : sheet.getRange(1, target.column, sheet.getMaxRows(), 1).protect();
    protection.setDescription(target.description).setWarningOnly(true);
    added++;
  }
  return added;
}

/**
 * Puts `sheets` first, in that order, each with setActiveSheet + moveActiveSheet (the only way
 * Apps Script moves a tab); tabs already in place are not touched. Leaves `sheets[0]` showing.
 */
export function orderTabs(ss: Spreadsheet, sheets: readonly Sheet[]): void {
  sheets.forEach((sheet, i) => {
    if (ss.getSheets()[i]?.getSheetId() === sheet.getSheetId()) return;
    ss.setActiveSheet(sheet);
    ss.moveActiveSheet(i + 1);
  });
  if (sheets.length > 0) ss.setActiveSheet(sheets[0]);
}

/**
 * Deletes the empty "Sheet1" a new spreadsheet starts with, once the desk's tabs exist; a Sheet1
 * with anything in it is the school's and stays.
 */
export function deleteStraySheet1(ss: Spreadsheet): boolean {
  const sheet = ss.getSheetByName('Sheet1');
  if (!sheet || ss.getSheets().length === 1) return false;
  if (sheet.getLastRow() > 0 || sheet.getLastColumn() > 0) return false;
  if (sheet.getFormUrl() !== null) return false;
  ss.deleteSheet(sheet);
  return true;
}

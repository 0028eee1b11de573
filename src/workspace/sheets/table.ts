// Reads and writes tabs as tables: headers, rows by header, appends and key/value updates.
import {CellValue} from '../../domain/tickets/ticket-row';
import {cellAsText, toCells} from './cells';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Row 1 of a tab: its headers, trimmed. */
export function readHeaders(sheet: Sheet): string[] {
  const lastColumn = sheet.getLastColumn();
  if (lastColumn === 0) return [];
  return sheet
    .getRange(1, 1, 1, lastColumn)
    .getValues()[0]
    .map(value => String(value).trim());
}

/** Every data row of a tab as text keyed by header; blank rows are left out. */
export function readRecords(
  sheet: Sheet,
  timeZone: string
): Record<string, string>[] {
  const [headers, ...rows] = sheet.getDataRange().getValues();
  if (!headers) return [];
  const names = headers.map(h => String(h).trim());
  return rows
    .map(row =>
      Object.fromEntries(
        names.map((name, i) => [name, cellAsText(row[i], timeZone)])
      )
    )
    .filter(record => Object.values(record).some(value => value !== ''));
}

/** 1-based column of each header. */
export function columnsOf(headers: readonly string[]): Map<string, number> {
  const columns = new Map<string, number>();
  headers.forEach((header, i) => {
    if (header !== '' && !columns.has(header)) columns.set(header, i + 1);
  });
  return columns;
}

/**
 * Appends rows after the last used row in one write, growing the sheet first when needed: a range
 * past the last row is refused (platform.md: Spreadsheets). One or two rows cost one appendRow
 * each: cheaper than reading the grid's size first.
 */
export function appendRows(
  sheet: Sheet,
  rows: readonly (readonly CellValue[])[]
): void {
  if (rows.length === 0) return;
  if (rows.length <= 2) {
    for (const row of rows) sheet.appendRow(toCells(row));
    return;
  }
  appendBlock(sheet, rows);
}

/** Appends rows in one write whatever their number, so a stop leaves all of them or none. */
export function appendBlock(
  sheet: Sheet,
  rows: readonly (readonly CellValue[])[]
): void {
  if (rows.length === 0) return;
  const lastRow = sheet.getLastRow();
  const maxRows = sheet.getMaxRows();
  if (lastRow + rows.length > maxRows)
    sheet.insertRowsAfter(maxRows, lastRow + rows.length - maxRows);
  sheet
    .getRange(lastRow + 1, 1, rows.length, rows[0].length)
    .setValues(rows.map(toCells));
}

/** Sets values in a key/value tab (like Config), one write per changed key; returns keys changed. */
export function updateKeyedValues(
  sheet: Sheet,
  updates: Readonly<Record<string, string>>
): string[] {
  const [, ...rows] = sheet.getDataRange().getValues();
  const changed: string[] = [];
  rows.forEach((row, i) => {
    const key = String(row[0]).trim();
    const value = updates[key];
    if (value !== undefined && String(row[1]).trim() !== value) {
      sheet.getRange(i + 2, 2).setValue(toCells([value])[0]);
      changed.push(key);
    }
  });
  return changed;
}

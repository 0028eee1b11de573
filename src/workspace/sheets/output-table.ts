// Writes a whole output tab (a Looker table like Metrics, or the Dashboard) in one call.
import {CellValue} from '../../domain/tickets/ticket-row';
import {toCells} from './cells';
import {shrinkGrid} from './grid-size';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function sheetNamed(ss: Spreadsheet, name: string): Sheet {
  return ss.getSheetByName(name) ?? ss.insertSheet(name);
}

/**
 * Replaces a tab's content with `rows` (headers included) in one write, growing the sheet first
 * (a range past its edge is refused, platform.md: Spreadsheets) and clearing what the last
 * content left beyond the new one; then the grid is shrunk to the table, or to `room` when that
 * is larger (charts placed beside it). The number of calls does not depend on the number of rows.
 */
export function replaceTable(
  sheet: Sheet,
  rows: readonly (readonly CellValue[])[],
  room: {readonly rows: number; readonly columns: number} = {
    rows: 0,
    columns: 0,
  }
): void {
  const height = rows.length;
  const width = Math.max(1, ...rows.map(r => r.length));
  const oldRows = sheet.getLastRow();
  const oldColumns = sheet.getLastColumn();
  const maxRows = sheet.getMaxRows();
  const maxColumns = sheet.getMaxColumns();
  if (height > maxRows) sheet.insertRowsAfter(maxRows, height - maxRows);
  if (width > maxColumns)
    sheet.insertColumnsAfter(maxColumns, width - maxColumns);
  if (height > 0)
    sheet
      .getRange(1, 1, height, width)
      .setValues(
        rows.map(r =>
          toCells([...r, ...new Array<CellValue>(width - r.length).fill('')])
        )
      );
  if (oldRows > height)
    sheet
      .getRange(height + 1, 1, oldRows - height, Math.max(oldColumns, width))
      .clearContent();
  if (oldColumns > width && height > 0)
    sheet.getRange(1, width + 1, height, oldColumns - width).clearContent();
  shrinkGrid(sheet, Math.max(height, room.rows), Math.max(width, room.columns));
}

/** Writes `rows` from A1 over a tab already that size (its look unchanged since), in one call. */
export function writeCells(
  sheet: Sheet,
  rows: readonly (readonly CellValue[])[]
): void {
  if (rows.length > 0)
    sheet
      .getRange(1, 1, rows.length, rows[0].length)
      .setValues(rows.map(r => toCells([...r])));
}

/**
 * Freezes row 1 and shows `headerRows` of a table `width` columns wide in bold, the other rows of
 * its `height` plain (a table written below another moves as the first grows), in 2 + rows calls.
 */
export function boldHeaderRows(
  sheet: Sheet,
  headerRows: readonly number[],
  height: number,
  width: number
): void {
  if (sheet.getFrozenRows() !== 1) sheet.setFrozenRows(1);
  if (height === 0) return;
  sheet.getRange(1, 1, height, width).setFontWeight('normal');
  for (const row of headerRows)
    sheet.getRange(row, 1, 1, width).setFontWeight('bold');
}

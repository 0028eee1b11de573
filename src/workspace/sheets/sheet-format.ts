// Applies a planned look to a tab: frozen rows, widths and heights, number formats, bold, shading, type.
import {
  CellBlock,
  SheetFormat,
} from '../../domain/metrics/presentation/sheet-format';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Applies `format` to the tab. With `clearFirst`, the old formats go first (the Dashboard's blocks
 * move between rebuilds); a table's columns stay put, so its formats are simply overwritten. The
 * number of calls depends on the plan, never on the number of rows.
 */
export function applySheetFormat(
  sheet: Sheet,
  format: SheetFormat,
  clearFirst = false
): void {
  const range = (b: CellBlock) =>
    sheet.getRange(b.row, b.column, b.rows, b.columns);
  if (clearFirst) sheet.clearFormats();
  if (sheet.getFrozenRows() !== format.frozenRows)
    sheet.setFrozenRows(format.frozenRows);
  format.columnWidths.forEach((width, i) => {
    if (sheet.getColumnWidth(i + 1) !== width)
      sheet.setColumnWidth(i + 1, width);
  });
  for (const {block, format: pattern} of format.numberFormats)
    range(block).setNumberFormat(pattern);
  for (const block of format.bold) range(block).setFontWeight('bold');
  for (const {block, color} of format.shaded) range(block).setBackground(color);
  for (const {block, size} of format.fontSizes) range(block).setFontSize(size);
  for (const block of format.centred)
    range(block).setHorizontalAlignment('center');
  for (const {row, height} of format.rowHeights)
    sheet.setRowHeight(row, height);
}

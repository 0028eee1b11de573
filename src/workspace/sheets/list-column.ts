// A one-column list written beside a tab's table (the Check list on Config), header first.
import {toCells} from './cells';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface ListColumn {
  /** 1-based. */
  readonly column: number;
  readonly header: string;
  /** Pixels. */
  readonly width: number;
}

/**
 * Writes `header` in row 1 and `items` below it in one call, blanking the rest of the column so a
 * shorter list leaves nothing behind; every item kept as text (it may quote what people typed).
 * The grid grows first when the list would pass its edge (a range past it is refused, platform.md:
 * Spreadsheets). The column's width, wrap and bold header are laid only when its width is not yet
 * right or rows were added, so a list rewritten costs four calls.
 */
export function writeListColumn(
  sheet: Sheet,
  list: ListColumn,
  items: readonly string[]
): void {
  const maxRows = sheet.getMaxRows();
  const maxColumns = sheet.getMaxColumns();
  const rows = items.length + 1;
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  if (list.column > maxColumns)
    sheet.insertColumnsAfter(maxColumns, list.column - maxColumns);
  const height = Math.max(rows, maxRows);
  const cells = [
    list.header,
    ...items,
    ...new Array<string>(height - rows).fill(''),
  ].map(value => toCells([value]));
  sheet.getRange(1, list.column, height, 1).setValues(cells);
  if (sheet.getColumnWidth(list.column) === list.width && rows <= maxRows)
    return;
  sheet.setColumnWidth(list.column, list.width);
  sheet.getRange(1, list.column).setFontWeight('bold');
  sheet.getRange(2, list.column, height - 1, 1).setWrap(true);
}

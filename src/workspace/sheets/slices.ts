// A rotating slice of a tab: a block of rows read with its headers, and cells set to one value at once.
import {CellValue} from '../../domain/tickets/ticket-row';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface Slice {
  readonly headers: readonly string[];
  /** The first row read (2 or more). */
  readonly firstRow: number;
  readonly rows: readonly (readonly CellValue[])[];
  /** The tab's last row: where the next slice starts over. */
  readonly lastRow: number;
}

/** Up to `count` rows from `firstRow` (back to row 2 when the tab no longer reaches it), with the headers. */
export function readSlice(
  sheet: Sheet,
  firstRow: number,
  count: number
): Slice {
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  const from = firstRow > lastRow ? 2 : Math.max(2, firstRow);
  if (lastRow < 2 || lastColumn === 0)
    return {headers: [], firstRow: 2, rows: [], lastRow};
  const block = sheet
    .getRange(1, 1, 1, lastColumn)
    .getValues()[0]
    .map(value => String(value).trim());
  const rows = sheet
    .getRange(from, 1, Math.min(count, lastRow - from + 1), lastColumn)
    .getValues() as CellValue[][];
  return {headers: block, firstRow: from, rows, lastRow};
}

/** Sets every listed cell (A1 notations) to one value in a single call. */
export function setCellsTo(
  sheet: Sheet,
  a1s: readonly string[],
  value: string
): void {
  if (a1s.length > 0) sheet.getRangeList([...a1s]).setValue(value);
}

// Brings an output table up to date in place: only the rows that differ from what the tab holds are written.
import {spansOf} from '../../domain/tickets/live-index';
import {CellValue, sameCell} from '../../domain/tickets/ticket-row';
import {toCells} from './cells';
import {shrinkGrid} from './grid-size';
import {replaceTable} from './output-table';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Writes per update: scattered changed rows are joined into at most this many (a round trip each). */
const MAX_WRITES = 8;
/** Unchanged rows between two changed ones that are rewritten rather than split into two writes. */
const JOIN_GAP = 20;

/** Whether the row read back shows `row`: text as written, dates by their instant. */
function holds(
  before: readonly CellValue[] | undefined,
  row: readonly CellValue[]
): boolean {
  return before !== undefined && row.every((v, c) => sameCell(before[c], v));
}

/**
 * Makes the tab hold `rows` (headers included) with one read of what it holds and a write of
 * each run of rows that differ, so a table whose old rows stay as they were (closed tickets)
 * costs a read, not a rewrite. A row a person edited, sorted or deleted differs and is written
 * again; a tab of another width is replaced whole. Returns the rows written.
 */
export function updateTable(
  sheet: Sheet,
  rows: readonly (readonly CellValue[])[]
): number {
  const width = Math.max(1, ...rows.map(r => r.length));
  const oldRows = sheet.getLastRow();
  if (oldRows === 0 || sheet.getLastColumn() !== width) {
    replaceTable(sheet, rows);
    return rows.length;
  }
  const before = sheet
    .getRange(1, 1, oldRows, width)
    .getValues() as CellValue[][];
  const changed = rows.flatMap((row, i) =>
    holds(before[i], row) ? [] : [i + 1]
  );
  const maxRows = sheet.getMaxRows();
  if (rows.length > maxRows)
    sheet.insertRowsAfter(maxRows, rows.length - maxRows);
  const padded = (r: readonly CellValue[]) =>
    toCells([...r, ...new Array<CellValue>(width - r.length).fill('')]);
  for (const span of spansOf(changed, MAX_WRITES, JOIN_GAP))
    sheet
      .getRange(span.first, 1, span.count, width)
      .setValues(
        rows.slice(span.first - 1, span.first - 1 + span.count).map(padded)
      );
  if (oldRows > rows.length)
    sheet
      .getRange(rows.length + 1, 1, oldRows - rows.length, width)
      .clearContent();
  shrinkGrid(sheet, rows.length, width);
  return changed.length;
}

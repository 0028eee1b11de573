// Brings an output table up to date in place: only the rows that differ from what the tab holds are written.
import {spansOf} from '../../domain/tickets/live-index';
import {CellValue, sameCell} from '../../domain/tickets/ticket-row';
import {toCells} from './cells';
import {shrinkGrid} from './grid-size';
import {replaceTable} from './output-table';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Reads and writes per update: scattered rows are joined into at most this many (a round trip each). */
const MAX_SPANS = 8;
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
 * Makes the tab hold `rows` (headers included), writing only the runs of rows that differ from
 * what it holds: every row is read back once and written again if it differs, so a row a person
 * edited, sorted or deleted there is corrected. A
 * tab of another width is replaced whole. The grid keeps `roomRows` rows when the table is
 * shorter (the rows its formats cover). Returns the rows written.
 */
export function updateTable(
  sheet: Sheet,
  rows: readonly (readonly CellValue[])[],
  roomRows = 0
): number {
  const width = Math.max(1, ...rows.map(r => r.length));
  const oldRows = sheet.getLastRow();
  if (oldRows === 0 || sheet.getLastColumn() !== width) {
    replaceTable(sheet, rows, {rows: roomRows, columns: 0});
    return rows.length;
  }
  const checked = Array.from({length: rows.length}, (_, i) => i + 1);
  const before: CellValue[][] = [];
  for (const span of spansOf(
    checked.filter(row => row <= oldRows),
    MAX_SPANS
  ))
    (
      sheet
        .getRange(span.first, 1, span.count, width)
        .getValues() as CellValue[][]
    ).forEach((values, k) => (before[span.first + k] = values));
  const changed = checked.filter(row => !holds(before[row], rows[row - 1]));
  const maxRows = sheet.getMaxRows();
  if (rows.length > maxRows)
    sheet.insertRowsAfter(maxRows, rows.length - maxRows);
  const padded = (r: readonly CellValue[]) =>
    toCells([...r, ...new Array<CellValue>(width - r.length).fill('')]);
  for (const span of spansOf(changed, MAX_SPANS, JOIN_GAP))
    sheet
      .getRange(span.first, 1, span.count, width)
      .setValues(
        rows.slice(span.first - 1, span.first - 1 + span.count).map(padded)
      );
  if (oldRows > rows.length)
    sheet
      .getRange(rows.length + 1, 1, oldRows - rows.length, width)
      .clearContent();
  shrinkGrid(sheet, Math.max(rows.length, roomRows), width);
  return changed.length;
}

/** Writes rows where they stand, one call per run of adjacent rows; the grid must hold them. */
export function writeRowsAt(
  sheet: Sheet,
  rows: readonly {row: number; values: readonly CellValue[]}[]
): void {
  const sorted = [...rows].sort((a, b) => a.row - b.row);
  let first = 0;
  for (let i = 1; i <= sorted.length; i++) {
    if (i < sorted.length && sorted[i].row === sorted[i - 1].row + 1) continue;
    const run = sorted.slice(first, i);
    if (run.length > 0)
      sheet
        .getRange(run[0].row, 1, run.length, run[0].values.length)
        .setValues(run.map(r => toCells([...r.values])));
    first = i;
  }
}

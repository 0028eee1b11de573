// Some columns of every row of a tab, found by header and read in a few runs of adjacent columns.
import {spansOf} from '../../domain/tickets/live-index';
import {CellValue} from '../../domain/tickets/ticket-row';
import {columnsOf} from './table';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Reads per call: the wanted columns joined into at most this many runs. */
const MAX_COLUMN_RUNS = 4;
/** Unused columns between two wanted ones that are read rather than split into two reads. */
const COLUMN_GAP = 2;

/**
 * Every data row of `sheet`, holding only `fields` (a field without a header reads ''). Found by
 * header, as people may reorder columns; the tab's other columns are never read.
 */
export function readColumns<F extends string>(
  sheet: Sheet,
  fields: readonly F[]
): Record<F, CellValue>[] {
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  if (lastRow < 2 || lastColumn < 1) return [];
  const [headers] = sheet.getRange(1, 1, 1, lastColumn).getValues();
  const columns = columnsOf(headers.map(h => String(h).trim()));
  const found = fields.flatMap(field => {
    const column = columns.get(field);
    return column === undefined ? [] : [{field, column}];
  });
  const runs = spansOf(
    found.map(f => f.column),
    MAX_COLUMN_RUNS,
    COLUMN_GAP
  ).map(run => ({
    first: run.first,
    last: run.first + run.count - 1,
    cells: sheet
      .getRange(2, run.first, lastRow - 1, run.count)
      .getValues() as CellValue[][],
  }));
  const readers = found.map(({field, column}) => {
    const run = runs.find(r => column >= r.first && column <= r.last);
    const offset = column - (run?.first ?? column);
    return {field, cells: run?.cells ?? [], offset};
  });
  const rows: Record<F, CellValue>[] = [];
  for (let r = 0; r < lastRow - 1; r++) {
    const row = Object.fromEntries(fields.map(field => [field, ''])) as Record<
      F,
      CellValue
    >;
    for (const {field, cells, offset} of readers)
      row[field] = cells[r][offset] ?? '';
    rows.push(row);
  }
  return rows;
}

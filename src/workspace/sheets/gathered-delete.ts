// Deletes scattered rows of a tab only the desk writes in one block: gathered at the bottom by one sort first.
import {runsLastFirst} from '../../domain/archive/row-runs';
import {deleteDataRows} from './grid-size';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Up to this many runs are deleted one by one: gathering costs five calls of its own. */
const MAX_RUNS = 5;

/**
 * Deletes `leaving` (0-based data rows of a block of `dataRows` rows × `width` columns, read just
 * before under the script lock). Scattered over more than a few runs, they are first moved to
 * the bottom in one sort on a temporary key column (a row's place, moved past the end for those
 * leaving: the rows that stay keep their order whether or not the sort is stable), then deleted
 * in one call, and the key column is removed. Every call leaves each row present once: a stop
 * between them loses and doubles nothing (at worst the leaving rows wait at the bottom, or the
 * key column is left). Returns the rows deleted.
 */
export function deleteGathered(
  sheet: Sheet,
  block: {readonly dataRows: number; readonly width: number},
  leaving: readonly number[]
): number {
  const runs = runsLastFirst(leaving);
  if (runs.length <= MAX_RUNS) return deleteDataRows(sheet, runs);
  const {dataRows, width} = block;
  const gone = new Set(leaving);
  const key = width + 1;
  sheet.insertColumnAfter(width);
  sheet
    .getRange(2, key, dataRows, 1)
    .setValues(
      Array.from({length: dataRows}, (_, i) => [gone.has(i) ? dataRows + i : i])
    );
  sheet.getRange(2, 1, dataRows, key).sort(key);
  const deleted = deleteDataRows(sheet, [[dataRows - gone.size, gone.size]]);
  sheet.deleteColumn(key);
  return deleted;
}

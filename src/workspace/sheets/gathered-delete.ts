// Deletes scattered rows of a tab in one block: gathered at the bottom by one sort first.
import {runsLastFirst} from '../../domain/archive/row-runs';
import {deleteDataRows} from './grid-size';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Up to this many runs are deleted one by one: gathering costs four calls of its own. */
const MAX_RUNS = 2;
/** The temporary key column's header: a run stopped before removing it leaves it named, and the next removes it. */
export const GATHER_KEY_HEADER =
  'Peer Desk sort key (removed when the archive finishes)';

/**
 * Deletes `leaving` (0-based data rows of a block of `dataRows` rows under `headers`, read just
 * before under the script lock). Scattered over more than a few runs, they are first moved to
 * the bottom in one sort on a temporary key column (a row's place, moved past the end for those
 * leaving: the rows that stay keep their order whether or not the sort is stable), then deleted
 * in one call, and the key column is removed. Every call leaves each row present once: a stop
 * between them loses and doubles nothing (at worst the leaving rows wait at the bottom, or the
 * key column is left, named, for the next call to remove first). Returns the rows deleted.
 */
export function deleteGathered(
  sheet: Sheet,
  block: {readonly headers: readonly string[]; readonly dataRows: number},
  leaving: readonly number[]
): number {
  const {headers, dataRows} = block;
  for (let column = headers.length; column >= 1; column--)
    if (headers[column - 1].trim() === GATHER_KEY_HEADER)
      sheet.deleteColumn(column);
  const width = headers.filter(h => h.trim() !== GATHER_KEY_HEADER).length;
  const runs = runsLastFirst(leaving);
  if (runs.length <= MAX_RUNS) return deleteDataRows(sheet, runs);
  const gone = new Set(leaving);
  const key = width + 1;
  sheet.insertColumnAfter(width);
  sheet
    .getRange(1, key, dataRows + 1, 1)
    .setValues([
      [GATHER_KEY_HEADER],
      ...Array.from({length: dataRows}, (_, i) => [
        gone.has(i) ? dataRows + i : i,
      ]),
    ]);
  sheet.getRange(2, 1, dataRows, key).sort(key);
  const deleted = deleteDataRows(sheet, [[dataRows - gone.size, gone.size]]);
  sheet.deleteColumn(key);
  return deleted;
}

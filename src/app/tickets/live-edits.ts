// The edit trigger's side of the sweep's index: an edit of a row it does not name drops it.
import {parseIndex} from '../../domain/tickets/live-index';
import {
  deleteScriptProperty,
  PROPERTY,
  scriptProperty,
} from '../../workspace/services/properties';

/**
 * An edit of rows the index does not name (a closed ticket's notes): the next sweep reads every
 * row, so the desk's record follows the edit. Call first under the lock, before writing.
 */
export function noteEditedRows(firstRow: number, numRows: number): void {
  const index = parseIndex(scriptProperty(PROPERTY.liveRows));
  if (!index) return;
  const live = new Set(index.live.map(e => e.row));
  for (let row = firstRow; row < firstRow + numRows; row++)
    if (row >= 2 && row <= index.lastRow && !live.has(row)) {
      deleteScriptProperty(PROPERTY.liveRows);
      return;
    }
}

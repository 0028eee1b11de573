// Edit on the Knowledge Base tab: setting a row's Status to Published bumps its Version and credits its author.
import {ARTICLE_STATUS} from '../../domain/knowledge/article-status';
import {publication} from '../../domain/knowledge/proposal';
import {cellText, CellValue} from '../../domain/tickets/ticket-row';
import {appendActivity} from '../../workspace/ledger/activity-log';
import {withScriptLock} from '../../workspace/services/lock';
import {activeSpreadsheet} from '../../workspace/sheets/spreadsheet';
import {columnsOf, readHeaders} from '../../workspace/sheets/table';

type Range = GoogleAppsScript.Spreadsheet.Range;

/**
 * When the edit touched the Status column, every edited row now Published gets the next Version
 * and today's Published date, and an Activity line crediting its author (the Recognition badge
 * counts those lines).
 */
export function publishEditedArticles(range: Range, editor: string): void {
  const sheet = range.getSheet();
  const columns = columnsOf(readHeaders(sheet));
  const status = columns.get('Status');
  const version = columns.get('Version');
  const published = columns.get('Published');
  const first = range.getColumn();
  if (
    status === undefined ||
    version === undefined ||
    published === undefined ||
    status < first ||
    status >= first + range.getNumColumns()
  )
    return;
  const firstRow = Math.max(range.getRow(), 2);
  const count = range.getRow() + range.getNumRows() - firstRow;
  if (count < 1) return;
  withScriptLock(() => {
    const rows = sheet
      .getRange(firstRow, 1, count, sheet.getLastColumn())
      .getValues() as CellValue[][];
    const at = (row: CellValue[], header: string) =>
      cellText(row[(columns.get(header) ?? 0) - 1] ?? '');
    const now = new Date();
    const activity = rows.flatMap((row, i) => {
      if (at(row, 'Status') !== ARTICLE_STATUS.published) return [];
      const next = publication(row[version - 1], now);
      sheet.getRange(firstRow + i, version).setValue(next.Version);
      sheet.getRange(firstRow + i, published).setValue(next.Published);
      return [
        {
          when: now,
          ticketId: at(row, 'Source Ticket'),
          field: 'Article',
          oldValue: '',
          newValue: `Published "${at(row, 'Title')}" version ${next.Version}, written by ${at(row, 'Author') || editor}`,
          who: editor,
        },
      ];
    });
    if (activity.length > 0) appendActivity(activeSpreadsheet(), activity);
  });
}

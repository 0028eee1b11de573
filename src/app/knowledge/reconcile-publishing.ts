// The sweep's step for publishing: finishes a publication a stopped Knowledge Base edit left undone.
import {ARTICLE_STATUS} from '../../domain/knowledge/article-status';
import {KNOWLEDGE_BASE_TAB} from '../../domain/knowledge/tabs';
import {
  publicationLine,
  publicationWords,
} from '../../domain/knowledge/proposal';
import {ActivityEntry} from '../../domain/tickets/activity';
import {CellValue, isDate} from '../../domain/tickets/ticket-row';
import {
  activityMentions,
  appendActivity,
} from '../../workspace/ledger/activity-log';
import {SWEEPER} from '../sla/escalate';
import {
  articleCell,
  publishingColumns,
  stampPublication,
} from './publish-article';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** How long after its stamp a publication's Activity line is looked for (sweeps run every 5 minutes). */
const CREDIT_WINDOW_MS = 60 * 60_000;

/**
 * Call under the script lock. A Published row with no Published stamp and no version yet (a
 * draft is version 0) was never published (its edit trigger stopped before the one write of its
 * Version and stamp): it is published now. Rows a school typed in as Published with a version
 * are theirs as they are. A row stamped within the hour whose Activity line is missing (stopped
 * before the append) gets it. A re-publication stopped before its write keeps its older stamp and
 * is not seen.
 */
export function reconcilePublishing(ss: Spreadsheet, now: Date): void {
  const sheet = ss.getSheetByName(KNOWLEDGE_BASE_TAB);
  if (!sheet || sheet.getLastRow() < 2) return;
  const [headers, ...rows] = sheet.getDataRange().getValues() as CellValue[][];
  const columns = publishingColumns(headers.map(h => String(h).trim()));
  if (!columns) return;
  const lines: ActivityEntry[] = [];
  rows.forEach((row, i) => {
    if (articleCell(columns, row, 'Status') !== ARTICLE_STATUS.published)
      return;
    const stamp = row[columns.published - 1];
    const version = Number(row[columns.version - 1]);
    if (!isDate(stamp) && !(version >= 1)) {
      lines.push(stampPublication(sheet, i + 2, row, columns, now, SWEEPER));
      return;
    }
    const title = articleCell(columns, row, 'Title');
    if (
      isDate(stamp) &&
      now.getTime() - stamp.getTime() < CREDIT_WINDOW_MS &&
      !activityMentions(ss, publicationWords(title, version))
    )
      lines.push(
        publicationLine(
          {
            title,
            author: articleCell(columns, row, 'Author'),
            sourceTicket: articleCell(columns, row, 'Source Ticket'),
          },
          version,
          SWEEPER,
          stamp
        )
      );
  });
  if (lines.length > 0) appendActivity(ss, lines);
}

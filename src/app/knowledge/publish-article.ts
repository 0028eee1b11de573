// Edit on the Knowledge Base tab: setting a row's Status to Published bumps its Version and credits its author.
import {ARTICLE_STATUS} from '../../domain/knowledge/article-status';
import {publication, publicationLine} from '../../domain/knowledge/proposal';
import {ActivityEntry} from '../../domain/tickets/activity';
import {cellText, CellValue} from '../../domain/tickets/ticket-row';
import {appendActivity} from '../../workspace/ledger/activity-log';
import {withScriptLock} from '../../workspace/services/lock';
import {markUnfinished} from '../../workspace/services/unfinished-work';
import {activeSpreadsheet} from '../../workspace/sheets/spreadsheet';
import {columnsOf, readHeaders} from '../../workspace/sheets/table';

type Range = GoogleAppsScript.Spreadsheet.Range;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The Knowledge Base columns publishing reads and writes, by header (1-based). */
export interface PublishingColumns {
  readonly all: ReadonlyMap<string, number>;
  readonly status: number;
  readonly version: number;
  readonly published: number;
}

export function publishingColumns(
  headers: readonly string[]
): PublishingColumns | undefined {
  const all = columnsOf(headers);
  const status = all.get('Status');
  const version = all.get('Version');
  const published = all.get('Published');
  return status === undefined ||
    version === undefined ||
    published === undefined
    ? undefined
    : {all, status, version, published};
}

/** A Knowledge Base row's cell under a header, as text. */
export function articleCell(
  columns: PublishingColumns,
  row: readonly CellValue[],
  header: string
): string {
  return cellText(row[(columns.all.get(header) ?? 0) - 1] ?? '');
}

/**
 * Writes the row's next Version and its Published stamp in one write, so a stopped execution
 * leaves both or neither (the sweep finishes a row left with neither: reconcile-publishing.ts).
 * Returns the Activity line crediting its author.
 */
export function stampPublication(
  sheet: Sheet,
  rowNumber: number,
  row: readonly CellValue[],
  columns: PublishingColumns,
  now: Date,
  who: string
): ActivityEntry {
  const next = publication(row[columns.version - 1], now);
  const first = Math.min(columns.version, columns.published);
  const last = Math.max(columns.version, columns.published);
  const span = row.slice(first - 1, last);
  span[columns.version - first] = next.Version;
  span[columns.published - first] = next.Published;
  sheet.getRange(rowNumber, first, 1, span.length).setValues([span]);
  return publicationLine(
    {
      title: articleCell(columns, row, 'Title'),
      author: articleCell(columns, row, 'Author'),
      sourceTicket: articleCell(columns, row, 'Source Ticket'),
    },
    next.Version,
    who,
    now
  );
}

/**
 * When the edit touched the Status column, every edited row now Published gets the next Version
 * and today's Published date, and an Activity line crediting its author (the Recognition badge
 * counts those lines).
 */
export function publishEditedArticles(range: Range, editor: string): void {
  const sheet = range.getSheet();
  const columns = publishingColumns(readHeaders(sheet));
  const first = range.getColumn();
  if (
    !columns ||
    columns.status < first ||
    columns.status >= first + range.getNumColumns()
  )
    return;
  const firstRow = Math.max(range.getRow(), 2);
  const count = range.getRow() + range.getNumRows() - firstRow;
  if (count < 1) return;
  withScriptLock(() => {
    const rows = sheet
      .getRange(firstRow, 1, count, sheet.getLastColumn())
      .getValues() as CellValue[][];
    const now = new Date();
    if (
      rows.some(
        row => articleCell(columns, row, 'Status') === ARTICLE_STATUS.published
      )
    )
      markUnfinished('publishing', now);
    const activity = rows.flatMap((row, i) =>
      articleCell(columns, row, 'Status') === ARTICLE_STATUS.published
        ? [stampPublication(sheet, firstRow + i, row, columns, now, editor)]
        : []
    );
    if (activity.length > 0) appendActivity(activeSpreadsheet(), activity);
  });
}

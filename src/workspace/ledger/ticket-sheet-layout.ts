// Lays out the Tickets tab for the tech working it, wherever its columns are: by header, never by letter.
import {TicketField} from '../../domain/tickets/tabs';
import {
  HIDDEN_TICKET_FIELDS,
  TICKET_COLUMN_LOOK,
  TICKET_FROZEN,
  TICKET_ROW_HEIGHT,
  ticketHighlights,
} from '../../domain/tickets/ticket-layout';
import {columnsOf} from '../sheets/table';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Freezes the header row and the ID column, sets each known column's width, wrapping and date
 * format below the header, forces the data rows' height, and hides the desk's bookkeeping columns. Columns the desk does not know
 * are left as the school set them. The calls depend on the columns, never on the rows.
 */
export function layOutTickets(sheet: Sheet, headers: readonly string[]): void {
  const columns = columnsOf(headers);
  const rows = sheet.getMaxRows() - 1;
  if (sheet.getFrozenRows() !== TICKET_FROZEN.rows)
    sheet.setFrozenRows(TICKET_FROZEN.rows);
  if (sheet.getFrozenColumns() !== TICKET_FROZEN.columns)
    sheet.setFrozenColumns(TICKET_FROZEN.columns);
  for (const [field, look] of Object.entries(TICKET_COLUMN_LOOK)) {
    const column = columns.get(field);
    if (column === undefined) continue;
    if (sheet.getColumnWidth(column) !== look.width)
      sheet.setColumnWidth(column, look.width);
    if (rows < 1) continue;
    const body = sheet.getRange(2, column, rows, 1);
    if (look.wrap) body.setWrap(true);
    if (look.numberFormat) body.setNumberFormat(look.numberFormat);
  }
  for (const field of HIDDEN_TICKET_FIELDS) {
    const column = columns.get(field);
    if (column !== undefined) sheet.hideColumns(column);
  }
  if (rows >= 1) highlightTickets(sheet, columns, headers.length, rows);
  sheet.getRange(1, 1, 1, headers.length).setWrap(true);
  if (rows < 1) return;
  sheet.getRange(2, 1, rows, headers.length).setVerticalAlignment('top');
  sheet.setRowHeightsForced(2, rows, TICKET_ROW_HEIGHT);
}

/**
 * Sets the desk's highlights ahead of the school's own rules, which are kept; the desk's earlier
 * copies (same formula) are replaced, so setup can run again without piling them up.
 */
function highlightTickets(
  sheet: Sheet,
  columns: Map<string, number>,
  width: number,
  rows: number
): void {
  const highlights = ticketHighlights(
    (field: TicketField) => columns.get(field) as number
  );
  const ours = new Set(highlights.map(h => h.formula));
  const schools = sheet
    .getConditionalFormatRules()
    .filter(
      rule =>
        !ours.has(String(rule.getBooleanCondition()?.getCriteriaValues()[0]))
    );
  const built = highlights.map(highlight => {
    const ranges =
      highlight.fields.length === 0
        ? [sheet.getRange(2, 1, rows, width)]
        : highlight.fields.map(field =>
            sheet.getRange(2, columns.get(field) as number, rows, 1)
          );
    const rule = SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(highlight.formula)
      .setRanges(ranges);
    if (highlight.background) rule.setBackground(highlight.background);
    if (highlight.fontColor) rule.setFontColor(highlight.fontColor);
    if (highlight.bold) rule.setBold(true);
    return rule.build();
  });
  sheet.setConditionalFormatRules([...built, ...schools]);
}

// An article's Helped count credited once per self-service resolution, finished by the sweep after a stop.
import {SELF_SERVICE_ROLE} from '../../domain/knowledge/self-help-record';
import {TAB} from '../../domain/setup/workbook';
import {CellValue, cellText} from '../../domain/tickets/ticket-row';
import {findTicket} from '../../workspace/ledger/find-tickets';
import {
  deleteScriptProperty,
  PROPERTY,
  scriptProperty,
  setScriptProperty,
} from '../../workspace/services/properties';
import {columnsOf, readHeaders} from '../../workspace/sheets/table';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A credit begun: the ticket resolved by it, the article's row and the Helped count it sets. */
interface OwedCredit {
  readonly ticketId: string;
  readonly title: string;
  readonly row: number;
  readonly helped: number;
}

function owedCredits(): OwedCredit[] {
  try {
    const parsed: unknown = JSON.parse(
      scriptProperty(PROPERTY.helpedOwed) ?? '[]'
    );
    return Array.isArray(parsed) ? (parsed as OwedCredit[]) : [];
  } catch {
    return [];
  }
}

/** The Helped cell of the article titled `title` (the ticket's language first), with its count. */
function helpedCell(
  ss: Spreadsheet,
  title: string,
  inTicketLanguage: (languageCell: string) => boolean
):
  | {
      sheet: GoogleAppsScript.Spreadsheet.Sheet;
      row: number;
      column: number;
      count: number;
    }
  | undefined {
  const sheet = ss.getSheetByName(TAB.knowledgeBase);
  if (!sheet || sheet.getLastRow() < 2) return undefined;
  const columns = columnsOf(readHeaders(sheet));
  const helped = columns.get('Helped');
  const titleColumn = columns.get('Title');
  if (helped === undefined || titleColumn === undefined) return undefined;
  const rows = sheet
    .getRange(2, 1, sheet.getLastRow() - 1, sheet.getLastColumn())
    .getValues() as CellValue[][];
  const at = (row: CellValue[], column: number | undefined) =>
    column === undefined ? '' : cellText(row[column - 1] ?? '').trim();
  const titled = rows
    .map((row, index) => ({row, index}))
    .filter(({row}) => at(row, titleColumn) === title);
  const pick =
    titled.find(({row}) =>
      inTicketLanguage(at(row, columns.get('Language')))
    ) ?? titled[0];
  if (!pick) return undefined;
  return {
    sheet,
    row: pick.index + 2,
    column: helped,
    count: Number(at(pick.row, helped)) || 0,
  };
}

/**
 * Call under the script lock, before the resolution is written. Marks the credit owed with the
 * count it sets, and returns the write that sets it: called after the resolution, it clears the
 * mark. A stop in between leaves the mark for `reconcileHelpedCredits`.
 */
export function beginHelpedCredit(
  ss: Spreadsheet,
  ticketId: string,
  title: string,
  inTicketLanguage: (languageCell: string) => boolean
): () => void {
  reconcileHelpedCredits(ss);
  const cell = helpedCell(ss, title, inTicketLanguage);
  if (!cell) return () => undefined;
  const credit: OwedCredit = {
    ticketId,
    title,
    row: cell.row,
    helped: cell.count + 1,
  };
  setScriptProperty(PROPERTY.helpedOwed, JSON.stringify([credit]));
  return () => {
    cell.sheet.getRange(cell.row, cell.column).setValue(credit.helped);
    deleteScriptProperty(PROPERTY.helpedOwed);
  };
}

/**
 * Call under the script lock (the sweep's step, and before any new credit). A credit marked owed
 * whose ticket was resolved as self-service sets the article's Helped count to what it was to be,
 * unless it is there already; one whose ticket was not resolved is dropped (the requester saw
 * the page fail and presses again).
 */
export function reconcileHelpedCredits(ss: Spreadsheet): void {
  const owed = owedCredits();
  if (owed.length === 0) return;
  for (const credit of owed) {
    const found = findTicket(ss, credit.ticketId);
    if (
      cellText(found?.row.ticket['Resolver Role'] ?? '') !== SELF_SERVICE_ROLE
    )
      continue;
    const sheet = ss.getSheetByName(TAB.knowledgeBase);
    if (!sheet) continue;
    const columns = columnsOf(readHeaders(sheet));
    const [title, helped] = ['Title', 'Helped'].map(h => columns.get(h) ?? 0);
    if (title === 0 || helped === 0 || credit.row > sheet.getLastRow())
      continue;
    const values = sheet
      .getRange(credit.row, 1, 1, sheet.getLastColumn())
      .getValues()[0];
    if (cellText(values[title - 1] ?? '').trim() !== credit.title) continue;
    if ((Number(values[helped - 1]) || 0) < credit.helped)
      sheet.getRange(credit.row, helped).setValue(credit.helped);
  }
  deleteScriptProperty(PROPERTY.helpedOwed);
}

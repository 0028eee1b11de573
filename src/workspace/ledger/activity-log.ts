// The Activity tab: appends ticket activity entries and reads them back.
import {ActivityEntry, activityRow} from '../../domain/tickets/activity';
import {TAB} from '../../domain/configuration/tabs';
import {requireSheet} from '../sheets/spreadsheet';
import {appendRows} from '../sheets/table';

/** Appends to the Activity tab: one call for one entry. */
export function appendActivity(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  entries: readonly ActivityEntry[]
): void {
  appendRows(requireSheet(ss, TAB.activity), entries.map(activityRow));
}

/**
 * A ticket's Activity lines, oldest first: one search of the Ticket ID column and one read of the
 * rows between its first and last hit.
 */
export function activityOf(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  ticketId: string,
  timeZone: string
): string[] {
  const sheet = requireSheet(ss, TAB.activity);
  const lastRow = sheet.getLastRow();
  if (lastRow < 2) return [];
  const hits = sheet
    .getRange(2, 2, lastRow - 1, 1)
    .createTextFinder(ticketId)
    .matchEntireCell(true)
    .findAll()
    .map(range => range.getRow());
  if (hits.length === 0) return [];
  const first = Math.min(...hits);
  const values = sheet
    .getRange(first, 1, Math.max(...hits) - first + 1, 6)
    .getValues();
  return values
    .filter(row => String(row[1]) === ticketId)
    .map(
      ([when, , field, oldValue, newValue, who]) =>
        `${Utilities.formatDate(when as Date, timeZone, 'yyyy-MM-dd HH:mm')} ${field}: ${oldValue} → ${newValue} (${who})`
    );
}

// The Activity tab: appends ticket activity entries and reads them back.
import {ActivityEntry, activityRow} from '../../domain/tickets/activity';
import {TAB} from '../../domain/setup/workbook';
import {activityKey} from '../../domain/tickets/desk-record';
import {isDate} from '../../domain/tickets/ticket-row';
import {requireSheet} from '../sheets/spreadsheet';
import {appendRows} from '../sheets/table';

/** Appends to the Activity tab: one call for one entry. */
export function appendActivity(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  entries: readonly ActivityEntry[]
): void {
  appendRows(requireSheet(ss, TAB.activity), entries.map(activityRow));
}

/** Whether any Activity cell contains these words: one search of the tab. */
export function activityMentions(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  words: string
): boolean {
  return (
    requireSheet(ss, TAB.activity).createTextFinder(words).findNext() !== null
  );
}

/** How many of a field's newest Activity lines `recentLinesOfField` reads. */
const RECENT_FIELD_LINES = 50;

/**
 * The newest Activity lines of one Field (at most RECENT_FIELD_LINES): one search of the Field
 * column and one read of the rows from the first of them to the last.
 */
export function recentLinesOfField(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  field: string
): ActivityEntry[] {
  const sheet = requireSheet(ss, TAB.activity);
  const lastRow = sheet.getLastRow();
  if (lastRow < 2) return [];
  const hits = sheet
    .getRange(2, 3, lastRow - 1, 1)
    .createTextFinder(field)
    .matchEntireCell(true)
    .findAll()
    .map(range => range.getRow())
    .slice(-RECENT_FIELD_LINES);
  if (hits.length === 0) return [];
  const first = Math.min(...hits);
  return sheet
    .getRange(first, 1, Math.max(...hits) - first + 1, 6)
    .getValues()
    .filter(row => String(row[2]) === field && isDate(row[0]))
    .map(([when, ticketId, , oldValue, newValue, who]) => ({
      when: when as Date,
      ticketId: String(ticketId),
      field,
      oldValue: String(oldValue),
      newValue: String(newValue),
      who: String(who),
    }));
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
    .map(([when, ticket, field, oldValue, newValue, who]) =>
      activityLine(
        {
          when: when as Date,
          ticketId: String(ticket),
          field: String(field),
          oldValue: String(oldValue),
          newValue: String(newValue),
          who: String(who),
        },
        timeZone
      )
    );
}

/** One Activity line as the escalation notice quotes it. */
export function activityLine(entry: ActivityEntry, timeZone: string): string {
  return `${Utilities.formatDate(entry.when, timeZone, 'yyyy-MM-dd HH:mm')} ${entry.field}: ${entry.oldValue} → ${entry.newValue} (${entry.who})`;
}

/**
 * The Activity lines from `firstRow` to the end, counted by ticket/moment/field key, in one read
 * (two calls): the sweep checks owed lines against what was appended since it last looked. Counted,
 * because two edits of one field within a second share a key.
 */
export function activityKeysFrom(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  firstRow: number
): {keys: Map<string, number>; lastRow: number} {
  const sheet = requireSheet(ss, TAB.activity);
  const lastRow = sheet.getLastRow();
  const from = Math.max(2, firstRow);
  const keys = new Map<string, number>();
  if (lastRow < from) return {keys, lastRow};
  const values = sheet.getRange(from, 1, lastRow - from + 1, 3).getValues();
  for (const [when, ticket, field] of values) {
    if (!isDate(when)) continue;
    const key = activityKey({
      when: when as Date,
      ticketId: String(ticket),
      field: String(field),
    });
    keys.set(key, (keys.get(key) ?? 0) + 1);
  }
  return {keys, lastRow};
}

// The sweep's step for breaks: the Activity line a stopped "Take a break" or "I'm back" did not write.
import {BREAK_REASON} from '../../domain/people/leave';
import {TAB} from '../../domain/setup/workbook';
import {ActivityEntry} from '../../domain/tickets/activity';
import {CellValue, isDate} from '../../domain/tickets/ticket-row';
import {
  appendActivity,
  recentLinesOfField,
} from '../../workspace/ledger/activity-log';
import {columnsOf} from '../../workspace/sheets/table';
import {AVAILABILITY_FIELD, availabilityLine} from './breaks';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** How long after a break starts or ends its Activity line is looked for (sweeps run every 5 minutes). */
const LINE_WINDOW_MS = 60 * 60_000;

function lineKey(line: {who: string; when: Date; newValue: string}): string {
  return `${line.who}|${line.when.getTime()}|${line.newValue}`;
}

/**
 * Call under the script lock. The Leave row is the break's record, written first; a break that
 * started or ended within the hour without its Activity line (the execution stopped between
 * the two writes) gets it now, stamped with the break's own moment.
 */
export function reconcileBreaks(ss: Spreadsheet, now: Date): void {
  const sheet = ss.getSheetByName(TAB.leave);
  if (!sheet || sheet.getLastRow() < 2) return;
  const [headers, ...rows] = sheet.getDataRange().getValues() as CellValue[][];
  const columns = columnsOf(headers.map(h => String(h).trim()));
  const cell = (row: CellValue[], header: string) =>
    row[(columns.get(header) ?? 0) - 1];
  const recent = (value: CellValue | undefined): value is Date =>
    isDate(value) && now.getTime() - value.getTime() < LINE_WINDOW_MS;
  const owed: ActivityEntry[] = rows.flatMap(row => {
    const reason = String(cell(row, 'Reason') ?? '')
      .trim()
      .toLowerCase();
    const tech = String(cell(row, 'Tech') ?? '')
      .trim()
      .toLowerCase();
    if (reason !== BREAK_REASON || tech === '') return [];
    const from = cell(row, 'From');
    const to = cell(row, 'To');
    return [
      ...(recent(from) ? [availabilityLine(tech, from, true)] : []),
      ...(recent(to) ? [availabilityLine(tech, to, false)] : []),
    ];
  });
  if (owed.length === 0) return;
  const written = new Set(
    recentLinesOfField(ss, AVAILABILITY_FIELD).map(lineKey)
  );
  const missing = owed.filter(line => !written.has(lineKey(line)));
  if (missing.length > 0) appendActivity(ss, missing);
}

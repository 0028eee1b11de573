// Archive and rollover: closed tickets of past school years move to a spreadsheet per year.
import {
  activityToMove,
  LedgerLine,
  planArchive,
} from '../../domain/archive/archive-plan';
import {RETENTION_KEY} from '../../domain/archive/retention-settings';
import {
  graduationYearOf,
  previousSchoolYear,
  SchoolYear,
  schoolYearOf,
} from '../../domain/archive/school-year';
import {
  figuresFromRow,
  SCHOOL_YEARS_HEADERS,
  YearFigures,
} from '../../domain/metrics/year-figures';
import {LEADER_TAB} from '../../domain/metrics/tabs';
import {TAB} from '../../domain/setup/workbook';
import {
  localDateOf,
  localMidnightMs,
} from '../../domain/school-time/zoned-dates';
import {formatTicketId, ticketNumber} from '../../domain/tickets/ticket-id';
import {CellValue, isDate} from '../../domain/tickets/ticket-row';
import {forgetTicketRecords} from '../../workspace/ledger/ticket-record';
import {withScriptLock} from '../../workspace/services/lock';
import {
  PROPERTY,
  scriptProperty,
  setScriptProperty,
} from '../../workspace/services/properties';
import {ScriptNow, scriptNow} from '../../workspace/services/script-clock';
import {deleteDataRows} from '../../workspace/sheets/grid-size';
import {deleteGathered} from '../../workspace/sheets/gathered-delete';
import {replaceTable, sheetNamed} from '../../workspace/sheets/output-table';
import {
  activeSpreadsheet,
  requireSheet,
} from '../../workspace/sheets/spreadsheet';
import {
  appendRows,
  columnsOf,
  readRecords,
  updateKeyedValues,
} from '../../workspace/sheets/table';
import {toast} from '../../workspace/sheets/ui';
import {schoolCalendar} from '../sla/escalate';
import {forgetSnapshot, readSnapshot, referenceOf} from '../setup/snapshot';
import {archiveKey, fillArchive, openArchive} from './archive-year';
import {rollRosterOver} from './roster';
import {readResponseRows} from '../tickets/response-rows';
import {PICKUP_OVERLAP_MS} from '../tickets/sweep';
import {runsLastFirst} from '../../domain/archive/row-runs';
import {ownerMayAct} from '../setup/owner';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface ArchiveReport {
  readonly tickets: number;
  readonly activity: number;
  readonly responses: number;
  readonly years: readonly string[];
  readonly graduated: number;
}

function readWhole(ss: Spreadsheet, tab: string) {
  const [headers = [], ...rows] = requireSheet(ss, tab)
    .getDataRange()
    .getValues() as CellValue[][];
  const names = headers.map(h => String(h).trim());
  return {names, rows, column: columnsOf(names)};
}

/** Rewrites the School Years tab: the archived years' lines, kept in order. */
function recordYears(
  ss: Spreadsheet,
  timeZone: string,
  years: readonly {figures: YearFigures; link: string}[]
): void {
  const sheet = sheetNamed(ss, LEADER_TAB.schoolYears);
  const known = new Map<string, CellValue[]>(
    readRecords(sheet, timeZone).map(r => {
      const f = figuresFromRow(r);
      return [
        f.label,
        [f.label, f.tickets, f.resolved, f.resolvedByStudents, r.Archive ?? ''],
      ];
    })
  );
  for (const {figures: f, link} of years)
    known.set(f.label, [
      f.label,
      f.tickets,
      f.resolved,
      f.resolvedByStudents,
      link,
    ]);
  replaceTable(sheet, [
    [...SCHOOL_YEARS_HEADERS],
    ...[...known.values()].sort((a, b) =>
      String(a[0]).localeCompare(String(b[0]))
    ),
  ]);
}

/**
 * Under the script lock: the closed tickets created before the current school year, and their
 * Activity lines, are appended to their year's archive spreadsheet (created and linked from Config
 * the first time), the archive's Metrics tab is rebuilt, the School Years tab keeps the year's
 * figures, and the rows leave the live tabs with the desk's records of them, so the sweep does not
 * restore them. Each tab's rows leave in at most a few deletes: scattered ones gathered by one
 * sort and deleted in one block. Config "Archived Through Ticket" keeps IDs going.
 *
 * Re-runnable after a stop at any call: the archive copies only rows it does not hold yet, the
 * year's link is in Config before anything is copied, and the ticket rows leave last, so a run
 * stopped midway leaves them for the next run (the hourly run tries again until the year is
 * marked rolled over) to plan the same move again.
 */
function archivePastYearsNow(
  ss: Spreadsheet,
  clock: ScriptNow
): Omit<ArchiveReport, 'graduated'> {
  const snapshot = readSnapshot(ss);
  const reference = referenceOf(snapshot);
  const monthDay = reference.retention.rolloverMonthDay;
  const current = schoolYearOf(clock.local.date, monthDay);
  const calendar = schoolCalendar(reference, clock.timeZone);
  const ledger = readWhole(ss, TAB.tickets);
  const at = (row: CellValue[], field: string) =>
    row[(ledger.column.get(field) ?? 0) - 1];
  const lines: LedgerLine[] = ledger.rows.map(row => {
    const created = at(row, 'Created');
    return {
      id: String(at(row, 'Ticket ID') ?? '').trim(),
      status: String(at(row, 'Status') ?? '').trim(),
      createdDate: isDate(created)
        ? localDateOf(created.getTime(), calendar.utcOffsetMinutes)
        : '',
    };
  });
  const plan = planArchive(lines, current, monthDay);
  const tickets = requireSheet(ss, TAB.tickets);
  if (plan.ids.size === 0) {
    // A run stopped after the ticket rows left may have left the sort's key column.
    deleteGathered(
      tickets,
      {headers: ledger.names, dataRows: ledger.rows.length},
      []
    );
    forgetSnapshot();
    return {tickets: 0, activity: 0, responses: 0, years: []};
  }
  const activity = readWhole(ss, TAB.activity);
  const activityIds = activity.rows.map(row =>
    String(row[(activity.column.get('Ticket ID') ?? 0) - 1] ?? '')
  );
  const moving = activityToMove(activityIds, plan.ids);
  const links = new Map(
    snapshot.rows.config.map(r => [String(r.Key).trim(), r.Value])
  );
  const config = requireSheet(ss, TAB.config);
  const deskName = reference.config.deskName;
  const archived = plan.years.map(({year, rows}) => {
    const book = openArchive(
      links.get(archiveKey(year)),
      `${deskName} archive ${year.label}`,
      {tickets: ledger.names, activity: activity.names}
    );
    const link = book.spreadsheet.getUrl();
    if (book.created) {
      // Linked before anything is copied: a run stopped later fills this one, not a second.
      appendRows(config, [
        [
          archiveKey(year),
          link,
          `The ${year.label} archive: its closed tickets, Activity and Metrics.`,
        ],
      ]);
      forgetSnapshot();
    }
    const ids = new Set(rows.map(i => lines[i].id));
    const figures = fillArchive(
      book,
      {
        tickets: rows.map(i => ({
          ticketId: lines[i].id,
          cells: ledger.rows[i],
        })),
        activity: moving
          .filter(i => ids.has(activityIds[i]))
          .map(i => ({ticketId: activityIds[i], cells: activity.rows[i]})),
      },
      {year, reference, calendar, nowMs: clock.now.getTime()}
    );
    return {figures, link};
  });
  recordYears(ss, clock.timeZone, archived);
  const highest = Math.max(
    reference.retention.archivedThrough,
    ...[...plan.ids].map(id => ticketNumber(id) ?? 0)
  );
  updateKeyedValues(config, {
    [RETENTION_KEY.archivedThrough]: formatTicketId(highest),
  });
  forgetSnapshot();
  passArchivedResponses(
    Math.max(
      ...ledger.rows
        .filter((_, i) => plan.ids.has(lines[i].id))
        .map(row => at(row, 'Created'))
        .map(created => (isDate(created) ? created.getTime() : 0))
    )
  );
  deleteGathered(
    requireSheet(ss, TAB.activity),
    {headers: activity.names, dataRows: activity.rows.length},
    moving
  );
  forgetTicketRecords(ss, plan.ids);
  deleteGathered(
    tickets,
    {headers: ledger.names, dataRows: ledger.rows.length},
    plan.ledgerRows
  );
  // The Tickets headers the settings cache holds may name a sort key column just removed.
  forgetSnapshot();
  const responses = forgetResponses(
    ss,
    localMidnightMs(current.start, calendar.utcOffsetMinutes)
  );
  return {
    tickets: plan.ids.size,
    activity: moving.length,
    responses,
    years: plan.years.map(y => y.year.label),
  };
}

/**
 * The sweep looks again a little behind its high-water mark and tickets any response the live
 * ledger does not know: the mark moves past the newest archived ticket, so none comes back.
 */
function passArchivedResponses(newestArchivedMs: number): void {
  const past = newestArchivedMs + PICKUP_OVERLAP_MS + 1000;
  const mark = Number(scriptProperty(PROPERTY.responsesHandledUntil) ?? 0);
  if (mark < past)
    setScriptProperty(PROPERTY.responsesHandledUntil, String(past));
}

/**
 * Responses submitted before the current school year leave the response sheet: the desk reads
 * answers from the form itself, which keeps every response (platform.md: Forms), so the sheet's
 * old rows only take cells. Google appends new responses after the last row. Returns how many.
 */
function forgetResponses(ss: Spreadsheet, beforeMs: number): number {
  const responses = readResponseRows(ss);
  if (!responses) return 0;
  const old = responses.rows.flatMap((row, i) =>
    Date.parse(row.answers.timestamp) < beforeMs ? [i] : []
  );
  return deleteDataRows(responses.sheet, runsLastFirst(old));
}

function archiveAndRollOver(
  ss: Spreadsheet,
  clock: ScriptNow,
  ending: SchoolYear
): ArchiveReport {
  return withScriptLock(() => {
    const moved = archivePastYearsNow(ss, clock);
    const graduated = rollRosterOver(ss, graduationYearOf(ending));
    setScriptProperty(PROPERTY.rolledOverYear, ending.label);
    return {...moved, graduated};
  });
}

/**
 * Menu item "Archive past school years": moves closed tickets of past years out now, and, once a
 * year, rolls the roster over.
 */
export function archivePastYears(): void {
  if (!ownerMayAct('archive past school years')) return;
  const ss = activeSpreadsheet();
  const snapshot = readSnapshot(ss);
  const clock = scriptNow(snapshot.timeZone);
  const reference = referenceOf(snapshot);
  const monthDay = reference.retention.rolloverMonthDay;
  const ending = previousSchoolYear(
    schoolYearOf(clock.local.date, monthDay),
    monthDay
  );
  const report = archiveAndRollOver(ss, clock, ending);
  toast(
    ss,
    report.tickets > 0
      ? `Archived ${report.tickets} closed tickets (${report.years.join(', ')}) and ${report.activity} Activity lines; ${report.graduated} graduating techs marked inactive.`
      : `No closed tickets from past school years to archive; ${report.graduated} graduating techs marked inactive.`,
    'Peer Desk archive'
  );
}

/**
 * The hourly run's yearly check: on the first run on or after Config "Rollover Date", the year
 * that ended is archived and the roster rolled over, once (checking here rather than in a yearly
 * trigger lets a Config change take effect without reinstalling a trigger).
 */
export function rollOverIfDue(
  ss: Spreadsheet,
  monthDay: string,
  clock: ScriptNow
): ArchiveReport | undefined {
  const ending = previousSchoolYear(
    schoolYearOf(clock.local.date, monthDay),
    monthDay
  );
  if (scriptProperty(PROPERTY.rolledOverYear) === ending.label)
    return undefined;
  return archiveAndRollOver(ss, clock, ending);
}

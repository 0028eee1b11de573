// One archive spreadsheet per school year: opened from its Config link, or created and linked.
import {Reference} from '../../domain/settings/reference';
import {LEADER_TAB} from '../../domain/metrics/tabs';
import {TAB} from '../../domain/setup/workbook';
import {SchoolYear} from '../../domain/archive/school-year';
import {
  METRICS_HEADERS,
  metricsTable,
} from '../../domain/metrics/metrics-table';
import {SchoolCalendar} from '../../domain/school-time/school-time';
import {CellValue} from '../../domain/tickets/ticket-row';
import {columnLetters} from '../../domain/tickets/ticket-layout';
import {YearFigures, yearFigures} from '../../domain/metrics/year-figures';
import {
  ensureTab,
  removeEmptyFirstTab,
} from '../../workspace/sheets/sheet-setup';
import {shrinkGrid} from '../../workspace/sheets/grid-size';
import {replaceTable, sheetNamed} from '../../workspace/sheets/output-table';
import {requireSheet} from '../../workspace/sheets/spreadsheet';
import {appendBlock} from '../../workspace/sheets/table';
import {ticketMetricsOf} from '../metrics/ledger-reads';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The Config key linking a year's archive: "Archive 2026-27". */
export function archiveKey(year: SchoolYear): string {
  return `Archive ${year.label}`;
}

const SPREADSHEET_ID = /\/spreadsheets\/d\/([^/]+)/;

/** The archive links Config holds, one per archived school year. */
export function archiveLinksIn(
  configRows: readonly Readonly<Record<string, string>>[]
): string[] {
  return configRows
    .filter(row => /^Archive \d{4}-\d{2}$/.test(String(row.Key ?? '').trim()))
    .map(row => String(row.Value ?? ''))
    .filter(link => SPREADSHEET_ID.test(link));
}

export interface ArchiveBook {
  readonly spreadsheet: Spreadsheet;
  readonly created: boolean;
}

/**
 * The year's archive: the one its Config link names, or a new spreadsheet with the live tabs'
 * headers, sized to them and without its empty Sheet1 (SpreadsheetApp.create needs the
 * `spreadsheets` scope, docs/deploy.md: OAuth scopes).
 */
export function openArchive(
  link: string | undefined,
  name: string,
  headers: {tickets: readonly string[]; activity: readonly string[]}
): ArchiveBook {
  const id = link ? SPREADSHEET_ID.exec(link)?.[1] : undefined;
  if (id) return {spreadsheet: SpreadsheetApp.openById(id), created: false};
  const spreadsheet = SpreadsheetApp.create(name);
  for (const [tab, wanted] of [
    [TAB.tickets, headers.tickets],
    [TAB.activity, headers.activity],
  ] as const) {
    const {sheet} = ensureTab(spreadsheet, tab, wanted);
    shrinkGrid(sheet, 2, wanted.length);
  }
  removeEmptyFirstTab(spreadsheet);
  return {spreadsheet, created: true};
}

/** A row of a live tab and the ticket it is about. */
export interface TicketCells {
  readonly ticketId: string;
  readonly cells: readonly CellValue[];
}

/** The ticket IDs a tab of the archive holds (its "Ticket ID" column), in two reads; none in a new book. */
function ticketIdsIn(sheet: Sheet): Set<string> {
  const [headers = []] = sheet.getRange('1:1').getValues();
  const column = headers.findIndex(h => String(h).trim() === 'Ticket ID') + 1;
  if (column === 0) return new Set();
  const letter = columnLetters(column);
  return new Set(
    sheet
      .getRange(`${letter}2:${letter}`)
      .getValues()
      .map(([id]) => String(id).trim())
      .filter(id => id !== '')
  );
}

/**
 * Appends the year's ticket rows and their Activity lines (as read from the live tabs, so columns
 * line up), then rebuilds the archive's own Metrics tab from everything it holds. A run stopped
 * after copying is re-run whole: the Activity lines of tickets the archive's Activity already has
 * and the ticket rows it already holds are not copied again (each tab's rows go in one call, so a
 * ticket's lines are there all or none). Returns the year's whole figures.
 */
export function fillArchive(
  book: ArchiveBook,
  rows: {tickets: readonly TicketCells[]; activity: readonly TicketCells[]},
  context: {
    year: SchoolYear;
    reference: Reference;
    calendar: SchoolCalendar;
    nowMs: number;
  }
): YearFigures {
  const archive = book.spreadsheet;
  const copyNew = (tab: string, lines: readonly TicketCells[]) => {
    const sheet = requireSheet(archive, tab);
    const held = book.created ? new Set<string>() : ticketIdsIn(sheet);
    appendBlock(
      sheet,
      lines.filter(line => !held.has(line.ticketId)).map(line => line.cells)
    );
  };
  copyNew(TAB.activity, rows.activity);
  copyNew(TAB.tickets, rows.tickets);
  const {reference, calendar, nowMs, year} = context;
  const tickets = ticketMetricsOf(archive, reference, calendar, nowMs);
  replaceTable(sheetNamed(archive, LEADER_TAB.metrics), [
    [...METRICS_HEADERS],
    ...metricsTable(tickets, calendar.utcOffsetMinutes),
  ]);
  return yearFigures(year.label, tickets);
}

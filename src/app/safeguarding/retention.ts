// The nightly retention pass: personal details of tickets resolved long ago removed, a slice a night.
import {
  dueForRemoval,
  PERSONAL_TICKET_FIELDS,
  removedValue,
  retentionCutoff,
  withoutPersonalDetails,
} from '../../domain/safeguarding/retention';
import {Reference} from '../../domain/settings/reference';
import {TAB} from '../../domain/setup/workbook';
import {ACTIVITY_HEADERS} from '../../domain/tickets/tabs';
import {ActivityEntry} from '../../domain/tickets/activity';
import {columnLetters} from '../../domain/tickets/ticket-layout';
import {CellValue, cellText, TicketRow} from '../../domain/tickets/ticket-row';
import {storedObject} from '../../domain/text';
import {withScriptLock} from '../../workspace/services/lock';
import {
  PROPERTY,
  scriptProperty,
  setScriptProperties,
} from '../../workspace/services/properties';
import {ScriptNow} from '../../workspace/services/script-clock';
import {readSlice, setCellsTo} from '../../workspace/sheets/slices';
import {toCells} from '../../workspace/sheets/cells';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Rows of each tab looked at a night: the cost stays the same however long the desk has run. */
const RETENTION_SLICE_ROWS = 2_000;

/** The pass runs on the first hourly run from 01:00 local, when nobody is working the desk. */
const NIGHT = {from: '01:00', until: '05:00'} as const;

/**
 * Where the pass is: which spreadsheet (0 this one, then each archive) and the row of each tab it
 * reaches next, 0 once that tab is done in this spreadsheet.
 */
interface Place {
  readonly book: number;
  readonly tickets: number;
  readonly activity: number;
}

const START: Place = {book: 0, tickets: 2, activity: 2};

function placeFrom(text: string | undefined): Place {
  const stored = storedObject(text);
  const whole = (value: unknown) =>
    typeof value === 'number' && Number.isInteger(value) && value >= 0
      ? value
      : undefined;
  const book = whole(stored?.book);
  const tickets = whole(stored?.tickets);
  const activity = whole(stored?.activity);
  return book === undefined || tickets === undefined || activity === undefined
    ? START
    : {book, tickets, activity};
}

/** The row the next night starts from; 0 when the slice reached the tab's last row. */
function nextRow(firstRow: number, rows: number, lastRow: number): number {
  const next = firstRow + rows;
  return next > lastRow ? 0 : next;
}

function clearTickets(
  sheet: Sheet | null,
  from: number,
  cutoffMs: number
): number {
  if (!sheet || from === 0) return 0;
  const slice = readSlice(sheet, from, RETENTION_SLICE_ROWS);
  const cellsByValue = new Map<string, string[]>();
  const columns = PERSONAL_TICKET_FIELDS.map(
    field => [field, slice.headers.indexOf(field)] as const
  ).filter(([, index]) => index >= 0);
  slice.rows.forEach((cells, i) => {
    const ticket = Object.fromEntries(
      slice.headers.map((header, c) => [header, cells[c]])
    ) as TicketRow;
    if (!dueForRemoval(ticket, cutoffMs)) return;
    for (const [field, index] of columns) {
      const value = removedValue(field);
      if (cellText(cells[index]) === '' || cellText(cells[index]) === value)
        continue;
      const a1 = `${columnLetters(index + 1)}${slice.firstRow + i}`;
      cellsByValue.set(value, [...(cellsByValue.get(value) ?? []), a1]);
    }
  });
  for (const [value, a1s] of cellsByValue) setCellsTo(sheet, a1s, value);
  return nextRow(slice.firstRow, slice.rows.length, slice.lastRow);
}

function clearActivity(
  sheet: Sheet | null,
  from: number,
  cutoffMs: number,
  techEmails: ReadonlySet<string>
): number {
  if (!sheet || from === 0) return 0;
  const slice = readSlice(sheet, from, RETENTION_SLICE_ROWS);
  // The Activity columns by header, in ACTIVITY_HEADERS' order.
  const [when, id, field, oldValue, newValue, who] = ACTIVITY_HEADERS.map(
    header => slice.headers.indexOf(header)
  );
  const changed: number[] = [];
  const rows = slice.rows.map((cells, i) => {
    const written = cells[when];
    if (!(written instanceof Date) || written.getTime() >= cutoffMs)
      return cells;
    const line: ActivityEntry = {
      when: written,
      ticketId: cellText(cells[id]),
      field: cellText(cells[field]),
      oldValue: cellText(cells[oldValue]),
      newValue: cellText(cells[newValue]),
      who: cellText(cells[who]),
    };
    const cleared = withoutPersonalDetails(line, techEmails);
    if (!cleared) return cells;
    changed.push(i);
    const next: CellValue[] = [...cells];
    next[oldValue] = cleared.oldValue;
    next[newValue] = cleared.newValue;
    next[who] = cleared.who;
    return next;
  });
  if (changed.length > 0) {
    const [first, last] = [changed[0], changed[changed.length - 1]];
    sheet
      .getRange(
        slice.firstRow + first,
        1,
        last - first + 1,
        slice.headers.length
      )
      .setValues(rows.slice(first, last + 1).map(toCells));
  }
  return nextRow(slice.firstRow, slice.rows.length, slice.lastRow);
}

const SPREADSHEET_ID = /\/spreadsheets\/d\/([^/]+)/;

/** An archive the owner can no longer open (deleted, or access taken away) is passed over. */
function openArchive(id: string): Spreadsheet | undefined {
  try {
    return SpreadsheetApp.openById(id);
  } catch {
    return undefined;
  }
}

/**
 * Removes the personal details of tickets resolved before Config "Personal Details Kept (days)"
 * (requester address, details, screenshots' links, the conversation, and the requester's address
 * and words in Activity), once a night, one slice of the Tickets and Activity tabs of one
 * spreadsheet at a time: this one, then each year's archive (`archiveLinks`, Config), round and
 * round. The figures stay: they count tickets, times and categories.
 */
export function removeOldPersonalDetails(
  ss: Spreadsheet,
  reference: Reference,
  archiveLinks: readonly string[],
  clock: ScriptNow
): void {
  const days = reference.safeguarding.personalDetailsDays;
  if (days === undefined) return;
  const {date, time} = clock.local;
  if (time < NIGHT.from || time >= NIGHT.until) return;
  if (scriptProperty(PROPERTY.retentionDay) === date) return;
  const archives = archiveLinks.flatMap(link => {
    const id = SPREADSHEET_ID.exec(link)?.[1];
    return id ? [id] : [];
  });
  const stored = placeFrom(scriptProperty(PROPERTY.retentionPlace));
  // An archive link removed from Config: start again from this spreadsheet.
  const place = stored.book <= archives.length ? stored : START;
  const {book} = place;
  const cutoff = retentionCutoff(clock.now.getTime(), days);
  const techs = new Set(reference.techs.map(t => t.email));
  const target = book === 0 ? ss : openArchive(archives[book - 1]);
  const passes = withScriptLock(() => ({
    tickets: clearTickets(
      target?.getSheetByName(TAB.tickets) ?? null,
      place.tickets,
      cutoff
    ),
    activity: clearActivity(
      target?.getSheetByName(TAB.activity) ?? null,
      place.activity,
      cutoff,
      techs
    ),
  }));
  const next: Place =
    passes.tickets === 0 && passes.activity === 0
      ? {...START, book: (book + 1) % (archives.length + 1)}
      : {book, ...passes};
  setScriptProperties({
    [PROPERTY.retentionDay]: date,
    [PROPERTY.retentionPlace]: JSON.stringify(next),
  });
}

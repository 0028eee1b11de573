// The Tickets tab as a ledger: reads and writes ticket rows and their intake columns.
import {LedgerEntry} from '../../domain/tickets/ledger';
import {
  INTAKE_COLUMNS,
  SYSTEM_TICKET_FIELDS,
  TICKET_HEADERS,
  TicketField,
} from '../../domain/tickets/tabs';
import {
  CellValue,
  cellMs,
  cellText,
  TicketRow,
} from '../../domain/tickets/ticket-row';
import {columnLetters} from '../../domain/tickets/ticket-layout';
import {toCell, toCells} from '../sheets/cells';
import {changedRuns, ColumnRun} from '../sheets/changed-runs';
import {appendRows, columnsOf} from '../sheets/table';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface LedgerRow {
  readonly rowNumber: number;
  /** Every cell of the row in sheet order, including columns the desk does not know. */
  readonly cells: readonly CellValue[];
  readonly ticket: TicketRow;
}

export interface IntakeBlock {
  readonly lastRow: number;
  readonly entries: readonly LedgerEntry[];
  /** Where each entry was in this read; valid only under the lock that read it. */
  readonly rowNumbers: readonly number[];
}

/** The number of the last row with anything in it (an open-ended read also returns blank rows). */
function lastFilledRow(values: unknown[][]): number {
  for (let r = values.length - 1; r >= 0; r--) {
    if (values[r].some(cell => cell !== '')) return r + 1;
  }
  return 0;
}

/** What intake and the sweep know of a ticket, from its intake cells. */
function entryFrom(cell: (field: TicketField) => CellValue): LedgerEntry {
  return {
    id: cellText(cell('Ticket ID')).trim(),
    status: cellText(cell('Status')).trim(),
    assignee: cellText(cell('Assignee')).trim().toLowerCase(),
    createdMs: cellMs(cell('Created')),
    campus: cellText(cell('Campus')),
    room: cellText(cell('Room')),
    category: cellText(cell('Category')),
    assetTag: cellText(cell('Asset Tag')),
    responseKey: cellText(cell('Response Key')),
    summary: cellText(cell('Summary')),
    resolution: cellText(cell('Resolution')),
  };
}

/** The intake block of rows already read whole (in sheet order): rows with no ID and no key left out. */
export function intakeBlockOf(
  rows: readonly LedgerRow[],
  lastRow: number
): IntakeBlock {
  const kept = rows.filter(
    row =>
      cellText(row.ticket['Ticket ID']).trim() !== '' ||
      cellText(row.ticket['Response Key']) !== ''
  );
  return {
    lastRow,
    entries: kept.map(row => entryFrom(field => row.ticket[field])),
    rowNumbers: kept.map(row => row.rowNumber),
  };
}

/**
 * The Tickets tab addressed by header name. Reads and writes are batched: intake reads its columns
 * in one block and writes a ticket in one call; edits read and write whole rows.
 */
export class TicketLedger {
  private readonly columns: Map<string, number>;

  private readonly deskOwnedColumns: ReadonlySet<number>;

  constructor(
    readonly sheet: Sheet,
    readonly headers: readonly string[]
  ) {
    this.columns = columnsOf(headers);
    this.deskOwnedColumns = new Set(
      SYSTEM_TICKET_FIELDS.map(field => this.columns.get(field) ?? 0)
    );
    const missing = TICKET_HEADERS.filter(field => !this.columns.has(field));
    if (missing.length > 0)
      throw new Error(
        `The Tickets tab has no ${missing.map(m => `"${m}"`).join(', ')} column. Run Peer Desk > Set up or repair to add it.`
      );
  }

  column(field: TicketField): number {
    return this.columns.get(field) as number;
  }

  /**
   * The intake columns of every row in one read, from row 1 so the headers can be checked. Returns
   * undefined when the headers moved since they were cached (the caller re-reads them).
   */
  readIntakeBlock(): IntakeBlock | undefined {
    const values = this.readIntakeColumnsFrom(1);
    const header = values[0] ?? [];
    if (
      INTAKE_COLUMNS.some(
        field => String(this.intakeCell(header, field)).trim() !== field
      )
    )
      return undefined;
    return this.intakeBlockFrom(values.slice(1), 2);
  }

  /**
   * The intake columns from `firstRow` to the last row, in one read, without the header check:
   * the caller checks a row it knows instead.
   */
  readIntakeTail(firstRow: number): IntakeBlock {
    return this.intakeBlockFrom(this.readIntakeColumnsFrom(firstRow), firstRow);
  }

  private readIntakeColumnsFrom(firstRow: number): unknown[][] {
    const [first, last] = this.intakeSpan();
    // An open-ended range (A1:I) reaches the last row without asking for it: one round trip, not two.
    return this.sheet
      .getRange(`${columnLetters(first)}${firstRow}:${columnLetters(last)}`)
      .getValues();
  }

  private intakeSpan(): [number, number] {
    const positions = INTAKE_COLUMNS.map(field => this.column(field));
    return [Math.min(...positions), Math.max(...positions)];
  }

  private intakeCell(row: readonly unknown[], field: TicketField): CellValue {
    return row[this.column(field) - this.intakeSpan()[0]] as CellValue;
  }

  private intakeBlockFrom(
    values: readonly unknown[][],
    firstRow: number
  ): IntakeBlock {
    const entries: LedgerEntry[] = [];
    const rowNumbers: number[] = [];
    values.forEach((row, r) => {
      const id = cellText(this.intakeCell(row, 'Ticket ID')).trim();
      const key = cellText(this.intakeCell(row, 'Response Key'));
      if (id === '' && key === '') return;
      entries.push(entryFrom(field => this.intakeCell(row, field)));
      rowNumbers.push(firstRow + r);
    });
    const filled = lastFilledRow(values as unknown[][]);
    return {
      lastRow: filled === 0 ? firstRow - 1 : firstRow + filled - 1,
      entries,
      rowNumbers,
    };
  }

  /** Whole rows, in one read. */
  readRows(firstRow: number, count: number): LedgerRow[] {
    const values = this.sheet
      .getRange(firstRow, 1, count, this.headers.length)
      .getValues() as CellValue[][];
    return values.map((cells, i) => ({
      rowNumber: firstRow + i,
      cells,
      ticket: this.ticketOf(cells),
    }));
  }

  ticketOf(cells: readonly CellValue[]): TicketRow {
    return Object.fromEntries(
      TICKET_HEADERS.map(field => [field, cells[this.column(field) - 1] ?? ''])
    ) as TicketRow;
  }

  /** A row's cells with the ticket's fields put in place; other columns keep `base`. */
  cellsOf(ticket: TicketRow, base: readonly CellValue[] = []): CellValue[] {
    const cells = this.headers.map((_, i) => base[i] ?? '');
    for (const field of TICKET_HEADERS)
      cells[this.column(field) - 1] = ticket[field];
    return cells;
  }

  /**
   * Writes only the cells of `row` that differ in `cells`, one call per run of changes: the
   * desk's own columns between two changes are rewritten as read, a person's never are.
   */
  writeChanges(
    row: LedgerRow,
    cells: readonly CellValue[],
    tracked: 'first' | 'last' = 'first'
  ): void {
    const column = this.column('Tracked');
    const runs = changedRuns(row.cells, cells, c =>
      this.deskOwnedColumns.has(c)
    );
    const holdsTracked = (r: ColumnRun) =>
      r.first <= column && column <= r.last;
    // The run holding Tracked first: it carries what the change owes, so a stop before the other
    // runs leaves the sweep a row that says what is still to do (platform.md: Stopped executions).
    // Last for a change the sweep takes again from its source (a reply by email) until its
    // Tracked run says it was taken.
    const withTracked = runs.filter(holdsTracked);
    const others = runs.filter(r => !holdsTracked(r));
    const ordered =
      tracked === 'first'
        ? [...withTracked, ...others]
        : [...others, ...withTracked];
    for (const run of ordered)
      this.sheet
        .getRange(row.rowNumber, run.first, 1, run.last - run.first + 1)
        .setValues([toCells(cells.slice(run.first - 1, run.last))]);
  }

  /** One column of consecutive rows, in one write. */
  writeColumn(
    field: TicketField,
    firstRow: number,
    values: readonly CellValue[]
  ): void {
    if (values.length === 0) return;
    this.sheet
      .getRange(firstRow, this.column(field), values.length, 1)
      .setValues(values.map(value => [toCell(value)]));
  }

  /** Tickets after the last row, in one call. */
  appendTickets(tickets: readonly TicketRow[]): void {
    appendRows(
      this.sheet,
      tickets.map(ticket => this.cellsOf(ticket))
    );
  }

  setNote(rowNumber: number, field: TicketField, note: string): void {
    this.sheet.getRange(rowNumber, this.column(field)).setNote(note);
  }
}

// The Outbox tab: stores recorded notifications and their delivery state, row by row.
import {isDate} from '../../domain/tickets/ticket-row';
import {
  Notification,
  recipientOf,
  subjectOf,
} from '../../domain/notifications/notification';
import {TAB} from '../../domain/setup/workbook';
import {CellValue} from '../../domain/tickets/ticket-row';
import {toCells} from '../sheets/cells';
import {appendRows} from '../sheets/table';
import {
  PROPERTY,
  scriptProperty,
  setScriptProperty,
} from '../services/properties';
import {requireSheet} from '../sheets/spreadsheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** One Outbox row: one or more notifications recorded together, delivered item by item. */
export interface OutboxRow {
  readonly rowNumber: number;
  readonly id: string;
  readonly events: readonly string[];
  readonly payload: string;
  readonly status: string;
  readonly attempts: number;
  readonly nextAttemptMs: number;
  /** The delivery columns as read, written back unchanged when nothing happened. */
  readonly state: DeliveryState;
}

/** The delivery columns, side by side: Status, Attempts, Next Attempt, Last Error, Delivered At. */
export type DeliveryState = readonly [string, number, Date, string, Date | ''];

const FIRST_STATE_COLUMN = 9;

const WIDTH = 13;

/** Notifications recorded together under one key: one Outbox row. */
export interface OutboxBatch {
  readonly id: string;
  readonly notifications: readonly Notification[];
}

/** How a batch is recorded: its Status, and when it may first be tried by the sweep. */
export interface Recording {
  readonly status: string;
  readonly now: Date;
  readonly lease: Date;
}

function rowOf(
  {id, notifications}: OutboxBatch,
  {status, now, lease}: Recording
): CellValue[] {
  const subjects = notifications.map(subjectOf);
  return [
    id,
    now,
    notifications.map(n => n.event).join('\n'),
    [...new Set(notifications.map(n => n.ticketId))].join(', '),
    [...new Set(notifications.map(n => n.channel))].join(', '),
    [...new Set(notifications.map(recipientOf))].join(', '),
    subjects.length > 1
      ? `${subjects[0]} (+${subjects.length - 1} more)`
      : (subjects[0] ?? ''),
    JSON.stringify(notifications),
    status,
    0,
    lease,
    '',
    '',
  ];
}

/**
 * The Outbox tab: every notification is a row before it is sent, so nothing is lost, and the
 * coordinator sees what is pending, delivered or dead-lettered. Rows above the first open one
 * (kept in Script Properties) are final and never read again.
 */
export class Outbox {
  readonly sheet: GoogleAppsScript.Spreadsheet.Sheet;

  constructor(ss: Spreadsheet) {
    this.sheet = requireSheet(ss, TAB.outbox);
  }

  /** One row per batch after the last row: one call for one batch. */
  record(batches: readonly OutboxBatch[], recording: Recording): void {
    appendRows(
      this.sheet,
      batches.map(batch => rowOf(batch, recording))
    );
  }

  /** Whether any row's id starts with `prefix`: one search of the id column. */
  holdsKeyStartingWith(prefix: string): boolean {
    const lastRow = this.sheet.getLastRow();
    if (lastRow < 2) return false;
    const hit = this.sheet
      .getRange(2, 1, lastRow - 1, 1)
      .createTextFinder(prefix)
      .findNext();
    return hit !== null && String(hit.getValue()).startsWith(prefix);
  }

  /** One row per batch after `lastRow`, in one write (the caller read lastRow). */
  recordAfter(
    lastRow: number,
    batches: readonly OutboxBatch[],
    recording: Recording
  ): void {
    if (batches.length === 0) return;
    const rows = batches.map(batch => rowOf(batch, recording));
    const maxRows = this.sheet.getMaxRows();
    if (lastRow + rows.length > maxRows)
      this.sheet.insertRowsAfter(maxRows, lastRow + rows.length - maxRows);
    this.sheet
      .getRange(lastRow + 1, 1, rows.length, WIDTH)
      .setValues(rows.map(toCells));
  }

  /** The rows from the first open one to the end, in one read. */
  readOpen(): {firstRow: number; lastRow: number; rows: OutboxRow[]} {
    const lastRow = this.sheet.getLastRow();
    const firstRow = Math.max(
      2,
      Math.min(
        Number(scriptProperty(PROPERTY.outboxFrom) ?? 2) || 2,
        lastRow + 1
      )
    );
    if (lastRow < firstRow) return {firstRow, lastRow, rows: []};
    const values = this.sheet
      .getRange(firstRow, 1, lastRow - firstRow + 1, WIDTH)
      .getValues();
    const rows = values.map((v, i): OutboxRow => {
      const next = isDate(v[10]) ? v[10] : new Date(0);
      const state: DeliveryState = [
        String(v[8]),
        Number(v[9]) || 0,
        next,
        String(v[11]),
        isDate(v[12]) ? v[12] : '',
      ];
      return {
        rowNumber: firstRow + i,
        id: String(v[0]),
        events: String(v[2]).split('\n'),
        payload: String(v[7]),
        status: state[0],
        attempts: state[1],
        nextAttemptMs: next.getTime(),
        state,
      };
    });
    return {firstRow, lastRow, rows};
  }

  /** The delivery columns of consecutive rows, in one write. */
  writeStates(firstRow: number, states: readonly DeliveryState[]): void {
    if (states.length === 0) return;
    this.sheet
      .getRange(firstRow, FIRST_STATE_COLUMN, states.length, states[0].length)
      .setValues(states.map(s => toCells([...s])));
  }

  rememberFirstOpenRow(row: number): void {
    if (scriptProperty(PROPERTY.outboxFrom) !== String(row))
      setScriptProperty(PROPERTY.outboxFrom, String(row));
  }
}

// How the Tickets tab looks to the tech working it: widths, wrapping, date formats, hidden columns, row heights, highlights.
import {DESK_INTERNAL_FIELDS, TicketField} from './tabs';
import {STATUS} from './workflow';

export interface ColumnLook {
  /** Pixels. */
  readonly width: number;
  /** Long text wraps inside the column instead of spilling or being clipped. */
  readonly wrap?: boolean;
  /** A Sheets number format, for date-time columns. */
  readonly numberFormat?: string;
}

/** Date and time as a tech reads it, short enough for a 130-pixel column. */
export const TICKET_DATE_TIME_FORMAT = 'ddd d mmm h:mm am/pm';

const DATE_TIME: ColumnLook = {
  width: 130,
  numberFormat: TICKET_DATE_TIME_FORMAT,
};
const NOTE: ColumnLook = {width: 260, wrap: true};
/** A note column among the daily work: two lines of it show in a row (TICKET_ROW_HEIGHT). */
const DAILY_NOTE: ColumnLook = {width: 150, wrap: true};

/**
 * Widths chosen so a day's work (TICKET_HEADERS' first eleven columns) takes 1,150 px of the
 * 1,300 a 1,366-px laptop leaves for columns (platform.md: Sheets on a laptop screen), keeping
 * 150 for a message to the requester; test/app/setup/tickets-layout.test.ts checks the sum.
 */
export const TICKET_COLUMN_LOOK: Readonly<Record<TicketField, ColumnLook>> = {
  'Ticket ID': {width: 80},
  Status: {width: 130},
  Priority: {width: 55},
  Summary: {width: 170, wrap: true},
  Campus: {width: 70},
  Room: {width: 55},
  Assignee: {width: 100},
  'Requester Reply': DAILY_NOTE,
  Resolution: DAILY_NOTE,
  'Time Spent (min)': {width: 60},
  'Resolve Due': DATE_TIME,
  'Response Due': DATE_TIME,
  'SLA Steps': {width: 100},
  'Escalation Reason': {width: 200, wrap: true},
  Category: {width: 110},
  'Asset Tag': {width: 90},
  Created: DATE_TIME,
  Requester: {width: 190},
  Details: NOTE,
  Screenshots: {width: 200, wrap: true},
  Impact: {width: 160},
  Urgency: {width: 160},
  Language: {width: 80},
  Period: {width: 80},
  'Duplicate Of': {width: 90},
  'Assignment Note': {width: 220, wrap: true},
  'First Response': DATE_TIME,
  Updated: DATE_TIME,
  'Resolved At': DATE_TIME,
  'Resolved By': {width: 190},
  'Resolver Role': {width: 100},
  'Closed At': DATE_TIME,
  Rating: {width: 60},
  'Rating Comment': {width: 220, wrap: true},
  'Mentor Sign-off': {width: 90},
  'Staff Approval': {width: 90},
  Practice: {width: 70},
  'Response Key': {width: 100},
  Tracked: {width: 100},
  'SLA Pauses': {width: 100},
  'Message to Requester': DAILY_NOTE,
  'Email Mark': {width: 100},
  Thread: {width: 100},
  Merged: {width: 100},
  'Merge Into': {width: 90},
};

/**
 * Every data row's height, forced: two lines of a wrapped note, so a 50,000-character Details or
 * reply never makes one row fill the screen (Sheets grows a wrapped row to fit unless its height
 * is forced: platform.md).
 */
export const TICKET_ROW_HEIGHT = 42;

/** Row 1 (headers) and column A (the ticket ID) stay in view while a tech scrolls. */
export const TICKET_FROZEN = {rows: 1, columns: 1} as const;

export const HIDDEN_TICKET_FIELDS: readonly TicketField[] =
  DESK_INTERNAL_FIELDS;

/** A highlight over some columns of every data row, when a formula on that row is true. */
export interface TicketHighlight {
  /** Columns it colours: every column when empty. */
  readonly fields: readonly TicketField[];
  /** A custom formula for row 2, columns anchored with `$`. */
  readonly formula: string;
  readonly background?: string;
  readonly fontColor?: string;
  readonly bold?: boolean;
}

/** A1 letters of a 1-based column: 1 → A, 28 → AB. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/**
 * The Tickets tab's highlights, first match wins (as in Sheets): an open P1 ticket's priority in
 * red; an open ticket past its resolve-by time in light red; a ticket waiting on its requester
 * greyed; a resolved or closed one in grey text, so no colour asks for action on a settled ticket.
 */
export function ticketHighlights(
  columnOf: (field: TicketField) => number
): TicketHighlight[] {
  const cell = (field: TicketField) => `$${columnLetters(columnOf(field))}2`;
  const status = cell('Status');
  const settled = `OR(${status}="${STATUS.resolved}",${status}="${STATUS.closed}",${status}="${STATUS.merged}")`;
  return [
    {
      fields: ['Priority'],
      formula: `=AND(${cell('Priority')}="P1",NOT(${settled}))`,
      background: '#cc0000',
      fontColor: '#ffffff',
      bold: true,
    },
    {
      fields: [],
      formula: `=AND(ISNUMBER(${cell('Resolve Due')}),${cell('Resolve Due')}<NOW(),NOT(${settled}),${status}<>"${STATUS.waiting}")`,
      background: '#f4cccc',
    },
    {
      fields: [],
      formula: `=${status}="${STATUS.waiting}"`,
      background: '#eeeeee',
      fontColor: '#666666',
    },
    {
      fields: [],
      formula: `=${settled}`,
      fontColor: '#666666',
    },
  ];
}

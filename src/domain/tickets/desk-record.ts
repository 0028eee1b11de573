// What the desk owes on a ticket: Activity lines and Outbox rows, kept in its Tracked cell until checked.
import {ActivityEntry} from './activity';
import {shortened} from '../shortening';
import {
  CellValue,
  cellText,
  parseTracked,
  serialiseTracked,
  TicketRow,
  TrackedValues,
  trackedValuesOf,
} from './ticket-row';

/**
 * Work a change still owes, written in the same cell write as the change itself, so no kill between
 * "changed" and "recorded" can lose it: the Outbox rows (by key) it recorded before the change, and
 * the Activity lines it appends after. The sweep checks them and drops what is done.
 */
export interface Owed {
  readonly notices: readonly string[];
  readonly activity: readonly ActivityEntry[];
}

export const NOTHING_OWED: Owed = {notices: [], activity: []};

/** An owed Activity line keeps at most this much of each value: the Tracked cell stays small. */
const MAX_OWED_VALUE = 1000;

/**
 * Whether the Tracked cell keeps every line whole, so the sweep can write them as the trigger
 * would have; a longer value is shortened there, and its line is written by the trigger.
 */
export function owedWhole(entries: readonly ActivityEntry[]): boolean {
  return entries.every(
    entry =>
      entry.oldValue.length <= MAX_OWED_VALUE &&
      entry.newValue.length <= MAX_OWED_VALUE
  );
}

type StoredLine = [number, string, string, string, string, string];

function stored(entry: ActivityEntry): StoredLine {
  return [
    entry.when.getTime(),
    entry.ticketId,
    entry.field,
    shortened(entry.oldValue, MAX_OWED_VALUE),
    shortened(entry.newValue, MAX_OWED_VALUE),
    entry.who,
  ];
}

function isStoredLine(value: unknown): value is StoredLine {
  return (
    Array.isArray(value) &&
    value.length === 6 &&
    typeof value[0] === 'number' &&
    value.slice(1).every(v => typeof v === 'string')
  );
}

/** What a Tracked cell says is still owed; nothing for a cell written before owing existed. */
export function owedOf(tracked: CellValue): Owed {
  try {
    const parsed: unknown = JSON.parse(cellText(tracked));
    const owed = (parsed as {owed?: {notices?: unknown; activity?: unknown}})
      ?.owed;
    if (!owed) return NOTHING_OWED;
    const notices = Array.isArray(owed.notices)
      ? owed.notices.filter((n): n is string => typeof n === 'string')
      : [];
    const activity = Array.isArray(owed.activity)
      ? owed.activity
          .filter(isStoredLine)
          .map(([when, ticketId, field, oldValue, newValue, who]) => ({
            when: new Date(when),
            ticketId,
            field,
            oldValue,
            newValue,
            who,
          }))
      : [];
    return {notices, activity};
  } catch {
    return NOTHING_OWED;
  }
}

export function owesAnything(owed: Owed): boolean {
  return owed.notices.length > 0 || owed.activity.length > 0;
}

/** The Tracked cell for these accepted values and what is still owed. */
export function trackedCell(values: TrackedValues, owed: Owed): string {
  if (!owesAnything(owed)) return serialiseTracked(values);
  return JSON.stringify({
    ...values,
    owed: {notices: owed.notices, activity: owed.activity.map(stored)},
  });
}

/** The row with its Tracked cell saying: these values are processed, and this much is owed. */
export function owing(
  row: TicketRow,
  before: Owed,
  activity: readonly ActivityEntry[],
  notices: readonly string[]
): TicketRow {
  return {
    ...row,
    Tracked: trackedCell(trackedValuesOf(row), {
      notices: [...before.notices, ...notices],
      activity: [...before.activity, ...activity],
    }),
  };
}

/** A Tracked cell with `owed` instead of what it owed; its accepted values unchanged. */
export function withOwed(tracked: CellValue, owed: Owed): string {
  const values = parseTracked(cellText(tracked));
  if (!values) return cellText(tracked);
  return trackedCell(values, owed);
}

/**
 * Identifies an Activity line among the lines of a few minutes: ticket, second and field (to the
 * second, whatever precision a date cell keeps).
 */
export function activityKey(
  entry: Pick<ActivityEntry, 'ticketId' | 'when' | 'field'>
): string {
  return `${entry.ticketId} ${Math.floor(entry.when.getTime() / 1000)} ${entry.field}`;
}

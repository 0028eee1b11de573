// Retention: which personal details of a ticket resolved long ago the desk removes, and what it leaves.
import {ActivityEntry} from '../tickets/activity';
import {cellText, CellValue, TicketRow} from '../tickets/ticket-row';
import {TicketField} from '../tickets/tabs';
import {STATUS} from '../tickets/workflow';

/** What a removed requester address and a removed text read afterwards. */
export const REMOVED = 'removed (retention)';

/**
 * The ticket's personal details: who asked (and who else asked, on a ticket others were merged
 * into), what they wrote, their screenshots and the conversation. Summary, category, place, times and the tech's resolution stay: the figures and
 * the Knowledge Base are made of them.
 */
export const PERSONAL_TICKET_FIELDS = [
  'Requester',
  'Details',
  'Screenshots',
  'Requester Reply',
  'Rating Comment',
  'Thread',
  'Merged',
] as const satisfies readonly TicketField[];

/** Activity lines whose values are words people wrote to each other. */
const PERSONAL_ACTIVITY_FIELDS = new Set<string>([
  'Requester Reply',
  'Message to Requester',
  'Rating Comment',
  'Details',
]);

const DAY_MS = 24 * 60 * 60_000;

export function retentionCutoff(nowMs: number, days: number): number {
  return nowMs - days * DAY_MS;
}

function msOf(value: CellValue | undefined): number | undefined {
  if (value instanceof Date) return value.getTime();
  return undefined;
}

const SETTLED = new Set<string>([
  STATUS.resolved,
  STATUS.closed,
  STATUS.merged,
]);

/**
 * A settled ticket resolved before the cutoff whose details are still there (a duplicate merged
 * into another has no resolution: the desk's last stamp on it, Updated, is when it was merged).
 */
export function dueForRemoval(ticket: TicketRow, cutoffMs: number): boolean {
  const status = cellText(ticket.Status);
  if (!SETTLED.has(status)) return false;
  const settled =
    msOf(ticket['Resolved At']) ??
    msOf(ticket['Closed At']) ??
    (status === STATUS.merged ? msOf(ticket.Updated) : undefined);
  if (settled === undefined || settled >= cutoffMs) return false;
  return PERSONAL_TICKET_FIELDS.some(field => {
    const text = cellText(ticket[field]);
    return text !== '' && text !== REMOVED;
  });
}

/** The values a due ticket's personal columns get: its requester and its texts marked removed. */
export function removedValue(field: (typeof PERSONAL_TICKET_FIELDS)[number]) {
  return field === 'Requester' || field === 'Details' ? REMOVED : '';
}

/**
 * An Activity line written before the cutoff, with people's words and a requester's address taken
 * out (a tech's address stays: it is the programme's own record of who did the work); undefined
 * when it holds nothing personal.
 */
export function withoutPersonalDetails(
  line: ActivityEntry,
  techEmails: ReadonlySet<string>
): ActivityEntry | undefined {
  const words = PERSONAL_ACTIVITY_FIELDS.has(line.field);
  const who = line.who.trim().toLowerCase();
  const requester = who.includes('@') && !techEmails.has(who.split(' ')[0]);
  const cleared = {
    ...line,
    oldValue: words && line.oldValue !== '' ? REMOVED : line.oldValue,
    newValue: words && line.newValue !== '' ? REMOVED : line.newValue,
    who: requester ? REMOVED : line.who,
  };
  return cleared.oldValue === line.oldValue &&
    cleared.newValue === line.newValue &&
    cleared.who === line.who
    ? undefined
    : cleared;
}

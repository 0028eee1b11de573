// What a tech's or mentor's daily email lists: the tickets that are theirs, picked from the ledger.
import {levelIn, needsSignOff} from '../people/skill-levels';
import {findTechByEmailOrName, Tech} from '../people/techs';
import {STATUS} from '../tickets/workflow';

/** The Tickets columns the daily email reads, by header. */
export const DAILY_FIELDS = [
  'Ticket ID',
  'Status',
  'Priority',
  'Summary',
  'Category',
  'Assignee',
  'Created',
  'Resolve Due',
  'Resolved At',
  'Mentor Sign-off',
] as const;

/** One ticket as the daily email sees it. */
export interface DailyTicket {
  readonly id: string;
  readonly status: string;
  readonly priority: string;
  readonly summary: string;
  readonly category: string;
  /** The Assignee cell: a display name, or an address on older rows. */
  readonly assignee: string;
  readonly createdMs: number | undefined;
  readonly resolveDueMs: number | undefined;
  readonly resolvedMs: number | undefined;
  readonly signedOff: boolean;
}

/** A ticket in a daily email, with the tech it is for when that is not the reader. */
export interface DailyItem {
  readonly ticket: DailyTicket;
  readonly techName?: string;
}

/** The daily email's sections, each ticket in at most one of the first four. */
export interface DailyList {
  /** Theirs, due to be resolved by the end of today's school day or already late. */
  readonly dueSoon: readonly DailyItem[];
  /** Theirs, given to them since the last daily email. */
  readonly fresh: readonly DailyItem[];
  /** Theirs, still being worked. */
  readonly open: readonly DailyItem[];
  /** Theirs, waiting on the requester's answer. */
  readonly waiting: readonly DailyItem[];
  /** Their juniors' tickets made since the last daily email. */
  readonly juniors: readonly DailyItem[];
  /** Tickets their juniors resolved that need their sign-off (Mentor Sign-off still blank). */
  readonly signOffs: readonly DailyItem[];
}

export interface DailyMoments {
  /** The last daily email's moment: what came after is new. */
  readonly sinceMs: number;
  /** The end of today's school day: a ticket due before it is due soon. */
  readonly dayEndMs: number;
  /** Sign-offs owed for tickets resolved after this moment are listed. */
  readonly signOffsSinceMs: number;
}

const WORKED: readonly string[] = [
  STATUS.assigned,
  STATUS.inProgress,
  STATUS.reopened,
  STATUS.escalated,
];
const DONE: readonly string[] = [STATUS.resolved, STATUS.closed];

/** Everything a daily email holds for `reader`; empty sections when nothing is theirs. */
export function dailyListOf(
  reader: Tech,
  tickets: readonly DailyTicket[],
  techs: readonly Tech[],
  moments: DailyMoments
): DailyList {
  const assigneeOf = (t: DailyTicket) =>
    findTechByEmailOrName(techs, t.assignee);
  const isNew = (t: DailyTicket) => (t.createdMs ?? 0) >= moments.sinceMs;
  const theirs = tickets.filter(t => assigneeOf(t)?.email === reader.email);
  const worked = theirs.filter(t => WORKED.includes(t.status));
  const dueSoon = worked.filter(
    t => t.resolveDueMs !== undefined && t.resolveDueMs <= moments.dayEndMs
  );
  const fresh = worked.filter(t => !dueSoon.includes(t) && isNew(t));
  const open = worked.filter(t => !dueSoon.includes(t) && !fresh.includes(t));
  const mentored = tickets.flatMap(ticket => {
    const tech = assigneeOf(ticket);
    return tech && tech.mentor === reader.email && tech.email !== reader.email
      ? [{ticket, techName: tech.name, tech}]
      : [];
  });
  const juniors = mentored.filter(
    m => isNew(m.ticket) && !DONE.includes(m.ticket.status)
  );
  const signOffs = mentored.filter(
    m =>
      DONE.includes(m.ticket.status) &&
      !m.ticket.signedOff &&
      (m.ticket.resolvedMs ?? 0) >= moments.signOffsSinceMs &&
      needsSignOff(levelIn(m.tech.levels, m.ticket.category))
  );
  const item = (ticket: DailyTicket): DailyItem => ({ticket});
  const named = (m: {ticket: DailyTicket; techName: string}): DailyItem => ({
    ticket: m.ticket,
    techName: m.techName,
  });
  return {
    dueSoon: dueSoon.map(item),
    fresh: fresh.map(item),
    open: open.map(item),
    waiting: theirs.filter(t => t.status === STATUS.waiting).map(item),
    juniors: juniors.map(named),
    signOffs: signOffs.map(named),
  };
}

export function isEmptyList(list: DailyList): boolean {
  return Object.values(list).every(
    (items: readonly DailyItem[]) => items.length === 0
  );
}

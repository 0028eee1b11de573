// A requester's tickets as their own page shows them: status in words, who is on it, what comes next.
import {parseThread, ThreadEntry} from '../conversation/thread';
import {KnowledgeArticle} from '../knowledge/knowledge';
import {Language} from '../languages/language';
import {MessageKey} from '../languages/shipped-texts';
import {firstName, TicketStanding} from '../notifications/status-line';
import {findTechByEmailOrName} from '../people/techs';
import {Reference} from '../settings/reference';
import {rowLanguage, selfHelpFor} from '../ticket-flow/ticket-facts';
import {cellMs, cellText, TicketRow} from '../tickets/ticket-row';
import {OPEN_STATUSES, STATUS, Status} from '../tickets/workflow';

export interface RequesterTicket {
  readonly id: string;
  readonly summary: string;
  readonly open: boolean;
  readonly standing: TicketStanding;
  /** First name of the tech on it; empty when nobody is yet. */
  readonly onIt: string;
  readonly next: MessageKey;
  readonly waiting: boolean;
  /** When the ticket last changed: an answer is taken only while it has not changed since. */
  readonly updatedMs: number;
  readonly articles: readonly KnowledgeArticle[];
  readonly language: Language;
  /** The conversation, oldest first, and how many older steps the ticket no longer keeps. */
  readonly thread: readonly ThreadEntry[];
  readonly earlier: number;
}

/** Resolved tickets stay on the page this long. */
export const RECENT_DAYS = 30;
/** At most this many tickets of each kind, newest first: a page, not an archive. */
export const PAGE_TICKETS = 20;

/** Where a ticket in `status` stands for its requester, `onIt` the first name of its tech. */
export function standingOf(
  status: string,
  onIt: string,
  deskName: string,
  mergedInto = ''
): TicketStanding {
  if (status === STATUS.merged) return {kind: 'merged', into: mergedInto};
  if (status === STATUS.waiting)
    return {kind: 'waiting', assignee: onIt || deskName};
  if (status === STATUS.escalated) return {kind: 'escalated'};
  if (status === STATUS.resolved || status === STATUS.closed)
    return {kind: 'resolved', assignee: onIt || deskName};
  return onIt ? {kind: 'assigned', assignee: onIt} : {kind: 'queued'};
}

const NEXT: Readonly<Record<TicketStanding['kind'], MessageKey>> = {
  queued: 'teacher.next.queued',
  nextDuty: 'teacher.next.queued',
  assigned: 'teacher.next.working',
  waiting: 'teacher.next.waiting',
  escalated: 'teacher.next.escalated',
  resolved: 'teacher.next.resolved',
  merged: 'teacher.next.merged',
};

export function requesterTicket(
  row: TicketRow,
  reference: Reference
): RequesterTicket {
  const status = cellText(row.Status);
  const resolved = status === STATUS.resolved || status === STATUS.closed;
  const who = resolved
    ? cellText(row['Resolved By']) || cellText(row.Assignee)
    : cellText(row.Assignee);
  const tech =
    who === '' ? undefined : findTechByEmailOrName(reference.techs, who);
  const onIt = tech ? firstName(tech.name) : '';
  const standing = standingOf(
    status,
    onIt,
    reference.config.deskName,
    cellText(row['Duplicate Of'])
  );
  const language = rowLanguage(row, reference);
  const thread = parseThread(cellText(row.Thread));
  return {
    id: cellText(row['Ticket ID']),
    summary: cellText(row.Summary),
    open: (OPEN_STATUSES as readonly string[]).includes(status as Status),
    standing,
    onIt,
    next: NEXT[standing.kind],
    waiting: status === STATUS.waiting,
    updatedMs: cellMs(row.Updated) ?? cellMs(row.Created) ?? 0,
    articles: selfHelpFor(
      reference.articles,
      {
        category: cellText(row.Category),
        summary: cellText(row.Summary),
        details: cellText(row.Details),
      },
      language
    ),
    language,
    // A merged ticket's words are its own requester's: they stay on that ticket's page.
    thread: thread.entries.filter(entry => entry.from === undefined),
    earlier: thread.earlier,
  };
}

/** Open tickets and those resolved in the last RECENT_DAYS, each newest first. */
export function pageTickets(
  rows: readonly TicketRow[],
  reference: Reference,
  nowMs: number
): {open: RequesterTicket[]; recent: RequesterTicket[]} {
  const all = rows
    .map(row => ({row, ticket: requesterTicket(row, reference)}))
    .sort((a, b) => b.ticket.updatedMs - a.ticket.updatedMs);
  const since = nowMs - RECENT_DAYS * 86_400_000;
  return {
    open: all
      .filter(t => t.ticket.open)
      .slice(0, PAGE_TICKETS)
      .map(t => t.ticket),
    recent: all
      .filter(
        t =>
          !t.ticket.open &&
          (cellMs(t.row['Resolved At']) ?? t.ticket.updatedMs) >= since
      )
      .slice(0, PAGE_TICKETS)
      .map(t => t.ticket),
  };
}

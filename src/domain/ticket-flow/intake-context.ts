// What building a new ticket needs and gives: the context, the result, its ID and routing line.
import {ActivityEntry} from '../tickets/activity';
import {LedgerEntry} from '../tickets/ledger';
import {LocalDateTime} from '../school-time/local-time';
import {OutgoingMessage} from '../notifications/messages';
import {Reference} from '../settings/reference';
import {Routing} from '../people/routing';
import {nextTicketId} from '../tickets/ticket-id';
import {ChatPost} from '../notifications/chat-card';
import {TicketRow} from '../tickets/ticket-row';

export interface IntakeContext {
  readonly reference: Reference;
  readonly ledger: readonly LedgerEntry[];
  /** The highest ticket number ever issued (0 when unknown): IDs are never reused. */
  readonly highestIssued?: number;
  readonly now: Date;
  readonly local: LocalDateTime;
  readonly sheetUrl: string;
  /** The web app's self-help links, once it is deployed. */
  readonly selfHelpLinks?: {
    readonly fixed: (ticketId: string, article: string) => string;
    readonly knowledgeBase: (languageCode: string) => string;
  };
}

export interface NewTicket {
  readonly row: TicketRow;
  readonly activity: ActivityEntry;
  /** Which articles the confirmation suggested (the record a teacher's "already tried" reads). */
  readonly selfHelp?: ActivityEntry;
  readonly messages: readonly OutgoingMessage[];
  /** The Chat space's card for the assignment (the assignee's and mentor's at-once notice). */
  readonly chat?: ChatPost;
}

/** The next ID: past every ID on the ledger, ever issued, or moved to an archive. */
export function issuedId(context: IntakeContext): string {
  return nextTicketId(
    context.ledger.map(entry => entry.id),
    Math.max(
      context.highestIssued ?? 0,
      context.reference.retention.archivedThrough
    )
  );
}

/** What the new ticket's Activity line says of its routing. */
export function routingActivity(routing: Routing): string {
  const who = routing.assignee
    ? `assigned to ${routing.assignee.email}`
    : 'waiting unassigned';
  return routing.duplicateOf
    ? `${who}, possible duplicate of ${routing.duplicateOf}`
    : who;
}

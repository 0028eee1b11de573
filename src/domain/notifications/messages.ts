// An email the desk sends, as the mail adapter takes it, and what every email shares: who it comes
// from, a ticket's facts, its placeholders filled and its subject kept to one short line.
import {Catalogue} from '../languages/catalogue';
import {EmailContent, emailHtml, emailText} from './email-layout';
import {shortened} from '../shortening';

/** An email ready to send: built here, sent by the mail adapter (an outbox can sit between). */
export interface OutgoingMessage {
  readonly to: string;
  readonly subject: string;
  readonly body: string;
  readonly htmlBody: string;
  readonly name: string;
  /** Which step a requester email tells of: the requester's notification preference decides on it. */
  readonly step?: RequesterStep;
  /**
   * A tech's notice of a routine event (not P1, not an escalation to Level 2 staff): it goes at
   * once only to whoever chose every event; the daily email lists the ticket for the rest.
   */
  readonly routine?: boolean;
}

/** The requester emails, one per step of a ticket. */
export type RequesterStep =
  | 'confirmation'
  | 'assigned'
  | 'waiting'
  | 'message'
  | 'escalated'
  | 'resolved';

/** Who an email comes from and how it looks: the desk's name, colour and translations. */
export interface Sender {
  readonly deskName: string;
  readonly colour: string;
  readonly catalogue: Catalogue;
  /** Replies by email come back to the ticket (the desk reads its mailbox); else the page answers. */
  readonly repliesByEmail?: boolean;
  /** The requester's own page (signed link), when the web app is deployed. */
  readonly requesterPage?: (requester: string) => string | undefined;
}

export type Values = Readonly<Record<string, string>>;

const PLACEHOLDER = /\{(\w+)\}/g;
const SUBJECT_SUMMARY_LIMIT = 80;
/**
 * An email carries at most this much of one text (details, resolution, activity), with a marker
 * pointing to the ticket: the Outbox keeps every email in one cell (platform.md: Spreadsheets).
 */
export const EMAIL_TEXT_MAX = 4_000;

export function fill(text: string, values: Values, isolate = false): string {
  return text.replace(PLACEHOLDER, (_, name: string) => {
    const value = shortened(values[name] ?? '', EMAIL_TEXT_MAX);
    // In right-to-left text an ID or an English summary keeps its own direction (FSI…PDI).
    return isolate && value !== '' ? `\u2068${value}\u2069` : value;
  });
}

/** One line, bounded: subjects are headers, so user text must not break them. */
export function subjectText(text: string): string {
  const line = text.replace(/[\r\n\t]+/g, ' ').trim();
  return line.length > SUBJECT_SUMMARY_LIMIT
    ? `${line.slice(0, SUBJECT_SUMMARY_LIMIT - 1)}…`
    : line;
}

export interface TicketFacts {
  readonly id: string;
  readonly summary: string;
  readonly details: string;
  readonly priority: string;
  readonly campus: string;
  readonly room: string;
  readonly category: string;
  readonly assetTag: string;
  readonly requester: string;
  /** Drive links to the requester's screenshots, one a line; empty without. */
  readonly screenshots?: string;
}

export function ticketValues(ticket: TicketFacts): Record<string, string> {
  return {
    ticketId: ticket.id,
    summary: ticket.summary,
    details: ticket.details,
    priority: ticket.priority,
    campus: ticket.campus,
    room: ticket.room,
    category: ticket.category,
    assetTag: ticket.assetTag,
    requester: ticket.requester,
    screenshots: ticket.screenshots ?? '',
  };
}

export function outgoing(
  to: string,
  subject: string,
  content: EmailContent,
  name: string
): OutgoingMessage {
  // No Reply-To: an answer comes back to the desk's mailbox and onto the ticket, never to a
  // student's or a teacher's own inbox (issue 21: no private mail between a student and an adult).
  return {
    to,
    subject,
    body: emailText(content),
    htmlBody: emailHtml(content),
    name,
  };
}

// A message in the desk's mailbox as the conversation reads it, and what it is to the desk.
import {formatTicketId, ticketNumber} from '../tickets/ticket-id';

/** One message the desk's mailbox search found, read once through GmailApp. */
export interface InboundMail {
  readonly id: string;
  readonly threadId: string;
  /** The From header as Gmail gives it: `Ms Rivera <rivera@school.example>` or a bare address. */
  readonly from: string;
  readonly subject: string;
  /** When Gmail received it (ms). */
  readonly dateMs: number;
  readonly plainBody: string;
  /** The headers that mark automatic mail, by lower-case name ('' when absent). */
  readonly headers: Readonly<Record<AutomaticHeader, string>>;
  readonly attachments: number;
}

/** Headers that mark mail no person wrote (RFC 3834 and the conventions it records). */
export const AUTOMATIC_HEADERS = [
  'auto-submitted',
  'precedence',
  'x-autoreply',
  'x-autorespond',
  'x-auto-response-suppress',
] as const;

export type AutomaticHeader = (typeof AUTOMATIC_HEADERS)[number];

/** What the desk does with a message. */
export type MailKind =
  | {readonly kind: 'own'}
  | {readonly kind: 'automatic'}
  | {readonly kind: 'reply'; readonly ticketId: string; readonly sender: string}
  | {readonly kind: 'request'; readonly sender: string};

const BOUNCE_SENDER = /^(mailer-daemon|postmaster)@/;
const AUTOMATIC_PRECEDENCE = new Set(['bulk', 'junk', 'list', 'auto_reply']);
const TAG = /\[(T-\d+)\]/;

/** The bare address of a From header, lower-case ('' when there is none). */
export function senderAddress(from: string): string {
  const angled = /<([^<>\s]+@[^<>\s]+)>/.exec(from);
  const bare = angled?.[1] ?? /[^\s<>"]+@[^\s<>"]+/.exec(from)?.[0] ?? '';
  return bare.toLowerCase();
}

/** The ticket a subject names by its tag (`[T-000042]`, wherever `Re:` or `Fwd:` put it). */
export function taggedTicket(subject: string): string | undefined {
  const tag = TAG.exec(subject)?.[1];
  const n = tag === undefined ? undefined : ticketNumber(tag);
  return n === undefined ? undefined : formatTicketId(n);
}

/**
 * Mail no person wrote: an out-of-office or other auto-reply, a bounce, a list or bulk message.
 * Answering or recording it could start a loop of two robots writing to each other (RFC 3834).
 */
export function isAutomatic(mail: InboundMail): boolean {
  const {headers} = mail;
  const submitted = headers['auto-submitted'].trim().toLowerCase();
  if (submitted !== '' && submitted !== 'no') return true;
  if (AUTOMATIC_PRECEDENCE.has(headers.precedence.trim().toLowerCase()))
    return true;
  if (headers['x-autoreply'] !== '' || headers['x-autorespond'] !== '')
    return true;
  if (headers['x-auto-response-suppress'] !== '') return true;
  return BOUNCE_SENDER.test(senderAddress(mail.from));
}

/** Sorts a message: the desk's own, automatic, a reply on a ticket, or a new request. */
export function kindOfMail(mail: InboundMail, deskAddress: string): MailKind {
  const sender = senderAddress(mail.from);
  if (sender === '' || sender === deskAddress.trim().toLowerCase())
    return {kind: 'own'};
  if (isAutomatic(mail)) return {kind: 'automatic'};
  const ticketId = taggedTicket(mail.subject);
  return ticketId
    ? {kind: 'reply', ticketId, sender}
    : {kind: 'request', sender};
}

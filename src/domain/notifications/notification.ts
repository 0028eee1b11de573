// Notification records (email or Chat) and the delivery retry schedule with backoff.
import {ChatPost} from './chat-card';
import {OutgoingMessage} from './messages';

/**
 * Something the desk tells someone, by email or in the desk's Chat space. `event` names it
 * uniquely (ticket, what happened, channel, recipient): the outbox never records one event twice.
 */
export type Notification =
  | {
      readonly channel: 'email';
      readonly event: string;
      readonly ticketId: string;
      readonly email: OutgoingMessage;
    }
  | {
      readonly channel: 'chat';
      readonly event: string;
      readonly ticketId: string;
      readonly chat: ChatPost;
    };

export function emailNotification(
  ticketId: string,
  what: string,
  email: OutgoingMessage
): Notification {
  return {
    channel: 'email',
    event: `${ticketId} ${what} email ${email.to}`,
    ticketId,
    email,
  };
}

export function chatNotification(
  ticketId: string,
  what: string,
  chat: ChatPost
): Notification {
  return {channel: 'chat', event: `${ticketId} ${what} chat`, ticketId, chat};
}

/**
 * An Outbox row's Status. Held: recorded before the change that owes it was written, waiting for
 * the sweep to see that change (then it is delivered) or not (then it is Cancelled). Pending: to
 * deliver. Sent; Sent, possibly twice (an email whose execution died between sending it and
 * noting so was sent again); Dead (gave up after the last attempt).
 */
export const DELIVERY = {
  held: 'Held',
  pending: 'Pending',
  sent: 'Sent',
  sentTwice: 'Sent, possibly twice',
  dead: 'Dead',
  cancelled: 'Cancelled',
} as const;

/**
 * The key a change owes its notifications under, and its Outbox row's id: the ticket, what
 * happened and a version (the change's moment, or the SLA rung, which fires once). Recording a key
 * twice is refused, so no retry queues a notification twice.
 */
export function oweKey(
  ticketId: string,
  kind: string,
  version: string
): string {
  return `${ticketId} ${kind} ${version}`;
}

export function keyParts(key: string): {
  ticketId: string;
  kind: string;
  version: string;
} {
  const [ticketId = '', kind = '', ...version] = key.split(' ');
  return {ticketId, kind, version: version.join(' ')};
}

/** The kind of key whose change is the SLA rung written into SLA Steps. */
export const SLA_KIND = 'sla';

/** After a failure the next try waits 5, 10, 20, 40… minutes: one sweep, then doubling. */
const FIRST_RETRY_MS = 5 * 60_000;

export function nextAttemptMs(nowMs: number, attempts: number): number {
  return nowMs + FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1);
}

/**
 * How long a just-recorded notification belongs to the execution that recorded it: longer than
 * an execution may run (6 minutes, platform.md: Runtime), so the sweep only retries what that
 * execution could not deliver.
 */
export const DELIVERY_LEASE_MS = 7 * 60_000;

export function recipientOf(notification: Notification): string {
  return notification.channel === 'email'
    ? notification.email.to
    : "desk's Chat space";
}

export function subjectOf(notification: Notification): string {
  if (notification.channel === 'email') return notification.email.subject;
  const card = notification.chat.message.cardsV2?.[0]?.card?.header;
  return card
    ? `${card.title ?? ''} ${card.subtitle ?? ''}`.trim()
    : (notification.chat.message.text ?? '').slice(0, 80);
}

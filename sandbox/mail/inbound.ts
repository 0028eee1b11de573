/**
 * Mail people and mail systems send back to the desk, for tests and the simulated week: a reply
 * quoting the message it answers, an out-of-office auto-reply, a bounce, a screenshot attached.
 * Each answers a message in the outbox (`ws.outbox`): its Message-ID goes into In-Reply-To and
 * References, and its subject gets `Re:`, so Gmail threads it with the desk's copy.
 */
import {StoredAttachment} from './mailbox';
import {SentMessage} from './outbox';
import {Inbound, PostOffice} from './post-office';

type Answered = Pick<
  SentMessage,
  'from' | 'subject' | 'body' | 'messageId' | 'sentAt'
>;

/** The quoted history Gmail puts under a reply ("On …, … wrote:" and `> ` lines). */
function quoted(message: Answered): string {
  const lines = message.body.split('\n').map(line => `> ${line}`);
  return `On ${new Date(message.sentAt).toUTCString()}, ${message.from} wrote:\n${lines.join('\n')}`;
}

/** A person's reply by email: their words, a signature, and the quoted message. */
export function replyTo(
  message: Answered,
  reply: {
    from: string;
    body: string;
    signature?: string;
    attachments?: readonly StoredAttachment[];
  }
): Inbound {
  const signature = reply.signature ? `\n\n--\n${reply.signature}` : '';
  return {
    from: reply.from,
    to: message.from,
    subject: PostOffice.replySubject(message.subject),
    body: `${reply.body}${signature}\n\n${quoted(message)}`,
    attachments: reply.attachments,
    inReplyTo: message,
  };
}

/**
 * An out-of-office answer. RFC 3834 asks automatic responders to mark themselves
 * `Auto-Submitted: auto-replied`; Exchange and others add `X-Autoreply` or `Precedence`. Pass
 * `headers` to send only the ones a test is about.
 */
export function outOfOffice(
  message: Answered,
  from: string,
  headers: Record<string, string> = {'Auto-Submitted': 'auto-replied'}
): Inbound {
  return {
    from,
    to: message.from,
    subject: `Automatic reply: ${message.subject}`,
    body: 'I am out of the office until Monday and will reply when I am back.',
    headers,
    inReplyTo: message,
  };
}

/**
 * Gmail's bounce for an address that does not exist: from the Mail Delivery Subsystem at
 * mailer-daemon@googlemail.com, subject "Delivery Status Notification (Failure)", marked
 * `Auto-Submitted: auto-replied` (as Gmail's delivery notifications are).
 */
export function bounce(message: Answered, unknownAddress: string): Inbound {
  return {
    from: 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
    to: message.from,
    subject: 'Delivery Status Notification (Failure)',
    body:
      `Address not found\n\nYour message wasn't delivered to ${unknownAddress} because the ` +
      "address couldn't be found, or is unable to receive mail.",
    headers: {'Auto-Submitted': 'auto-replied'},
    inReplyTo: message,
  };
}

/** A small PNG, as a teacher attaches a screenshot. */
export function screenshot(name = 'screenshot.png'): StoredAttachment {
  return {
    name,
    contentType: 'image/png',
    bytes: Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64'
    ),
  };
}

import {Environment} from '../core/environment';
import {ScriptException} from '../core/service';
import {
  baseSubject,
  Mailbox,
  MessageContent,
  StoredAttachment,
  StoredMessage,
} from './mailbox';
import {DAILY_RECIPIENTS, RecipientQuota, SentMessage} from './outbox';

/** https://developers.google.com/apps-script/guides/services/quotas: recipients per message. */
export const RECIPIENTS_PER_MESSAGE = 50;
// PLATFORM.md: Quotas.
const QUOTA_EXHAUSTED = 'Service invoked too many times for one day: email.';
// Unverified wordings, as Apps Script logs commonly show them.
const TOO_MANY_RECIPIENTS = 'Limit Exceeded: Email Recipients Per Message.';
const NO_RECIPIENT = 'Failed to send email: no recipient';
const invalidEmail = (address: string) => `Invalid email: ${address}`;

const ADDRESS = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;

/** The bare address of `Name <a@b>` or `a@b`, lower-cased. */
export function bareAddress(entry: string): string {
  return (/<([^>]*)>\s*$/.exec(entry)?.[1] ?? entry).trim().toLowerCase();
}

/** Splits a comma-separated recipient list, accepting `Name <address>` entries. */
export function addresses(list: string | undefined): string[] {
  if (!list) return [];
  return String(list)
    .split(',')
    .map(item => item.trim())
    .filter(item => item !== '')
    .map(item => {
      const address = /<([^>]*)>\s*$/.exec(item)?.[1] ?? item;
      if (!ADDRESS.test(address)) throw new ScriptException(invalidEmail(item));
      return address;
    });
}

/** A message a script sends, by MailApp or GmailApp. */
export interface Outgoing {
  readonly service: 'MailApp' | 'GmailApp';
  readonly to?: string;
  readonly cc?: string;
  readonly bcc?: string;
  readonly subject?: string;
  readonly body: string;
  readonly htmlBody?: string;
  readonly name?: string;
  readonly replyTo?: string;
  readonly noReply?: boolean;
  readonly attachments?: readonly StoredAttachment[];
  /** Headers a reply carries (In-Reply-To, References). */
  readonly headers?: Readonly<Record<string, string>>;
  /** The sender's thread a reply belongs to. */
  readonly thread?: string;
}

/** Mail as a test delivers it to an account: a teacher's reply, an auto-reply, a bounce. */
export interface Inbound {
  /** `Name <address>` or an address. */
  readonly from: string;
  /** Default: the receiving account. */
  readonly to?: string;
  readonly cc?: string;
  readonly replyTo?: string;
  readonly subject: string;
  readonly body: string;
  readonly htmlBody?: string;
  /** Header name → value, as the sender's mail program wrote them. */
  readonly headers?: Readonly<Record<string, string>>;
  readonly attachments?: readonly StoredAttachment[];
  /** The message it answers: its Message-ID goes into In-Reply-To and References. */
  readonly inReplyTo?: {readonly messageId?: string};
  /** Default: now on the virtual clock. */
  readonly date?: Date;
}

/**
 * Mail across the workspace: every account's Gmail mailbox, the daily recipient quota of each
 * sending account (MailApp and GmailApp draw on the same one: Google's quota table counts "email
 * recipients per day"), and the outbox of everything sent, whichever service sent it.
 */
export class PostOffice {
  readonly outbox: SentMessage[] = [];
  private readonly quotas = new Map<string, RecipientQuota>();
  private readonly mailboxes = new Map<string, Mailbox>();
  private nextId = 0x18c2a0b4d0000000n;

  constructor(private readonly env: Environment) {}

  mailboxOf(address: string): Mailbox {
    const key = bareAddress(address);
    let mailbox = this.mailboxes.get(key);
    if (!mailbox) {
      mailbox = new Mailbox(key, () => (this.nextId++).toString(16));
      this.mailboxes.set(key, mailbox);
    }
    return mailbox;
  }

  quotaOf(user: string): RecipientQuota {
    let quota = this.quotas.get(user);
    if (!quota) {
      quota = new RecipientQuota(DAILY_RECIPIENTS[this.env.account], () =>
        this.env.clock.now()
      );
      this.quotas.set(user, quota);
    }
    return quota;
  }

  /**
   * Sends as `sender`: checks the recipients and the quota, records it in the outbox, files it
   * in the sender's Sent mail and in each recipient's inbox. Returns the sender's copy.
   */
  send(sender: string, mail: Outgoing): StoredMessage {
    const to = addresses(mail.to);
    const cc = addresses(mail.cc);
    const bcc = addresses(mail.bcc);
    const count = to.length + cc.length + bcc.length;
    if (count === 0) throw new ScriptException(NO_RECIPIENT);
    if (count > RECIPIENTS_PER_MESSAGE)
      throw new ScriptException(TOO_MANY_RECIPIENTS);
    const quota = this.quotaOf(sender);
    if (count > quota.remaining()) throw new ScriptException(QUOTA_EXHAUSTED);
    // PLATFORM.md: Mail and fetch: noReply works only on Workspace and makes replyTo ignored.
    const noReply = mail.noReply === true && this.env.account === 'workspace';
    const replyTo = noReply ? undefined : mail.replyTo;
    if (replyTo) addresses(replyTo);
    quota.consume(count);
    const from = noReply ? `noreply@${sender.split('@')[1]}` : sender;
    const messageId = this.newRfcId(sender);
    const date = this.env.clock.now();
    this.outbox.push({
      from,
      to,
      cc,
      bcc,
      subject: String(mail.subject ?? ''),
      body: String(mail.body ?? ''),
      htmlBody: mail.htmlBody,
      name: mail.name,
      replyTo,
      sentAt: date,
      service: mail.service,
      messageId,
      attachments: mail.attachments?.map(a => a.name) ?? [],
    });
    const content: MessageContent = {
      from: mail.name ? `${mail.name} <${from}>` : from,
      to: to.join(', '),
      cc: cc.join(', '),
      bcc: bcc.join(', '),
      replyTo: replyTo ?? '',
      subject: String(mail.subject ?? ''),
      plainBody: String(mail.body ?? ''),
      htmlBody: mail.htmlBody ?? String(mail.body ?? ''),
      headers: {...mail.headers, 'message-id': messageId},
      attachments: mail.attachments ?? [],
      date,
    };
    const recipients = new Set([...to, ...cc, ...bcc].map(bareAddress));
    const own = this.mailboxOf(sender).file(content, {
      inbox: recipients.has(bareAddress(sender)),
      sent: true,
      thread: mail.thread,
    });
    for (const recipient of recipients)
      if (recipient !== bareAddress(sender))
        this.mailboxOf(recipient).file(
          {...content, bcc: ''},
          {inbox: true, sent: false}
        );
    return own;
  }

  /** Host: mail from outside arrives in an account's inbox (a reply, an auto-reply, a bounce). */
  receive(account: string, mail: Inbound): StoredMessage {
    const answered = mail.inReplyTo?.messageId;
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(mail.headers ?? {}))
      headers[name.toLowerCase()] = value;
    if (answered) {
      headers['in-reply-to'] ??= answered;
      headers['references'] ??= answered;
    }
    headers['message-id'] ??= this.newRfcId(bareAddress(mail.from));
    return this.mailboxOf(account).file(
      {
        from: mail.from,
        to: mail.to ?? account,
        cc: mail.cc ?? '',
        bcc: '',
        replyTo: mail.replyTo ?? '',
        subject: mail.subject,
        plainBody: mail.body,
        htmlBody: mail.htmlBody ?? mail.body,
        headers,
        attachments: mail.attachments ?? [],
        date: mail.date?.getTime() ?? this.env.clock.now(),
      },
      {inbox: true, sent: false}
    );
  }

  /** The subject a reply to `subject` carries. */
  static replySubject(subject: string): string {
    return baseSubject(subject) === subject.trim().toLowerCase()
      ? `Re: ${subject}`
      : subject;
  }

  private newRfcId(sender: string): string {
    const domain = sender.split('@')[1] || 'mail.gmail.com';
    return `<${(this.nextId++).toString(36)}.emulated@${domain}>`;
  }
}

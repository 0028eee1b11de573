import {effectiveUserEmail, Environment} from '../core/environment';
import {ScriptException, SERVICE} from '../core/service';
import {DAILY_RECIPIENTS, RecipientQuota, SentMessage} from './outbox';

type MailOptions = GoogleAppsScript.Mail.MailAdvancedParameters;

/** https://developers.google.com/apps-script/guides/services/quotas: recipients per message. */
export const RECIPIENTS_PER_MESSAGE = 50;
// PLATFORM.md: Quotas.
const QUOTA_EXHAUSTED = 'Service invoked too many times for one day: email.';
// Unverified wordings, as Apps Script logs commonly show them.
const TOO_MANY_RECIPIENTS = 'Limit Exceeded: Email Recipients Per Message.';
const NO_RECIPIENT = 'Failed to send email: no recipient';
const invalidEmail = (address: string) => `Invalid email: ${address}`;

const ADDRESS = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;

/** Splits a comma-separated recipient list, accepting `Name <address>` entries. */
function addresses(list: string | undefined): string[] {
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

/**
 * MailApp (PLATFORM.md: Mail and fetch, Quotas;
 * https://developers.google.com/apps-script/reference/mail/mail-app).
 * Mail goes out from the execution's effective user and counts against that account's daily
 * quota: an installable trigger sends "from your account, not necessarily the account" whose
 * action fired it (https://developers.google.com/apps-script/guides/triggers/installable).
 * Host API: `outbox`, `exhaustQuota(user)`, `remainingQuotaOf(user)`.
 */
export class FakeMailApp implements Pick<
  GoogleAppsScript.Mail.MailApp,
  'sendEmail' | 'getRemainingDailyQuota'
> {
  readonly [SERVICE] = 'MailApp';
  readonly outbox: SentMessage[] = [];
  private readonly quotas = new Map<string, RecipientQuota>();

  constructor(private readonly env: Environment) {}

  sendEmail(
    messageOrRecipient: MailOptions | string,
    subjectOrReplyTo?: string,
    bodyOrSubject?: string,
    optionsOrBody?: MailOptions | string
  ): void {
    this.send(
      this.normalise(
        messageOrRecipient,
        subjectOrReplyTo,
        bodyOrSubject,
        optionsOrBody
      )
    );
  }

  getRemainingDailyQuota(): number {
    return this.quotaOf(this.sender()).remaining();
  }

  /** Host: what is left of an account's recipients for the day. */
  remainingQuotaOf(user: string): number {
    return this.quotaOf(user).remaining();
  }

  /** Fault injection: an account's recipient quota for the day (default the owner's) is used up. */
  exhaustQuota(user = this.env.owner): void {
    this.quotaOf(user).exhaust();
  }

  private quotaOf(user: string): RecipientQuota {
    let quota = this.quotas.get(user);
    if (!quota) {
      quota = new RecipientQuota(DAILY_RECIPIENTS[this.env.account], () =>
        this.env.clock.now()
      );
      this.quotas.set(user, quota);
    }
    return quota;
  }

  private normalise(
    first: MailOptions | string,
    second?: string,
    third?: string,
    fourth?: MailOptions | string
  ): MailOptions {
    if (typeof first === 'object' && first !== null) return first;
    if (typeof fourth === 'string')
      return {to: first, replyTo: second, subject: third, body: fourth};
    return {...fourth, to: first, subject: second, body: third};
  }

  private send(options: MailOptions): void {
    const to = addresses(options.to);
    const cc = addresses(options.cc);
    const bcc = addresses(options.bcc);
    const count = to.length + cc.length + bcc.length;
    if (count === 0) throw new ScriptException(NO_RECIPIENT);
    if (count > RECIPIENTS_PER_MESSAGE)
      throw new ScriptException(TOO_MANY_RECIPIENTS);
    const quota = this.quotaOf(this.sender());
    if (count > quota.remaining()) throw new ScriptException(QUOTA_EXHAUSTED);
    // PLATFORM.md: Mail and fetch: noReply works only on Workspace and makes replyTo ignored.
    const noReply =
      options.noReply === true && this.env.account === 'workspace';
    const replyTo = noReply ? undefined : options.replyTo;
    if (replyTo) addresses(replyTo);
    quota.consume(count);
    this.outbox.push({
      from: noReply ? this.noReplyAddress() : this.sender(),
      to,
      cc,
      bcc,
      subject: String(options.subject ?? ''),
      body: String(options.body ?? ''),
      htmlBody: options.htmlBody,
      name: options.name,
      replyTo,
      sentAt: this.env.clock.now(),
    });
  }

  /** Mail goes out as the execution's effective user. */
  private sender(): string {
    return effectiveUserEmail(this.env);
  }

  private noReplyAddress(): string {
    return `noreply@${this.sender().split('@')[1]}`;
  }
}

export function createMailApp(env: Environment): FakeMailApp {
  return new FakeMailApp(env);
}

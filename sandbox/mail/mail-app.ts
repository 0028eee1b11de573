import {effectiveUserEmail, Environment} from '../core/environment';
import {SERVICE} from '../core/service';
import {attachmentsOf} from './attachments';
import {SentMessage} from './outbox';
import {PostOffice} from './post-office';

type MailOptions = GoogleAppsScript.Mail.MailAdvancedParameters;

/**
 * MailApp (PLATFORM.md: Mail and fetch, Quotas;
 * https://developers.google.com/apps-script/reference/mail/mail-app).
 * Mail goes out from the execution's effective user and counts against that account's daily
 * quota: an installable trigger sends "from your account, not necessarily the account" whose
 * action fired it (https://developers.google.com/apps-script/guides/triggers/installable).
 * Sent mail also lands in the sender's Gmail Sent mail, where GmailApp finds it (post-office.ts).
 * Host API: `outbox`, `exhaustQuota(user)`, `remainingQuotaOf(user)`.
 */
export class FakeMailApp implements Pick<
  GoogleAppsScript.Mail.MailApp,
  'sendEmail' | 'getRemainingDailyQuota'
> {
  readonly [SERVICE] = 'MailApp';

  constructor(
    private readonly env: Environment,
    private readonly post: PostOffice
  ) {}

  /** Everything sent in the workspace, by MailApp or GmailApp. */
  get outbox(): readonly SentMessage[] {
    return this.post.outbox;
  }

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
    return this.post.quotaOf(this.sender()).remaining();
  }

  /** Host: what is left of an account's recipients for the day. */
  remainingQuotaOf(user: string): number {
    return this.post.quotaOf(user).remaining();
  }

  /** Fault injection: an account's recipient quota for the day (default the owner's) is used up. */
  exhaustQuota(user = this.env.owner): void {
    this.post.quotaOf(user).exhaust();
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
    this.post.send(this.sender(), {
      service: 'MailApp',
      to: options.to,
      cc: options.cc,
      bcc: options.bcc,
      subject: options.subject,
      body: options.body ?? '',
      htmlBody: options.htmlBody,
      name: options.name,
      replyTo: options.replyTo,
      noReply: options.noReply,
      attachments: attachmentsOf(options.attachments),
    });
  }

  /** Mail goes out as the execution's effective user. */
  private sender(): string {
    return effectiveUserEmail(this.env);
  }
}

export function createMailApp(
  env: Environment,
  post = new PostOffice(env)
): FakeMailApp {
  return new FakeMailApp(env, post);
}

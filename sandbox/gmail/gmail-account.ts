import {effectiveUserEmail, Environment} from '../core/environment';
import {ScriptException} from '../core/service';
import {Mailbox, StoredMessage} from '../mail/mailbox';
import {RecipientQuota} from '../mail/outbox';
import {Outgoing, PostOffice} from '../mail/post-office';

/**
 * "Email read/write (excluding send)": 20,000 a day for consumer accounts, 50,000 for Workspace
 * (https://developers.google.com/apps-script/guides/services/quotas).
 */
export const DAILY_GMAIL_OPERATIONS = {consumer: 20_000, workspace: 50_000};
// As Apps Script logs show it past the quota (the email quota's words, for gmail; unverified).
const GMAIL_QUOTA_EXHAUSTED =
  'Service invoked too many times for one day: gmail.';

/**
 * What every GmailApp object shares: the running account's mailbox (GmailApp works on the
 * effective user's mail), its daily read/write quota, and sending through the post office.
 */
export class GmailAccounts {
  private readonly operations = new Map<string, RecipientQuota>();
  /** Calls under way: a call made by another (markThreadRead → markRead) is one operation. */
  private depth = 0;

  constructor(
    readonly env: Environment,
    readonly post: PostOffice
  ) {}

  user(): string {
    return effectiveUserEmail(this.env);
  }

  mailbox(): Mailbox {
    return this.post.mailboxOf(this.user());
  }

  /** Runs one read or write, counted against the running account's daily quota. */
  counted<T>(run: () => T): T {
    if (this.depth === 0) this.operate();
    this.depth++;
    try {
      return run();
    } finally {
      this.depth--;
    }
  }

  private operate(): void {
    const quota = this.quotaOf(this.user());
    if (quota.remaining() < 1) throw new ScriptException(GMAIL_QUOTA_EXHAUSTED);
    quota.consume(1);
  }

  /** Host: what is left of an account's Gmail reads and writes for the day. */
  remainingOperationsOf(user: string): number {
    return this.quotaOf(user).remaining();
  }

  /** Fault injection: the account's read/write quota for the day is used up. */
  exhaust(user: string): void {
    this.quotaOf(user).exhaust();
  }

  private quotaOf(user: string): RecipientQuota {
    let quota = this.operations.get(user);
    if (!quota) {
      quota = new RecipientQuota(DAILY_GMAIL_OPERATIONS[this.env.account], () =>
        this.env.clock.now()
      );
      this.operations.set(user, quota);
    }
    return quota;
  }

  send(mail: Omit<Outgoing, 'service'>): StoredMessage {
    return this.post.send(this.user(), {...mail, service: 'GmailApp'});
  }
}

/**
 * Makes every official method of a GmailApp class count against the read/write quota, except
 * those listed (sending, which draws on the recipient quota instead, and reads of a message
 * already fetched).
 */
export function countOperations(
  fake: {prototype: object},
  methods: readonly string[],
  except: readonly string[] = []
): void {
  for (const name of methods) {
    if (except.includes(name)) continue;
    const method: unknown = Reflect.get(fake.prototype, name);
    if (typeof method !== 'function') continue;
    Object.defineProperty(fake.prototype, name, {
      value: function (this: {accounts: GmailAccounts}, ...args: unknown[]) {
        return this.accounts.counted(() =>
          (method as (...a: unknown[]) => unknown).apply(this, args)
        );
      },
      writable: true,
      configurable: true,
    });
  }
}

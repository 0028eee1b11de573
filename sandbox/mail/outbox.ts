import {AccountKind} from '../core/environment';

export interface SentMessage {
  readonly from: string;
  readonly to: readonly string[];
  readonly cc: readonly string[];
  readonly bcc: readonly string[];
  readonly subject: string;
  readonly body: string;
  readonly htmlBody?: string;
  /** Display name of the sender. */
  readonly name?: string;
  readonly replyTo?: string;
  /** Virtual time it was sent. */
  readonly sentAt: number;
  /** Which service sent it. */
  readonly service: 'MailApp' | 'GmailApp';
  /** Its Message-ID header, which a reply's In-Reply-To names. */
  readonly messageId: string;
  /** The names of its attached files. */
  readonly attachments: readonly string[];
}

/** https://developers.google.com/apps-script/guides/services/quotas: email recipients per day. */
export const DAILY_RECIPIENTS: Record<AccountKind, number> = {
  consumer: 100,
  workspace: 1500,
};
const DAY_MS = 86_400_000;

/**
 * The daily recipient quota. Google's quota page says quotas "reset 24 hours after the first
 * request": a window opens with the first send and every recipient in it counts until it closes.
 */
export class RecipientQuota {
  private windowStart: number | undefined;
  private used = 0;

  constructor(
    private readonly limit: number,
    private readonly now: () => number
  ) {}

  remaining(): number {
    this.roll();
    return Math.max(0, this.limit - this.used);
  }

  consume(recipients: number): void {
    this.roll();
    this.windowStart ??= this.now();
    this.used += recipients;
  }

  /** Fault injection: nothing left until the current window closes. */
  exhaust(): void {
    this.roll();
    this.windowStart ??= this.now();
    this.used = this.limit;
  }

  private roll(): void {
    if (
      this.windowStart !== undefined &&
      this.now() >= this.windowStart + DAY_MS
    ) {
      this.windowStart = undefined;
      this.used = 0;
    }
  }
}

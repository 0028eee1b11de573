// The courier: sends an Outbox row's items once each (claimed, sent, receipted), Chat spaced out.
import {Notification} from '../../domain/notifications/notification';
import {CHAT_OFF_ERROR} from '../../domain/notifications/chat-off-notice';
import {
  chatOffState,
  Delivery,
  postToChat,
  recordChatOff,
  webhookRefused,
} from '../../workspace/services/chat';
import {
  deleteScriptProperty,
  PROPERTY,
  scriptPropertiesStartingWith,
  setScriptProperty,
} from '../../workspace/services/properties';

/**
 * Waiting for the mail quota is not the message's fault: it does not count as an attempt, and the
 * next try is a while later (the quota comes back 24 hours after its window opened).
 */
export const QUOTA_USED_UP =
  'The daily email quota is used up; waiting for it to come back.';
export const QUOTA_RETRY_MS = 30 * 60_000;

/** platform.md: Google Chat incoming webhooks: about one write per second per space. */
const CHAT_SPACING_MS = 1000;

/**
 * An email claimed and not receipted within an execution's 6 minutes (platform.md: Runtime) was
 * claimed by an execution that died, before or after sending it.
 */
const CLAIM_EXPIRES_MS = 6 * 60_000;

export function receiptKey(id: string, index: number): string {
  return `${PROPERTY.receiptPrefix}${id}.${index}`;
}

export function claimKey(id: string, index: number): string {
  return `${PROPERTY.claimPrefix}${id}.${index}`;
}

/** A receipt's value: when, and whether the email may have gone out twice. */
export const TWICE = 'twice';

/** What the Script Properties say of each item: its receipt and its claim. */
export type Marks = Readonly<Record<string, string>>;

export function readMarks(): Marks {
  return {
    ...scriptPropertiesStartingWith(PROPERTY.receiptPrefix),
    ...scriptPropertiesStartingWith(PROPERTY.claimPrefix),
  };
}

export interface Outcome {
  readonly errors: string[];
  /** Items left for a later sweep: a claim too young to tell whether its execution died. */
  readonly waiting: number;
}

/**
 * Sends the items of one Outbox row not delivered yet. An email is claimed, sent, then receipted
 * (Script Properties), so an execution killed midway never sends an item again unknowingly: a
 * claim without a receipt, once older than an execution can run, is resent at most once and its
 * row marked "possibly twice". Chat is idempotent by requestId and needs no claim.
 */
export class Courier {
  private mailQuota: number | undefined;
  private lastChatMs = -Infinity;
  private chatOff = chatOffState() !== undefined;
  /** What Chat answered when it first refused the webhook during this run. */
  chatWentOff: string | undefined;

  constructor(private readonly marks: Marks = {}) {}

  deliver(
    id: string,
    notifications: readonly Notification[],
    delivered: Set<number>,
    twice: Set<number>
  ): Outcome {
    const errors: string[] = [];
    let waiting = 0;
    notifications.forEach((notification, index) => {
      if (delivered.has(index)) return;
      const claim = this.marks[claimKey(id, index)];
      const claims = claim ? Number(claim.split(' ')[0]) || 1 : 0;
      if (claim) {
        const claimedMs = Date.parse(claim.split(' ')[1] ?? '');
        if (Date.now() - claimedMs < CLAIM_EXPIRES_MS) {
          waiting++;
          return;
        }
        twice.add(index);
        if (claims >= 2) {
          // Already resent once: never a third time.
          delivered.add(index);
          return;
        }
      }
      const result = this.send(notification, `${id}-${index}`, {
        key: claimKey(id, index),
        count: claims + 1,
      });
      if (result.ok) {
        const when = new Date().toISOString();
        setScriptProperty(
          receiptKey(id, index),
          twice.has(index) ? `${TWICE} ${when}` : when
        );
        delivered.add(index);
      } else {
        if (claims === 0) twice.delete(index);
        errors.push(result.error);
      }
    });
    return {errors, waiting};
  }

  private send(
    notification: Notification,
    requestId: string,
    claim: {key: string; count: number}
  ): Delivery {
    try {
      if (notification.channel === 'chat') {
        if (this.chatOff) return {ok: false, error: CHAT_OFF_ERROR};
        const wait = this.lastChatMs + CHAT_SPACING_MS - Date.now();
        if (wait > 0) Utilities.sleep(wait);
        this.lastChatMs = Date.now();
        const posted = postToChat(notification.chat, requestId);
        if (!webhookRefused(posted) || posted.ok) return posted;
        this.chatOff = true;
        if (recordChatOff(posted.error, new Date()))
          this.chatWentOff = posted.error;
        return {ok: false, error: CHAT_OFF_ERROR};
      }
      // The quota counts recipients (platform.md: Quotas): check it before sending.
      this.mailQuota ??= MailApp.getRemainingDailyQuota();
      if (this.mailQuota < 1) return {ok: false, error: QUOTA_USED_UP};
      const email = notification.email;
      setScriptProperty(
        claim.key,
        `${claim.count} ${new Date().toISOString()}`
      );
      try {
        MailApp.sendEmail({
          to: email.to,
          subject: email.subject,
          body: email.body,
          htmlBody: email.htmlBody,
          name: email.name,
        });
      } catch (error) {
        // MailApp refused it: nothing went out, so this claim must not count (an earlier one,
        // from an execution that died, still does).
        if (claim.count === 1) deleteScriptProperty(claim.key);
        else setScriptProperty(claim.key, `1 ${new Date(0).toISOString()}`);
        throw error;
      }
      this.mailQuota--;
      return {ok: true};
    } catch (error) {
      return {
        ok: false,
        error: error instanceof Error ? error.message : String(error),
      };
    }
  }
}

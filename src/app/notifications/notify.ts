// Notifications: records emails and Chat posts in the Outbox, delivers them, retries failures.
import {
  DELIVERY,
  DELIVERY_LEASE_MS,
  emailNotification,
  Notification,
  nextAttemptMs,
} from '../../domain/notifications/notification';
import {fittedToPayload} from '../../domain/notifications/outbox-payload';
import {
  CHAT_OFF_ERROR,
  CHAT_OFF_STATUS,
  chatOffEmail,
} from '../../domain/notifications/chat-off-notice';
import {
  chatOffState,
  Delivery,
  postToChat,
  recordChatOff,
  webhookRefused,
} from '../../workspace/services/chat';
import {withScriptLock} from '../../workspace/services/lock';
import {activeSpreadsheet} from '../../workspace/sheets/spreadsheet';
import {loadSnapshot, referenceOf} from '../setup/snapshot';
import {DeliveryState, Outbox, OutboxRow} from '../../workspace/ledger/outbox';
import {
  deleteScriptProperty,
  PROPERTY,
  scriptPropertiesStartingWith,
  scriptProperty,
  setScriptProperty,
} from '../../workspace/services/properties';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Waiting for the mail quota is not the message's fault: it does not count as an attempt, and the
 * next try is a while later (the quota comes back 24 hours after its window opened).
 */
const QUOTA_USED_UP =
  'The daily email quota is used up; waiting for it to come back.';
const QUOTA_RETRY_MS = 30 * 60_000;

/** platform.md: Google Chat incoming webhooks: about one write per second per space. */
const CHAT_SPACING_MS = 1000;

/**
 * Chat notifications are only recorded while a space is connected and Chat takes the desk's
 * posts; email always is.
 */
function deliverable(notifications: readonly Notification[]): Notification[] {
  const chat =
    scriptProperty(PROPERTY.chatWebhook) !== undefined &&
    chatOffState() === undefined;
  return notifications.filter(n => chat || n.channel === 'email');
}

export interface Recorded {
  readonly id: string;
  readonly notifications: readonly Notification[];
}

/** Records an execution's notifications as one Outbox row; call under the script lock. */
export function recordNotifications(
  ss: Spreadsheet,
  all: readonly Notification[]
): Recorded | undefined {
  const notifications = fittedToPayload(all.length > 0 ? deliverable(all) : []);
  if (notifications.length === 0) return undefined;
  const id = Utilities.getUuid();
  const now = new Date();
  new Outbox(ss).recordBatch(
    id,
    notifications,
    now,
    new Date(now.getTime() + DELIVERY_LEASE_MS)
  );
  return {id, notifications};
}

function receiptKey(id: string, index: number): string {
  return `${PROPERTY.receiptPrefix}${id}.${index}`;
}

/**
 * Sends the items of one Outbox row not delivered yet, leaving a receipt in Script Properties
 * after each, so an execution killed midway never sends an item again. Returns the errors.
 */
class Courier {
  private mailQuota: number | undefined;
  private lastChatMs = -Infinity;
  private chatOff = chatOffState() !== undefined;
  /** What Chat answered when it first refused the webhook during this run. */
  chatWentOff: string | undefined;

  deliver(
    id: string,
    notifications: readonly Notification[],
    delivered: Set<number>
  ): string[] {
    const errors: string[] = [];
    notifications.forEach((notification, index) => {
      if (delivered.has(index)) return;
      const result = this.send(notification, `${id}-${index}`);
      if (result.ok) {
        setScriptProperty(receiptKey(id, index), new Date().toISOString());
        delivered.add(index);
      } else {
        errors.push(result.error);
      }
    });
    return errors;
  }

  private send(notification: Notification, requestId: string): Delivery {
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
      MailApp.sendEmail({
        to: email.to,
        subject: email.subject,
        body: email.body,
        htmlBody: email.htmlBody,
        name: email.name,
        ...(email.replyTo ? {replyTo: email.replyTo} : {}),
      });
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

/**
 * Chat has just refused the desk's webhook: the coordinator (Config "Coordinator Email", else the
 * account the desk runs as) hears it once by email. Call outside the script lock.
 */
function tellChatIsOff(ss: Spreadsheet, reason: string): void {
  const {config} = referenceOf(loadSnapshot(ss));
  const to = config.coordinatorEmail || Session.getEffectiveUser().getEmail();
  if (to === '') return;
  const notice = emailNotification(
    'desk',
    `chat off ${new Date().toISOString()}`,
    chatOffEmail({to, deskName: config.deskName, reason})
  );
  deliverRecorded(withScriptLock(() => recordNotifications(ss, [notice])));
}

/** Delivers what an execution just recorded (outside the lock). The sweep retries any failure. */
export function deliverRecorded(recorded: Recorded | undefined): void {
  if (!recorded) return;
  const courier = new Courier();
  courier.deliver(recorded.id, recorded.notifications, new Set());
  if (courier.chatWentOff)
    tellChatIsOff(activeSpreadsheet(), courier.chatWentOff);
}

function parseItems(payload: string): Notification[] {
  try {
    const parsed: unknown = JSON.parse(payload);
    return Array.isArray(parsed) ? (parsed as Notification[]) : [];
  } catch {
    return [];
  }
}

export interface OutboxReport {
  readonly delivered: number;
  readonly retrying: number;
  readonly dead: number;
}

/** The open part of the Outbox after the sweep recorded its own notifications. */
export interface OutboxWindow {
  readonly firstRow: number;
  readonly rows: readonly OutboxRow[];
}

/**
 * Records the sweep's notifications, one row each, skipping events already recorded (a sweep
 * killed after recording and before remembering its rungs must not notify twice). Call under the
 * script lock: it appends after the last row it read.
 */
export function recordForSweep(
  ss: Spreadsheet,
  fresh: readonly Notification[]
): OutboxWindow {
  const outbox = new Outbox(ss);
  const open = outbox.readOpen();
  const now = new Date();
  const known = new Set(open.rows.flatMap(row => row.events));
  const added = deliverable(fresh)
    .filter(n => !known.has(n.event) && known.add(n.event))
    .map(n => ({
      id: Utilities.getUuid(),
      notification: fittedToPayload([n])[0],
    }));
  outbox.recordEach(open.lastRow, added, now);
  return {
    firstRow: open.firstRow,
    rows: [
      ...open.rows,
      ...added.map((a, i) => ({
        rowNumber: open.lastRow + 1 + i,
        id: a.id,
        events: [a.notification.event],
        payload: JSON.stringify([a.notification]),
        status: DELIVERY.pending,
        attempts: 0,
        nextAttemptMs: now.getTime(),
        state: [DELIVERY.pending, 0, now, '', ''] as DeliveryState,
      })),
    ],
  };
}

export interface OutboxReport {
  readonly delivered: number;
  readonly retrying: number;
  readonly dead: number;
}

/**
 * Delivers what is due in the window — new rows, and failed ones whose backoff has passed — up to
 * `maxItems`. Failures back off exponentially; after `maxAttempts` a row is dead-lettered. One
 * write of the delivery columns. Runs after the lock: only the sweep writes these rows.
 */
export function deliverOutbox(
  ss: Spreadsheet,
  window: OutboxWindow,
  maxAttempts: number,
  maxItems: number
): OutboxReport {
  const {rows} = window;
  const nowMs = Date.now();
  const receipts = scriptPropertiesStartingWith(PROPERTY.receiptPrefix);
  const courier = new Courier();
  let budget = maxItems;
  let changed = false;
  const report = {delivered: 0, retrying: 0, dead: 0};
  const finished: string[] = [];
  const states: DeliveryState[] = rows.map(row => {
    const items = parseItems(row.payload);
    const delivered = new Set(
      items.map((_, i) => i).filter(i => receipts[receiptKey(row.id, i)])
    );
    if (row.status !== DELIVERY.pending) return row.state;
    let errors: string[] = [];
    let attempted = false;
    if (
      delivered.size < items.length &&
      row.nextAttemptMs <= nowMs &&
      budget > 0
    ) {
      budget -= items.length - delivered.size;
      attempted = true;
      errors = courier.deliver(row.id, items, delivered);
    }
    if (delivered.size === items.length) {
      changed = true;
      report.delivered++;
      finished.push(...items.map((_, i) => receiptKey(row.id, i)));
      return [
        DELIVERY.sent,
        row.attempts + (attempted ? 1 : 0),
        new Date(row.nextAttemptMs),
        '',
        new Date(),
      ];
    }
    if (!attempted) return row.state;
    changed = true;
    if (errors.every(e => e === CHAT_OFF_ERROR)) {
      // Everything else went out; the Chat posts wait for no one now.
      finished.push(...items.map((_, i) => receiptKey(row.id, i)));
      return [
        CHAT_OFF_STATUS,
        row.attempts + 1,
        new Date(nowMs),
        CHAT_OFF_ERROR,
        '',
      ];
    }
    if (errors.every(e => e === QUOTA_USED_UP)) {
      report.retrying++;
      return [
        DELIVERY.pending,
        row.attempts,
        new Date(nowMs + QUOTA_RETRY_MS),
        QUOTA_USED_UP,
        '',
      ];
    }
    const attempts = row.attempts + 1;
    if (attempts >= maxAttempts) {
      report.dead++;
      finished.push(...items.map((_, i) => receiptKey(row.id, i)));
      return [DELIVERY.dead, attempts, new Date(nowMs), errors.join(' | '), ''];
    }
    report.retrying++;
    return [
      DELIVERY.pending,
      attempts,
      new Date(nextAttemptMs(nowMs, attempts)),
      errors.join(' | '),
      '',
    ];
  });
  const outbox = new Outbox(ss);
  if (changed) outbox.writeStates(window.firstRow, states);
  for (const key of finished) if (receipts[key]) deleteScriptProperty(key);
  if (courier.chatWentOff) tellChatIsOff(ss, courier.chatWentOff);
  const firstOpen = rows.findIndex((_, i) => states[i][0] === DELIVERY.pending);
  outbox.rememberFirstOpenRow(
    firstOpen < 0 ? window.firstRow + rows.length : rows[firstOpen].rowNumber
  );
  return report;
}

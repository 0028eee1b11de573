// Notifications: records them in the Outbox before their change, delivers each once, retries failures.
import {
  DELIVERY,
  DELIVERY_LEASE_MS,
  emailNotification,
  Notification,
  nextAttemptMs,
} from '../../domain/notifications/notification';
import {fittedToPayload} from '../../domain/notifications/outbox-payload';
import {OutgoingMessage} from '../../domain/notifications/messages';
import {
  DEFAULT_PREFERENCE,
  sendsStep,
} from '../../domain/requesters/preference';
import {requesterKey} from '../../domain/requesters/requester-link';
import {requesterPreferences} from '../../workspace/ledger/requesters';
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
import {
  DeliveryState,
  Outbox,
  OutboxBatch,
  OutboxRow,
  Recording,
} from '../../workspace/ledger/outbox';
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
 * An email claimed and not receipted within an execution's 6 minutes (platform.md: Runtime) was
 * claimed by an execution that died, before or after sending it.
 */
const CLAIM_EXPIRES_MS = 6 * 60_000;

const NEVER_WRITTEN =
  'Cancelled: the change that owed it was never written (its execution stopped first).';

/**
 * Chat notifications are only recorded while a space is connected and Chat takes the desk's
 * posts; email always is, unless its requester chose not to hear of that step.
 */
function deliverable(
  notifications: readonly Notification[],
  wanted = requesterChoices(notifications)
): Notification[] {
  const chat =
    scriptProperty(PROPERTY.chatWebhook) !== undefined &&
    chatOffState() === undefined;
  return notifications.filter(n =>
    n.channel === 'chat' ? chat : wanted(n.email)
  );
}

/**
 * Whether a requester wants an email, by their choice on their page (Requesters tab, read only
 * when a batch holds a requester email); everything else always goes.
 */
function requesterChoices(
  notifications: readonly Notification[]
): (email: OutgoingMessage) => boolean {
  const stepped = notifications.some(
    n => n.channel === 'email' && n.email.step !== undefined
  );
  if (!stepped) return () => true;
  const choices = requesterPreferences(activeSpreadsheet());
  return email =>
    email.step === undefined ||
    sendsStep(
      choices.get(requesterKey(email.to)) ?? DEFAULT_PREFERENCE,
      email.step
    );
}

export interface Recorded {
  readonly id: string;
  readonly notifications: readonly Notification[];
}

/** Records notifications before the change that owes them is written; returns the keys recorded. */
export interface NoticeRecorder {
  hold(batches: readonly OutboxBatch[]): readonly string[];
}

function deliverableBatches(batches: readonly OutboxBatch[]): Recorded[] {
  const wanted = requesterChoices(batches.flatMap(b => b.notifications));
  return batches
    .map(batch => ({
      id: batch.id,
      notifications: fittedToPayload(deliverable(batch.notifications, wanted)),
    }))
    .filter(batch => batch.notifications.length > 0);
}

/**
 * A trigger's recorder: Held rows, one call, that the sweep leaves alone for longer than the
 * execution can run, so it delivers them itself after the lock. Call under the script lock.
 */
export class TriggerOutbox implements NoticeRecorder {
  readonly recorded: Recorded[] = [];

  constructor(private readonly ss: Spreadsheet) {}

  hold(batches: readonly OutboxBatch[]): string[] {
    const fresh = batches.length > 0 ? deliverableBatches(batches) : [];
    if (fresh.length === 0) return [];
    const now = new Date();
    new Outbox(this.ss).record(fresh, {
      status: DELIVERY.held,
      now,
      lease: new Date(now.getTime() + DELIVERY_LEASE_MS),
    });
    this.recorded.push(...fresh);
    return fresh.map(batch => batch.id);
  }
}

/**
 * Records batches owed under their own keys (a monthly report per tech) as Pending rows, all in
 * one write: a run killed before it recorded none, after it all. Call under the script lock.
 */
export function recordOwed(
  ss: Spreadsheet,
  batches: readonly OutboxBatch[]
): Recorded[] {
  const fresh = deliverableBatches(batches);
  if (fresh.length === 0) return [];
  const now = new Date();
  new Outbox(ss).record(fresh, {
    status: DELIVERY.pending,
    now,
    lease: new Date(now.getTime() + DELIVERY_LEASE_MS),
  });
  return fresh;
}

/** Records notifications that owe no ticket change (badges, the digest) as one Pending row. */
export function recordNotifications(
  ss: Spreadsheet,
  all: readonly Notification[],
  leaseMs = DELIVERY_LEASE_MS
): Recorded | undefined {
  const notifications = fittedToPayload(all.length > 0 ? deliverable(all) : []);
  if (notifications.length === 0) return undefined;
  const id = Utilities.getUuid();
  const now = new Date();
  new Outbox(ss).record([{id, notifications}], {
    status: DELIVERY.pending,
    now,
    lease: new Date(now.getTime() + leaseMs),
  });
  return {id, notifications};
}

/**
 * Records notifications for the next sweep (the owner's trigger) to send, without delivering
 * them here: a menu item runs as whoever clicks it, so its mail would come from them and count
 * against their quota (platform.md: Who a script runs as).
 */
export function queueForSweep(
  ss: Spreadsheet,
  all: readonly Notification[]
): void {
  recordNotifications(ss, all, 0);
}

function receiptKey(id: string, index: number): string {
  return `${PROPERTY.receiptPrefix}${id}.${index}`;
}

function claimKey(id: string, index: number): string {
  return `${PROPERTY.claimPrefix}${id}.${index}`;
}

/** A receipt's value: when, and whether the email may have gone out twice. */
const TWICE = 'twice';

/** What the Script Properties say of each item: its receipt and its claim. */
type Marks = Readonly<Record<string, string>>;

function readMarks(): Marks {
  return {
    ...scriptPropertiesStartingWith(PROPERTY.receiptPrefix),
    ...scriptPropertiesStartingWith(PROPERTY.claimPrefix),
  };
}

interface Outcome {
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
class Courier {
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
          ...(email.replyTo ? {replyTo: email.replyTo} : {}),
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
export function deliverRecorded(
  recorded: Recorded | readonly Recorded[] | undefined
): void {
  const batches = recorded === undefined ? [] : [recorded].flat();
  if (batches.length === 0) return;
  const courier = new Courier();
  for (const batch of batches)
    courier.deliver(batch.id, batch.notifications, new Set(), new Set());
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

/** The open part of the Outbox, as the sweep read it and added to it. */
export interface OutboxWindow {
  readonly firstRow: number;
  readonly rows: readonly OutboxRow[];
}

/**
 * The sweep's recorder: reads the open part of the Outbox once, then records after it, skipping
 * keys already there (a sweep killed after recording and before writing its change records the
 * same key again next time, and must not notify twice). Call under the script lock.
 */
export class SweepOutbox implements NoticeRecorder {
  private readonly outbox: Outbox;
  private readonly open: {firstRow: number; lastRow: number; rows: OutboxRow[]};
  private readonly keys: Set<string>;

  constructor(ss: Spreadsheet) {
    this.outbox = new Outbox(ss);
    this.open = this.outbox.readOpen();
    this.keys = new Set(this.open.rows.map(row => row.id));
  }

  /** The status of the open row recorded under `key`, or undefined when none is open. */
  statusOf(key: string): string | undefined {
    return this.open.rows.find(row => row.id === key)?.status;
  }

  hold(batches: readonly OutboxBatch[]): string[] {
    return this.add(batches, DELIVERY.held);
  }

  /** Records batches that owe no ticket change, ready to deliver. */
  queue(batches: readonly OutboxBatch[]): string[] {
    return this.add(batches, DELIVERY.pending);
  }

  private add(batches: readonly OutboxBatch[], status: string): string[] {
    const wanted = batches.length > 0 ? deliverableBatches(batches) : [];
    const fresh = wanted.filter(b => !this.keys.has(b.id));
    const now = new Date();
    const recording: Recording = {status, now, lease: now};
    this.outbox.recordAfter(this.open.lastRow, fresh, recording);
    fresh.forEach((batch, i) => {
      this.keys.add(batch.id);
      const state: DeliveryState = [status, 0, now, '', ''];
      this.open.rows.push({
        rowNumber: this.open.lastRow + 1 + i,
        id: batch.id,
        events: batch.notifications.map(n => n.event),
        payload: JSON.stringify(batch.notifications),
        status,
        attempts: 0,
        nextAttemptMs: now.getTime(),
        state,
      });
    });
    this.open.lastRow += fresh.length;
    return wanted.map(batch => batch.id);
  }

  window(): OutboxWindow {
    return {firstRow: this.open.firstRow, rows: this.open.rows};
  }
}

export interface OutboxReport {
  readonly delivered: number;
  readonly retrying: number;
  readonly dead: number;
}

/**
 * Delivers what is due in the window — new rows, Held rows whose change the sweep saw written
 * (`committed`), and failed ones whose backoff has passed — up to `maxItems`. Held rows whose
 * change was never written are cancelled. Failures back off exponentially; after `maxAttempts` a
 * row is dead-lettered. One write of the delivery columns. Runs after the lock: only the sweep
 * writes these rows.
 */
export function deliverOutbox(
  ss: Spreadsheet,
  window: OutboxWindow,
  committed: (key: string) => boolean,
  maxAttempts: number,
  maxItems: number
): OutboxReport {
  const {rows} = window;
  const nowMs = Date.now();
  const marks = readMarks();
  const courier = new Courier(marks);
  let budget = maxItems;
  let changed = false;
  const report = {delivered: 0, retrying: 0, dead: 0};
  const finished: string[] = [];
  const keysOf = (row: OutboxRow, items: readonly unknown[]) =>
    items.flatMap((_, i) => [receiptKey(row.id, i), claimKey(row.id, i)]);
  const states: DeliveryState[] = rows.map(row => {
    const items = parseItems(row.payload);
    const open =
      row.status === DELIVERY.pending ||
      (row.status === DELIVERY.held && committed(row.id));
    if (row.status === DELIVERY.held && !open) {
      changed = true;
      finished.push(...keysOf(row, items));
      return [
        DELIVERY.cancelled,
        row.attempts,
        row.state[2],
        NEVER_WRITTEN,
        '',
      ];
    }
    if (!open) return row.state;
    const delivered = new Set(
      items.map((_, i) => i).filter(i => marks[receiptKey(row.id, i)])
    );
    const twice = new Set(
      [...delivered].filter(i => marks[receiptKey(row.id, i)].startsWith(TWICE))
    );
    let outcome: Outcome = {errors: [], waiting: 0};
    let attempted = false;
    if (
      delivered.size < items.length &&
      row.nextAttemptMs <= nowMs &&
      budget > 0
    ) {
      budget -= items.length - delivered.size;
      attempted = true;
      outcome = courier.deliver(row.id, items, delivered, twice);
    }
    const {errors} = outcome;
    if (delivered.size === items.length) {
      changed = true;
      report.delivered++;
      finished.push(...keysOf(row, items));
      return [
        twice.size > 0 ? DELIVERY.sentTwice : DELIVERY.sent,
        row.attempts + (attempted ? 1 : 0),
        new Date(row.nextAttemptMs),
        '',
        new Date(),
      ];
    }
    if (!attempted || errors.length === 0) return row.state;
    changed = true;
    if (errors.every(e => e === CHAT_OFF_ERROR)) {
      // Everything else went out; the Chat posts wait for no one now.
      finished.push(...keysOf(row, items));
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
      finished.push(...keysOf(row, items));
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
  for (const key of finished) if (marks[key]) deleteScriptProperty(key);
  if (courier.chatWentOff) tellChatIsOff(ss, courier.chatWentOff);
  const firstOpen = rows.findIndex(
    (_, i) =>
      states[i][0] === DELIVERY.pending || states[i][0] === DELIVERY.held
  );
  outbox.rememberFirstOpenRow(
    firstOpen < 0 ? window.firstRow + rows.length : rows[firstOpen].rowNumber
  );
  return report;
}

// Delivery: what an execution just recorded, and the sweep's pass over the open Outbox.
import {
  DELIVERY,
  emailNotification,
  Notification,
  nextAttemptMs,
} from '../../domain/notifications/notification';
import {
  CHAT_OFF_ERROR,
  CHAT_OFF_STATUS,
  chatOffEmail,
} from '../../domain/notifications/chat-off-notice';
import {withScriptLock} from '../../workspace/services/lock';
import {activeSpreadsheet} from '../../workspace/sheets/spreadsheet';
import {loadSnapshot, referenceOf} from '../setup/snapshot';
import {DeliveryState, Outbox, OutboxRow} from '../../workspace/ledger/outbox';
import {deleteScriptProperty} from '../../workspace/services/properties';
import {
  claimKey,
  Courier,
  Outcome,
  QUOTA_RETRY_MS,
  QUOTA_USED_UP,
  readMarks,
  receiptKey,
  TWICE,
} from './courier';
import {OutboxWindow, Recorded, recordNotifications} from './notify';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const NEVER_WRITTEN =
  'Cancelled: the change that owed it was never written (its execution stopped first).';

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
    chatOffEmail({
      to,
      deskName: config.deskName,
      colour: config.deskColour,
      reason,
    })
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

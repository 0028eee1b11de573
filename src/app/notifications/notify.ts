// Notifications recorded in the Outbox before the change that owes them (Held), or ready to send.
import {
  DELIVERY,
  DELIVERY_LEASE_MS,
  Notification,
} from '../../domain/notifications/notification';
import {fittedToPayload} from '../../domain/notifications/outbox-payload';
import {
  DeliveryState,
  Outbox,
  OutboxBatch,
  OutboxRow,
  Recording,
} from '../../workspace/ledger/outbox';
import {deliverable, deliverableBatches} from './who-hears';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface Recorded {
  readonly id: string;
  readonly notifications: readonly Notification[];
}

/** Records notifications before the change that owes them is written; returns the keys recorded. */
export interface NoticeRecorder {
  hold(batches: readonly OutboxBatch[]): readonly string[];
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
  leaseMs = DELIVERY_LEASE_MS,
  key?: string
): Recorded | undefined {
  const notifications = fittedToPayload(all.length > 0 ? deliverable(all) : []);
  if (notifications.length === 0) return undefined;
  const id = key ?? Utilities.getUuid();
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
  all: readonly Notification[],
  key?: string
): void {
  recordNotifications(ss, all, 0, key);
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

// Which final Outbox rows are deleted, and which drop their payload, once delivered.
import {runsLastFirst} from '../archive/row-runs';
import {DELIVERY} from './notification';

export interface FinalOutboxRow {
  readonly status: string;
  /** When it was delivered, or undefined when it was not. */
  readonly deliveredMs: number | undefined;
  readonly hasPayload: boolean;
}

export interface OutboxPruning {
  /** Runs of consecutive rows to delete, as 0-based [first, count], last run first. */
  readonly deleteRuns: readonly (readonly [number, number])[];
  /** Runs of rows that stay but whose payload is no longer needed, as 0-based [first, count]. */
  readonly dropPayloadRuns: readonly (readonly [number, number])[];
}

/** "Sent" and "Sent, possibly twice": delivered; Pending, Held and Dead rows are never pruned. */
function isDelivered(row: FinalOutboxRow): boolean {
  return row.status.startsWith(DELIVERY.sent) && row.deliveredMs !== undefined;
}

/**
 * Delivered rows delivered before `cutoffMs` are deleted; other delivered rows keep their line for
 * the coordinator but drop the payload (the message text, about 2 KB a row). Dead rows keep
 * everything: the coordinator may resend them.
 */
export function outboxPruning(
  rows: readonly FinalOutboxRow[],
  cutoffMs: number
): OutboxPruning {
  const old: number[] = [];
  const recent: number[] = [];
  rows.forEach((row, i) => {
    if (!isDelivered(row)) return;
    if ((row.deliveredMs as number) < cutoffMs) old.push(i);
    else if (row.hasPayload) recent.push(i);
  });
  return {
    deleteRuns: runsLastFirst(old),
    dropPayloadRuns: runsLastFirst(recent),
  };
}

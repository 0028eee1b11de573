// Deletes delivered Outbox rows past their days and drops delivered payloads; the delivery marker.
import {
  FinalOutboxRow,
  outboxPruning,
} from '../../domain/notifications/outbox-retention';
import {TAB} from '../../domain/setup/workbook';
import {isDate} from '../../domain/tickets/ticket-row';
import {
  deleteScriptProperty,
  PROPERTY,
  scriptProperty,
  setScriptProperty,
} from '../services/properties';
import {deleteDataRows} from '../sheets/grid-size';
import {requireSheet} from '../sheets/spreadsheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Payload through Delivered At: the columns pruning reads. */
const PAYLOAD_COLUMN = 8;
const STATUS_OFFSET = 1;
const DELIVERED_OFFSET = 5;
/** An execution lasts at most 6 minutes (platform.md: Runtime): a marker older is stale. */
const EXECUTION_MS = 6 * 60_000;

/**
 * The sweep delivers after releasing the script lock and writes delivery states by row number, so
 * no rows may be deleted meanwhile. Set under the lock before delivering; cleared after.
 */
export function markOutboxDelivering(now: Date): void {
  setScriptProperty(
    PROPERTY.outboxDeliveringUntil,
    String(now.getTime() + EXECUTION_MS)
  );
}

export function endOutboxDelivering(): void {
  deleteScriptProperty(PROPERTY.outboxDeliveringUntil);
}

export interface PruneReport {
  readonly deleted: number;
  readonly payloadsDropped: number;
  /** True when a delivery was under way and nothing was touched. */
  readonly deferred: boolean;
}

/**
 * Under the script lock: of the final rows (above the first open one, which the sweep never reads
 * again), deletes those delivered before `cutoff` and blanks the payload of the other delivered
 * ones, then moves the first-open-row mark up by the rows deleted. One read, one delete per run of
 * rows, one write per run of payloads.
 */
export function pruneOutbox(
  ss: Spreadsheet,
  cutoff: Date,
  now: Date
): PruneReport {
  const busyUntil = Number(scriptProperty(PROPERTY.outboxDeliveringUntil) ?? 0);
  if (busyUntil > now.getTime())
    return {deleted: 0, payloadsDropped: 0, deferred: true};
  const sheet = requireSheet(ss, TAB.outbox);
  const firstOpen = Math.min(
    Number(scriptProperty(PROPERTY.outboxFrom) ?? 2) || 2,
    sheet.getLastRow() + 1
  );
  if (firstOpen <= 2) return {deleted: 0, payloadsDropped: 0, deferred: false};
  const values = sheet
    .getRange(2, PAYLOAD_COLUMN, firstOpen - 2, DELIVERED_OFFSET + 1)
    .getValues();
  const rows: FinalOutboxRow[] = values.map(v => ({
    status: String(v[STATUS_OFFSET]),
    deliveredMs: isDate(v[DELIVERED_OFFSET])
      ? v[DELIVERED_OFFSET].getTime()
      : undefined,
    hasPayload: v[0] !== '',
  }));
  const plan = outboxPruning(rows, cutoff.getTime());
  for (const [first, count] of plan.dropPayloadRuns)
    sheet
      .getRange(first + 2, PAYLOAD_COLUMN, count, 1)
      .setValues(Array.from({length: count}, () => ['']));
  const deleted = deleteDataRows(sheet, plan.deleteRuns);
  if (deleted > 0)
    setScriptProperty(PROPERTY.outboxFrom, String(firstOpen - deleted));
  const payloadsDropped = plan.dropPayloadRuns.reduce((n, [, c]) => n + c, 0);
  return {deleted, payloadsDropped, deferred: false};
}

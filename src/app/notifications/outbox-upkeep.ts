// Keeps the Outbox compact: the hourly run prunes delivered rows past Config "Outbox Days Kept".
import {Reference} from '../../domain/settings/reference';
import {
  PruneReport,
  pruneOutbox,
} from '../../workspace/ledger/outbox-retention';
import {withScriptLock} from '../../workspace/services/lock';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const DAY_MS = 24 * 60 * 60_000;

/** Under the script lock, as every Outbox writer is; deferred while a sweep is delivering. */
export function keepOutboxCompact(
  ss: Spreadsheet,
  reference: Reference,
  now: Date
): PruneReport {
  const cutoff = new Date(
    now.getTime() - reference.retention.outboxDaysKept * DAY_MS
  );
  return withScriptLock(() => pruneOutbox(ss, cutoff, now));
}

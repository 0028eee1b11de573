// Keeps the Outbox compact: the hourly run prunes delivered rows past Config "Outbox Days Kept".
import {Reference} from '../../domain/settings/reference';
import {pruneOutbox} from '../../workspace/ledger/outbox-retention';
import {withScriptLock} from '../../workspace/services/lock';
import {
  PROPERTY,
  scriptProperty,
  setScriptProperty,
} from '../../workspace/services/properties';
import {ScriptNow} from '../../workspace/services/script-clock';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const DAY_MS = 24 * 60 * 60_000;

/**
 * On the day's first hourly run (pruning reads every final Outbox row: three round trips that an
 * hourly prune would spend for a few hours' difference; a delivered row leaves, and its payload is
 * dropped, at most a day later), under the script lock, as every Outbox writer is; tried again by
 * the next run while a sweep is delivering.
 */
export function keepOutboxCompact(
  ss: Spreadsheet,
  reference: Reference,
  clock: ScriptNow
): void {
  const today = clock.local.date;
  if (scriptProperty(PROPERTY.outboxPrunedDay) === today) return;
  const cutoff = new Date(
    clock.now.getTime() - reference.retention.outboxDaysKept * DAY_MS
  );
  const report = withScriptLock(() => pruneOutbox(ss, cutoff, clock.now));
  if (!report.deferred) setScriptProperty(PROPERTY.outboxPrunedDay, today);
}

// The sweep as reconciler: finishes what a killed execution left undone on each ticket, once.
import {MESSAGE_FIELD, TRACKED_FIELDS} from '../../domain/tickets/tabs';
import {ActivityEntry} from '../../domain/tickets/activity';
import {
  activityKey,
  NOTHING_OWED,
  Owed,
  owedOf,
  owesAnything,
  withOwed,
} from '../../domain/tickets/desk-record';
import {DELIVERY} from '../../domain/notifications/notification';
import {handEscalationReason} from '../../domain/ticket-flow/ticket-edits';
import {STATUS} from '../../domain/tickets/workflow';
import {
  cellText,
  CellValue,
  fingerprint,
  parseTracked,
  trackedForm,
} from '../../domain/tickets/ticket-row';
import {
  activityKeysFrom,
  appendActivity,
} from '../../workspace/ledger/activity-log';
import {LedgerRow, TicketLedger} from '../../workspace/ledger/ticket-ledger';
import {
  PROPERTY,
  scriptProperty,
  setScriptProperty,
} from '../../workspace/services/properties';
import {ScriptNow} from '../../workspace/services/script-clock';
import {SweepOutbox} from '../notifications/notify';
import {SWEEPER} from '../sla/escalate';
import {Snapshot} from '../setup/snapshot';
import {finishUnprocessedEdits} from './unprocessed-edits';
import {landMerges} from '../conversation/merges';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** At most this many unprocessed edits are remembered between sweeps (a property holds 9 KB). */
const MAX_REMEMBERED_EDITS = 40;

/**
 * The sweep writes a status change of its own (escalated, closed) as two runs of cells, Tracked's
 * first: a stop between leaves Tracked saying the new status, owing its Activity line, and the
 * Status cell still at the old one. Lands those, so they are not taken for a person's edit.
 */
function landSweepStatusChanges(ledger: TicketLedger, rows: LedgerRow[]): void {
  rows.forEach((row, i) => {
    const processed = parseTracked(cellText(row.ticket.Tracked));
    const status = cellText(row.ticket.Status).trim();
    const pending = owedOf(row.ticket.Tracked).activity.find(
      entry =>
        entry.field === 'Status' &&
        entry.who === SWEEPER &&
        entry.newValue === processed?.Status &&
        entry.oldValue === status
    );
    if (!pending) return;
    const cells = ledger.cellsOf(
      {...row.ticket, Status: pending.newValue},
      row.cells
    );
    ledger.writeChanges(row, cells);
    rows[i] = {...row, cells, ticket: ledger.ticketOf(cells)};
  });
}

/**
 * A hand escalation writes Tracked (owing its Activity line) and the Escalation Reason in separate
 * runs when other people's columns lie between them, as on the designed layout: a stop between
 * leaves an escalated ticket without its reason. Writes the reason its owed line gives.
 */
function landHandEscalationReasons(
  ledger: TicketLedger,
  rows: LedgerRow[]
): void {
  rows.forEach((row, i) => {
    if (
      cellText(row.ticket.Status).trim() !== STATUS.escalated ||
      cellText(row.ticket['Escalation Reason']).trim() !== ''
    )
      return;
    const escalation = [...owedOf(row.ticket.Tracked).activity]
      .reverse()
      .find(
        entry =>
          entry.field === 'Status' &&
          entry.newValue === STATUS.escalated &&
          entry.who !== SWEEPER
      );
    if (!escalation) return;
    const cells = ledger.cellsOf(
      {
        ...row.ticket,
        'Escalation Reason': handEscalationReason(escalation.who),
      },
      row.cells
    );
    ledger.writeChanges(row, cells);
    rows[i] = {...row, cells, ticket: ledger.ticketOf(cells)};
  });
}

/**
 * What a person left in a row's tracked fields, when it differs from what the desk last processed,
 * or a message to the requester the desk has not sent (sending empties the cell).
 */
export function unprocessedValues(row: LedgerRow): string | undefined {
  const processed = parseTracked(cellText(row.ticket.Tracked));
  if (!processed || cellText(row.ticket['Ticket ID']).trim() === '')
    return undefined;
  // Compared as Tracked remembers them: a long text by its start and fingerprint.
  const current = TRACKED_FIELDS.map(f =>
    trackedForm(cellText(row.ticket[f]).trim())
  );
  const message = cellText(row.ticket[MESSAGE_FIELD]).trim();
  // A fingerprint, so forty remembered rows stay far inside a property's 9 KB (platform.md: Quotas).
  return message !== '' ||
    TRACKED_FIELDS.some((f, i) => current[i] !== processed[f])
    ? fingerprint(JSON.stringify([...current, message]))
    : undefined;
}

/**
 * Rows whose edit no trigger processed, seen so by the last sweep too: an edit trigger queued
 * behind this sweep's lock will still run (and knows who edited), one that died will not.
 */
function editsLeftUndone(rows: readonly LedgerRow[]): LedgerRow[] {
  let seen: Record<string, string> = {};
  try {
    seen = JSON.parse(scriptProperty(PROPERTY.unprocessedEdits) ?? '{}');
  } catch {
    seen = {};
  }
  const now: Record<string, string> = {};
  const due: LedgerRow[] = [];
  for (const row of rows) {
    const values = unprocessedValues(row);
    if (values === undefined) continue;
    const id = cellText(row.ticket['Ticket ID']);
    if (seen[id] === values) due.push(row);
    else if (Object.keys(now).length < MAX_REMEMBERED_EDITS) now[id] = values;
  }
  const text = JSON.stringify(now);
  if (text !== (scriptProperty(PROPERTY.unprocessedEdits) ?? '{}'))
    setScriptProperty(PROPERTY.unprocessedEdits, text);
  return due;
}

export interface Reconciled {
  /** The ledger rows as they stand after reconciling. */
  readonly rows: readonly LedgerRow[];
  /** Every key a ticket owed when the sweep looked: Held Outbox rows under them are to deliver. */
  readonly owedKeys: ReadonlySet<string>;
}

/**
 * Compares what the desk last processed on each ticket (its Tracked cell) with the row, and
 * finishes what a killed execution left undone: edits nobody checked are checked (stamps,
 * Activity, notifications), owed Activity lines missing from the tab are appended, and what is
 * done is dropped from the Tracked cells, in one write. Call under the script lock.
 */
export function reconcile(
  ss: Spreadsheet,
  ledger: TicketLedger,
  read: readonly LedgerRow[],
  context: {snapshot: Snapshot; clock: ScriptNow},
  outbox: SweepOutbox
): Reconciled {
  const rows = landMerges(ledger, read);
  landSweepStatusChanges(ledger, rows);
  landHandEscalationReasons(ledger, rows);
  const undone = editsLeftUndone(rows);
  if (undone.length > 0) {
    const finished = finishUnprocessedEdits(
      ss,
      ledger,
      undone,
      context.snapshot,
      context.clock,
      outbox
    );
    finished.rows.forEach((row, k) => (rows[rows.indexOf(undone[k])] = row));
    appendActivity(ss, finished.activity);
  }
  const owed = rows.map(row => owedOf(row.ticket.Tracked));
  const owedKeys = new Set(owed.flatMap(o => o.notices));
  if (!owed.some(owesAnything)) return {rows, owedKeys};

  const activityOwed = owed.flatMap(o => o.activity);
  let checkedTo: number | undefined;
  if (activityOwed.length > 0) {
    const from = Number(scriptProperty(PROPERTY.activityFrom) ?? 2) || 2;
    const tail = activityKeysFrom(ss, from);
    // Each line on the tab accounts for one owed line with its key, so a sweep stopped after
    // appending does not append again, and two lines owed within one second are both kept.
    const missing: ActivityEntry[] = [];
    for (const entry of activityOwed) {
      const key = activityKey(entry);
      const onTab = tail.keys.get(key) ?? 0;
      if (onTab > 0) tail.keys.set(key, onTab - 1);
      else missing.push(entry);
    }
    appendActivity(ss, missing);
    checkedTo = tail.lastRow + missing.length;
  }

  const settled: Owed[] = owed.map(o =>
    owesAnything(o)
      ? {
          ...NOTHING_OWED,
          notices: o.notices.filter(
            key => outbox.statusOf(key) === DELIVERY.held
          ),
        }
      : o
  );
  const tracked: CellValue[] = rows.map((row, i) =>
    owesAnything(owed[i])
      ? withOwed(row.ticket.Tracked, settled[i])
      : row.ticket.Tracked
  );
  writeTrackedStretches(
    ledger,
    rows,
    tracked,
    rows.map((_, i) => i).filter(i => owesAnything(owed[i]))
  );
  if (checkedTo !== undefined)
    setScriptProperty(PROPERTY.activityFrom, String(checkedTo + 1));
  return {
    rows: rows.map((row, i) =>
      owesAnything(owed[i])
        ? {...row, ticket: {...row.ticket, Tracked: tracked[i]}}
        : row
    ),
    owedKeys,
  };
}

/**
 * The Tracked cells of the rows at `changed` (indexes into `rows`, in order), one write per
 * stretch of rows that sit next to each other on the sheet: the rows read may be scattered (a
 * sweep's live rows), and a write spanning two of them would land on the rows between.
 */
function writeTrackedStretches(
  ledger: TicketLedger,
  rows: readonly LedgerRow[],
  tracked: readonly CellValue[],
  changed: readonly number[]
): void {
  let start = changed[0];
  changed.forEach((i, k) => {
    const next = changed[k + 1];
    if (
      next !== undefined &&
      rows[next].rowNumber - rows[i].rowNumber === next - i
    )
      return;
    ledger.writeColumn(
      'Tracked',
      rows[start].rowNumber,
      tracked.slice(start, i + 1)
    );
    start = next;
  });
}

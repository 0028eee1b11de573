// What the sweep reads of Tickets and the record tab: the live rows by the index, or every row.
import {LiveIndex} from '../../domain/tickets/live-index';
import {cellText} from '../../domain/tickets/ticket-row';
import {intakeBlockOf, LedgerRow} from '../../workspace/ledger/ticket-ledger';
import {
  KnownRecord,
  readTicketRecords,
} from '../../workspace/ledger/ticket-record';
import {ScriptNow} from '../../workspace/services/script-clock';
import {Snapshot} from '../setup/snapshot';
import {
  afterSlice,
  LiveChecks,
  LiveRows,
  readLiveRecords,
  readLiveRows,
  sliceToCheck,
  storedIndex,
} from './live-rows';
import {OpenLedger, openLedger} from './open-ledger';
import {restoreDeletedTickets} from './ticket-records';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface SweepRows {
  readonly rows: readonly LedgerRow[];
  readonly lastRow: number;
  readonly lastId: string;
}

export interface SweepRecords {
  readonly records: readonly KnownRecord[];
  /** Record rows up to here were read or skipped as known; later ones are new. */
  readonly recordsTo: number;
}

/** One sweep's reads, in its order: the ledger at the start, again after pick-ups, its rows, its records. */
export interface SweepDesk {
  readonly opened: OpenLedger;
  reopen(): OpenLedger;
  /** The rows to reconcile; `wrote` says whether the sweep has written rows since it opened the ledger. */
  rowsNow(current: OpenLedger, wrote: boolean): SweepRows;
  recordsNow(rows: readonly LedgerRow[], created: boolean): SweepRecords;
  /** Whether what was read may be indexed for the next sweep (not after a check failed mid-sweep). */
  indexable(): boolean;
  /** Where the next day's slice of rows to check starts. */
  readonly verifyFrom: number;
  /** Whether this sweep checks what no index names (the day's first, or one that read every row). */
  readonly thorough: boolean;
}

function lastRecordRow(records: readonly KnownRecord[], from: number): number {
  return records.reduce((last, r) => Math.max(last, r.rowNumber), from);
}

function allRows(current: OpenLedger): SweepRows {
  const {ledger, block} = current;
  const rows = block.lastRow < 2 ? [] : ledger.readRows(2, block.lastRow - 1);
  const last = rows[rows.length - 1];
  return {
    rows,
    lastRow: block.lastRow,
    lastId: last ? cellText(last.ticket['Ticket ID']).trim() : '',
  };
}

function allRecords(ss: Spreadsheet): SweepRecords {
  const records = readTicketRecords(ss);
  return {records, recordsTo: lastRecordRow(records, 1)};
}

/** Every row and every record, as the first sweep of a day does: deleted rows come back here. */
function wholeDesk(
  ss: Spreadsheet,
  settings: Snapshot,
  clock: ScriptNow,
  verifyFrom: number
): SweepDesk {
  const first = openLedger(ss, settings);
  // Restored before responses are picked up, so a deleted ticket's response is known again.
  const {records, restored} = restoreDeletedTickets(ss, first, clock);
  const opened = restored > 0 ? openLedger(ss, first.snapshot) : first;
  return {
    opened,
    reopen: () => openLedger(ss, opened.snapshot),
    rowsNow: current => allRows(current),
    recordsNow: (_rows, created) =>
      created
        ? allRecords(ss)
        : {records, recordsTo: lastRecordRow(records, 1)},
    indexable: () => true,
    verifyFrom,
    thorough: true,
  };
}

/**
 * The rows the index names and the rows after them, read again after pick-ups and assignment; a
 * check failing mid-sweep (someone sorted just now) falls back to every row, and no index is kept.
 */
function liveDesk(
  ss: Spreadsheet,
  settings: Snapshot,
  index: LiveIndex,
  first: {rows: LiveRows; records: readonly KnownRecord[]},
  checks: LiveChecks & {readonly today: string}
): SweepDesk {
  let checked = true;
  const opened = (live: LiveRows): OpenLedger => ({
    ledger: live.ledger,
    block: intakeBlockOf(live.rows, live.lastRow),
    snapshot: settings,
  });
  const again = () => {
    const live =
      checked &&
      readLiveRows(ss, settings, index, {headers: false, nowMs: checks.nowMs});
    if (!live) checked = false;
    return live || undefined;
  };
  const recordsOf = (records: readonly KnownRecord[]) => ({
    records,
    recordsTo: lastRecordRow(records, index.recordsTo),
  });
  return {
    opened: opened(first.rows),
    reopen: () => {
      const live = again();
      return live ? opened(live) : openLedger(ss, settings);
    },
    // The rows as first read: the lock keeps the desk's other executions from writing them since,
    // and a person's edit made meanwhile is seen by the next sweep, as any made after a read is.
    rowsNow: (current, wrote) =>
      wrote ? (again() ?? allRows(current)) : first.rows,
    recordsNow: (rows, created) => {
      if (!created) return recordsOf(first.records);
      const records = checked && readLiveRecords(ss, index, {rows, grew: true});
      if (records) return recordsOf(records);
      checked = false;
      return allRecords(ss);
    },
    indexable: () => checked,
    verifyFrom: checks.slice ? afterSlice(checks.slice) : index.verifyFrom,
    thorough: index.day !== checks.today,
  };
}

/**
 * The live rows when the index passes its checks (on the day's first sweep, a slice of the other
 * rows too), else every row (and deleted ones restored).
 */
export function sweepDesk(
  ss: Spreadsheet,
  settings: Snapshot,
  clock: ScriptNow
): SweepDesk {
  const index = storedIndex();
  if (!index) return wholeDesk(ss, settings, clock, 2);
  const checks: LiveChecks = {
    headers: true,
    slice: sliceToCheck(index, clock.local.date),
    nowMs: clock.now.getTime(),
  };
  const rows = readLiveRows(ss, settings, index, checks);
  const records = rows && readLiveRecords(ss, index, rows);
  return rows && records
    ? liveDesk(
        ss,
        settings,
        index,
        {rows, records},
        {
          ...checks,
          today: clock.local.date,
        }
      )
    : wholeDesk(ss, settings, clock, index.verifyFrom);
}

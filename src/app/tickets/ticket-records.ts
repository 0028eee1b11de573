// The sweep's side of the desk's record: deleted ticket rows come back, and records follow edits.
import {ActivityEntry} from '../../domain/tickets/activity';
import {decodeRecord, encodeRecord} from '../../domain/tickets/ticket-record';
import {TicketRow} from '../../domain/tickets/ticket-row';
import {appendActivity} from '../../workspace/ledger/activity-log';
import {LedgerRow} from '../../workspace/ledger/ticket-ledger';
import {
  appendTicketRecords,
  KnownRecord,
  lastTicketRecordRow,
  readTicketRecords,
  rewriteTicketRecords,
  StoredRecord,
} from '../../workspace/ledger/ticket-record';
import {ScriptNow} from '../../workspace/services/script-clock';
import {OpenLedger} from './open-ledger';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const RESTORED = 'Row deleted and restored from the desk’s record';

/**
 * Tickets whose row is gone from Tickets are appended again as the desk last recorded them,
 * each with a "deleted and restored" line in Activity. Nothing is sent: the row keeps its ID,
 * its response key and its SLA steps, so nothing looks new. Returns the records read.
 */
export function restoreDeletedTickets(
  ss: Spreadsheet,
  {ledger, block}: OpenLedger,
  clock: ScriptNow
): {records: StoredRecord[]; restored: number} {
  const records = readTicketRecords(ss);
  const present = new Set(block.entries.map(entry => entry.id));
  const missing = new Map<string, TicketRow>();
  for (const record of records) {
    if (present.has(record.id)) continue;
    const row = decodeRecord(record.text);
    if (row) missing.set(record.id, row);
  }
  if (missing.size === 0) return {records, restored: 0};
  ledger.appendTickets([...missing.values()]);
  appendActivity(
    ss,
    [...missing.keys()].map((id): ActivityEntry => ({
      when: clock.now,
      ticketId: id,
      field: 'Ticket',
      oldValue: '',
      newValue: RESTORED,
      who: 'Peer Desk sweep',
    }))
  );
  return {records, restored: missing.size};
}

/**
 * Brings the record up to date with the rows just read: changed ones (and those whose text is not
 * known) rewritten, new ones added. Returns the records added, with their rows.
 */
export function syncTicketRecords(
  ss: Spreadsheet,
  rows: readonly LedgerRow[],
  records: readonly KnownRecord[]
): StoredRecord[] {
  const byId = new Map<string, KnownRecord>(
    records.map(record => [record.id, record])
  );
  const changed = new Map<number, string>();
  const added: {id: string; text: string}[] = [];
  for (const row of rows) {
    const id = String(row.ticket['Ticket ID']).trim();
    if (id === '') continue;
    const text = encodeRecord(row.ticket);
    const record = byId.get(id);
    if (!record) {
      added.push({id, text});
      byId.set(id, {rowNumber: -1, id, text});
    } else if (record.rowNumber > 0 && record.text !== text)
      changed.set(record.rowNumber, text);
  }
  rewriteTicketRecords(ss, records, changed);
  if (added.length === 0) return [];
  appendTicketRecords(ss, added);
  const last = lastTicketRecordRow(ss);
  return added.map((r, i) => ({...r, rowNumber: last - added.length + 1 + i}));
}

/** A new ticket's first record, written with its row. */
export function recordNewTickets(
  ss: Spreadsheet,
  tickets: readonly TicketRow[]
): void {
  appendTicketRecords(
    ss,
    tickets.map(ticket => ({
      id: String(ticket['Ticket ID']),
      text: encodeRecord(ticket),
    }))
  );
}

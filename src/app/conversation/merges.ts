// The sweep's merge step: each ticket whose Merge Into names an open ticket joins it (or is refused with a note).
import {
  MERGE_WHO,
  mergeTarget,
  planMerge,
} from '../../domain/conversation/merge';
import {owedOf} from '../../domain/tickets/desk-record';
import {MERGE_FIELD} from '../../domain/tickets/tabs';
import {
  cellText,
  parseTracked,
  TicketRow,
} from '../../domain/tickets/ticket-row';
import {STATUS} from '../../domain/tickets/workflow';
import {LedgerRow, TicketLedger} from '../../workspace/ledger/ticket-ledger';

/**
 * Merges the rows read whose Merge Into is filled, in row order, into the open ticket each names
 * (an open ticket is always among the rows the sweep reads). The survivor is written first, then
 * the duplicate with its cell emptied: a sweep stopped between the two finds the survivor holding
 * the duplicate already and only finishes the duplicate, so nothing is joined twice or lost. The
 * Activity lines are owed in each row's Tracked cell. Returns the rows as they now stand.
 */
export function mergeDuplicates(
  ledger: TicketLedger,
  read: readonly LedgerRow[],
  now: Date
): LedgerRow[] {
  const rows = [...read];
  const write = (index: number, ticket: TicketRow) => {
    const row = rows[index];
    const cells = ledger.cellsOf(ticket, row.cells);
    ledger.writeChanges(row, cells);
    rows[index] = {...row, cells, ticket};
  };
  rows.forEach((row, index) => {
    const typed = cellText(row.ticket[MERGE_FIELD]).trim();
    if (typed === '' || cellText(row.ticket['Ticket ID']).trim() === '') return;
    const target = mergeTarget(typed);
    const survivorIndex = rows.findIndex(
      r => cellText(r.ticket['Ticket ID']).trim() === target
    );
    const plan = planMerge(
      rows[index].ticket,
      survivorIndex < 0 ? undefined : rows[survivorIndex].ticket,
      now
    );
    if (plan.kind === 'refused') {
      ledger.setNote(row.rowNumber, MERGE_FIELD, plan.note);
      write(index, {...rows[index].ticket, [MERGE_FIELD]: ''});
      return;
    }
    if (plan.survivor) write(survivorIndex, plan.survivor);
    write(index, plan.duplicate);
  });
  return rows;
}

/**
 * A duplicate's merge is written as several runs of cells, Tracked's first (people's columns lie
 * between): a stop between leaves Tracked saying Merged, owing its lines, and the other cells as
 * they were. Lands those before the sweep looks for people's edits, so the half-written row is
 * neither taken for a person's edit nor merged again. Returns the rows as they now stand.
 */
export function landMerges(
  ledger: TicketLedger,
  read: readonly LedgerRow[]
): LedgerRow[] {
  return read.map(row => {
    const owed = owedOf(row.ticket.Tracked).activity.filter(
      entry => entry.who === MERGE_WHO
    );
    const merged = owed.find(
      entry => entry.field === 'Status' && entry.newValue === STATUS.merged
    );
    const into = owed.find(entry => entry.field === 'Duplicate Of');
    const processed = parseTracked(cellText(row.ticket.Tracked));
    if (!merged || !into || processed?.Status !== STATUS.merged) return row;
    const ticket: TicketRow = {
      ...row.ticket,
      Status: STATUS.merged,
      Resolution: processed.Resolution,
      'Duplicate Of': into.newValue,
      [MERGE_FIELD]: '',
    };
    const cells = ledger.cellsOf(ticket, row.cells);
    ledger.writeChanges(row, cells);
    return {...row, cells, ticket};
  });
}

// Menu item "Show the selected ticket's conversation": the techs' view of a ticket's thread, in a sidebar.
import {parseThread} from '../../domain/conversation/thread';
import {threadSidebar} from '../../domain/conversation/thread-view';
import {TAB} from '../../domain/setup/workbook';
import {cellText} from '../../domain/tickets/ticket-row';
import {TicketLedger} from '../../workspace/ledger/ticket-ledger';
import {selectedRow} from '../../workspace/sheets/selection';
import {
  requireSheet,
  activeSpreadsheet,
} from '../../workspace/sheets/spreadsheet';
import {alert, showSidebar} from '../../workspace/sheets/ui';
import {pageLook} from '../pages/page-output';
import {loadSnapshot} from '../setup/snapshot';

const TITLE = 'Conversation';

/**
 * Reads the selected Tickets row once and shows its Thread cell oldest first. A sidebar rather
 * than a web page: it runs as the tech, inside the sheet they already may read, so no link to the
 * requester's words can travel further; on a phone the Requester Reply column and Activity hold it.
 */
export function showTicketThread(): void {
  const ss = activeSpreadsheet();
  const selected = selectedRow(TAB.tickets);
  const [row] =
    selected === undefined
      ? []
      : new TicketLedger(
          requireSheet(ss, TAB.tickets),
          loadSnapshot(ss).ticketHeaders
        ).readRows(selected, 1);
  const ticketId = row ? cellText(row.ticket['Ticket ID']).trim() : '';
  if (!row || ticketId === '') {
    alert(TITLE, 'Select a ticket’s row on the Tickets tab first.');
    return;
  }
  const thread = parseThread(cellText(row.ticket.Thread));
  const page = threadSidebar(pageLook('en'), {
    ticketId,
    summary: cellText(row.ticket.Summary),
    entries: thread.entries,
    earlier: thread.earlier,
  });
  showSidebar(page.html, page.title);
}

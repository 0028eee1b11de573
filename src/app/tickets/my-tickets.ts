// "Show my tickets", "Show open tickets" and "Show all tickets": the Tickets tab filtered to the tech who clicked or to the open tickets, and back.
import {TAB} from '../../domain/setup/workbook';
import {findTech} from '../../domain/people/techs';
import {STATUS} from '../../domain/tickets/workflow';
import {
  hideRowsReading,
  showAllRows,
  showOnlyRowsReading,
} from '../../workspace/sheets/filters';
import {requireSheet} from '../../workspace/sheets/spreadsheet';
import {columnsOf} from '../../workspace/sheets/table';
import {alert, toast} from '../../workspace/sheets/ui';
import {loadSnapshot, referenceOf} from '../setup/snapshot';

const TITLE = 'My tickets';

/**
 * Menu item: shows only the tickets whose Assignee is the tech who clicked, by their name on Techs.
 * Google may withhold who clicked (platform.md: Who a script runs as, and who it sees): then it
 * says so and filters nothing, rather than guess.
 */
export function showMyTickets(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const me = Session.getActiveUser().getEmail().trim();
  if (me === '') {
    alert(
      TITLE,
      "Google did not tell Peer Desk who you are (it keeps the address of an account outside the school's domain private), so it cannot pick out your tickets. Filter the Assignee column by your name instead: Data › Create a filter."
    );
    return;
  }
  const snapshot = loadSnapshot(ss);
  const tech = findTech(referenceOf(snapshot).techs, me);
  if (!tech) {
    alert(
      TITLE,
      `${me} is not on the Techs tab, so no tickets are assigned to you. Ask the coordinator to add you.`
    );
    return;
  }
  const sheet = requireSheet(ss, TAB.tickets);
  const column = columnsOf(snapshot.ticketHeaders).get('Assignee') as number;
  showOnlyRowsReading(sheet, column, tech.name);
  sheet.activate();
  toast(
    ss,
    `Showing the tickets assigned to ${tech.name}. Everyone with the sheet open sees this filter too: Peer Desk › Show all tickets brings every ticket back.`,
    TITLE
  );
}

/**
 * Menu item: hides the resolved and closed tickets, keeping any Assignee filter ("Show my tickets"
 * then "Show open tickets" shows a tech's open tickets).
 */
export function showOpenTickets(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = requireSheet(ss, TAB.tickets);
  const headers = loadSnapshot(ss).ticketHeaders;
  const column = columnsOf(headers).get('Status') as number;
  hideRowsReading(sheet, column, [STATUS.resolved, STATUS.closed]);
  sheet.activate();
  toast(
    ss,
    'Showing the open tickets. Everyone with the sheet open sees this filter too: Peer Desk › Show all tickets brings every ticket back.',
    TITLE
  );
}

/** Menu item: removes the Tickets tab's filter, so every ticket shows. */
export function showAllTickets(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = requireSheet(ss, TAB.tickets);
  const removed = showAllRows(sheet);
  sheet.activate();
  toast(
    ss,
    removed
      ? 'Showing every ticket.'
      : 'Every ticket is already showing: the Tickets tab has no filter.',
    TITLE
  );
}

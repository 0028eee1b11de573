import {Workspace} from '../../../sandbox/workspace/workspace';
import {
  allCompleted,
  cellOf,
  completed,
  deskWithTwoTickets,
  reportProjectorDown,
  TEACHER,
} from '../../support/peer-desk';

const LIAM = 'liam.obrien@students.example.org';

/** The Ticket IDs a person looking at the Tickets tab sees (rows a filter hides left out). */
function visibleTickets(ws: Workspace): string[] {
  const sheet = ws.sheet('Tickets');
  return ws
    .values('Tickets')
    .slice(1)
    .flatMap((row, i) =>
      row[0] !== '' && !sheet.isRowHiddenByFilter(i + 2) ? [String(row[0])] : []
    );
}

describe('a tech’s own tickets, one click away', () => {
  it('shows only the tickets assigned to the tech who clicked, tickets added later included, until all are shown again', () => {
    const ws = deskWithTwoTickets();
    expect(visibleTickets(ws)).toEqual(['T-000001', 'T-000002']);
    allCompleted(ws.open({as: LIAM}));
    completed(ws.clickMenu('Peer Desk', 'Show my tickets', {as: LIAM}));
    expect(visibleTickets(ws)).toEqual(['T-000001']);
    expect(ws.spreadsheet.toasts.at(-1)?.message).toContain(
      "Showing the tickets assigned to Liam O'Brien."
    );
    // A new projector ticket goes to Liam too, and shows under the same filter.
    reportProjectorDown(ws, '2026-11-23 09:20');
    expect(visibleTickets(ws)).toEqual(['T-000001', 'T-000003']);

    completed(ws.clickMenu('Peer Desk', 'Show all tickets', {as: LIAM}));
    expect(visibleTickets(ws)).toEqual(['T-000001', 'T-000002', 'T-000003']);
    expect(ws.spreadsheet.toasts.at(-1)?.message).toBe('Showing every ticket.');
  });

  it('hides resolved and closed tickets in one click, and keeps a tech’s own filter with it', () => {
    const ws = deskWithTwoTickets();
    allCompleted(ws.open({as: LIAM}));
    allCompleted(
      ws.edit('Tickets', cellOf(ws, 'T-000002', 'Resolution'), 'New charger', {
        as: LIAM,
      })
    );
    allCompleted(
      ws.edit('Tickets', cellOf(ws, 'T-000002', 'Status'), 'Resolved', {
        as: LIAM,
      })
    );
    expect(
      ws
        .sheet('Tickets')
        .getRange(cellOf(ws, 'T-000002', 'Status'))
        .getValue()
    ).toBe('Resolved');
    completed(ws.clickMenu('Peer Desk', 'Show open tickets', {as: LIAM}));
    expect(visibleTickets(ws)).toEqual(['T-000001']);
    expect(ws.spreadsheet.toasts.at(-1)?.message).toContain(
      'Showing the open tickets.'
    );
    reportProjectorDown(ws, '2026-11-23 09:20');
    completed(ws.clickMenu('Peer Desk', 'Show my tickets', {as: LIAM}));
    expect(visibleTickets(ws)).toEqual(['T-000001', 'T-000003']);
    completed(ws.clickMenu('Peer Desk', 'Show all tickets', {as: LIAM}));
    expect(visibleTickets(ws)).toEqual(['T-000001', 'T-000002', 'T-000003']);
  });

  it('tells someone who is not a tech that no tickets are theirs', () => {
    const ws = deskWithTwoTickets();
    allCompleted(ws.open({as: TEACHER}));
    completed(ws.clickMenu('Peer Desk', 'Show my tickets', {as: TEACHER}));
    expect(ws.services.spreadsheets.ui.alerts.at(-1)?.prompt).toBe(
      `${TEACHER} is not on the Techs tab, so no tickets are assigned to you. Ask the coordinator to add you.`
    );
    expect(ws.sheet('Tickets').getFilter()).toBeNull();
  });
});

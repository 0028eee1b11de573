import {Workspace} from '../../../sandbox/workspace/workspace';
import {
  allCompleted,
  chicago,
  completed,
  exampleDesk,
  PROJECTOR_DOWN,
  reportProjectorDown,
  TEACHER,
} from '../../support/peer-desk';

const LIAM = 'liam.obrien@students.example.org';

/** T-000001 (projector) for Liam and T-000002 (Chromebook) for Ava, on an A day, period 2. */
function deskWithTickets(): Workspace {
  const ws = exampleDesk();
  reportProjectorDown(ws);
  allCompleted(
    ws.submitForm(
      {
        ...PROJECTOR_DOWN,
        Room: '118',
        Category: 'Chromebook',
        'Short summary': 'Chromebook will not charge',
      },
      {as: 'm.lopez@school.example', at: chicago('2026-11-23 09:12')}
    )
  );
  return ws;
}

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
    const ws = deskWithTickets();
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

  it('tells someone who is not a tech that no tickets are theirs', () => {
    const ws = deskWithTickets();
    allCompleted(ws.open({as: TEACHER}));
    completed(ws.clickMenu('Peer Desk', 'Show my tickets', {as: TEACHER}));
    expect(ws.services.spreadsheets.ui.alerts.at(-1)?.prompt).toBe(
      `${TEACHER} is not on the Techs tab, so no tickets are assigned to you. Ask the coordinator to add you.`
    );
    expect(ws.sheet('Tickets').getFilter()).toBeNull();
  });
});

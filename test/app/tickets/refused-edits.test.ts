import {
  activity,
  allCompleted,
  cellOf,
  exampleDesk,
  reportProjectorDown,
  ticket,
} from '../../support/peer-desk';

const LIAM = 'liam.obrien@students.example.org';

describe('an edit the desk refuses, or one that changes nothing, writes no Activity line', () => {
  it('puts refused values back with a note, and logs only what changed', () => {
    const ws = exampleDesk();
    reportProjectorDown(ws);
    ws.advance(5 * 60_000);
    const lines = activity(ws).length;
    const edits: [string, string][] = [
      ['Status', 'Resolved'],
      ['Assignee', 'Nobody Here'],
      ['Priority', 'P9'],
      ['Status', 'Closed'],
      ['Ticket ID', 'T-000099'],
      // Liam is the assignee already, typed by his email: the same tech.
      ['Assignee', LIAM],
    ];
    for (const [field, value] of edits) {
      allCompleted(
        ws.edit('Tickets', cellOf(ws, 'T-000001', field), value, {as: LIAM})
      );
      ws.advance(5 * 60_000);
    }
    expect(activity(ws).slice(lines)).toEqual([]);
    expect(ticket(ws, 'T-000001')).toMatchObject({
      'Ticket ID': 'T-000001',
      Status: 'Assigned',
      Assignee: "Liam O'Brien",
      Priority: 'P1',
    });
  });
});

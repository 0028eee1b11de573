import {
  allCompleted,
  chicago,
  exampleDesk,
  reportProjectorDown,
  TEACHER,
  tickets,
} from '../../support/peer-desk';

const AVA = 'ava.chen@students.example.org';

function cellOf(ws: ReturnType<typeof exampleDesk>, field: string): string {
  const column = ws.values('Tickets')[0].indexOf(field) + 1;
  return ws.sheet('Tickets').getRange(2, column).getA1Notation();
}

describe("a person's edit of a column only the desk writes is put back", () => {
  const typed: [string, string][] = [
    ['Ticket ID', 'T-000099'],
    ['Created', '2026-01-01'],
    ['Resolved At', '2026-11-23 10:00'],
    ['Rating', '5'],
    ['Response Key', 'my-key'],
    ['Tracked', '{}'],
    ['SLA Steps', 'remind,breach'],
  ];

  it.each(typed)(
    '%s, with a note naming it and where to write instead',
    (field, value) => {
      const ws = exampleDesk();
      reportProjectorDown(ws);
      ws.advanceTo(chicago('2026-11-23 09:20'));
      const before = tickets(ws)[0][field];
      const a1 = cellOf(ws, field);
      allCompleted(ws.edit('Tickets', a1, value, {as: AVA}));
      expect(tickets(ws)[0][field]).toEqual(before);
      expect(ws.sheet('Tickets').hostCell(a1).note).toContain(
        `${field} is written by Peer Desk.`
      );
    }
  );

  it('a changed Response Key makes no second ticket and no second confirmation', () => {
    const ws = exampleDesk();
    reportProjectorDown(ws);
    allCompleted(
      ws.edit('Tickets', cellOf(ws, 'Response Key'), 'x', {as: AVA})
    );
    ws.advanceTo(chicago('2026-11-23 09:40'));
    expect(tickets(ws)).toHaveLength(1);
    expect(ws.outbox.filter(m => m.to.includes(TEACHER))).toHaveLength(1);
  });

  it('a paste over Rating and Rating Comment is put back from the desk’s record', () => {
    const ws = exampleDesk();
    reportProjectorDown(ws);
    ws.advanceTo(chicago('2026-11-23 09:20'));
    allCompleted(
      ws.edit('Tickets', cellOf(ws, 'Rating'), [['5', 'Great']], {as: AVA})
    );
    expect(tickets(ws)[0]).toMatchObject({Rating: '', 'Rating Comment': ''});
    expect(ws.sheet('Tickets').hostCell(cellOf(ws, 'Rating')).note).toContain(
      'Only the requester rates'
    );
  });
});

import {
  activity,
  allCompleted,
  chicago,
  exampleDesk,
  PROJECTOR_DOWN,
  reportProjectorDown,
  tickets,
} from '../../support/peer-desk';

const LIAM = 'liam.obrien@students.example.org';
const RESTORED =
  'Ticket:  → Row deleted and restored from the desk’s record (Peer Desk sweep)';

function rowOf(ws: ReturnType<typeof exampleDesk>, id: string): number {
  return tickets(ws).findIndex(t => t['Ticket ID'] === id) + 2;
}

describe('a deleted ticket row', () => {
  it('is restored by the sweep as the desk last saw it, logged, and nothing is sent again', () => {
    const ws = exampleDesk();
    reportProjectorDown(ws);
    allCompleted(
      ws.submitForm(
        {...PROJECTOR_DOWN, Room: '300', Category: 'Chromebook'},
        {as: 'b@school.example', at: chicago('2026-11-23 09:12')}
      )
    );
    allCompleted(ws.edit('Tickets', 'B2', 'In Progress', {as: LIAM}));
    ws.advanceTo(chicago('2026-11-23 09:20'));
    const before = tickets(ws)[0];
    const aboutIt = () =>
      ws.outbox.filter(m => m.subject.startsWith('[T-000001]')).length;
    const sent = aboutIt();

    // A person deletes the row (no trigger fires for a deleted row).
    ws.sheet('Tickets').deleteRow(rowOf(ws, 'T-000001'));
    expect(tickets(ws).map(t => t['Ticket ID'])).toEqual(['T-000002']);
    ws.advanceTo(chicago('2026-11-23 09:40'));

    expect(tickets(ws).map(t => t['Ticket ID'])).toEqual([
      'T-000002',
      'T-000001',
    ]);
    expect(tickets(ws)[1]).toMatchObject({
      Status: 'In Progress',
      Assignee: "Liam O'Brien",
      Summary: before.Summary,
      'Response Key': before['Response Key'],
      'First Response': before['First Response'],
      Created: before.Created,
    });
    expect(activity(ws).filter(line => line.includes('restored'))).toEqual([
      `T-000001 ${RESTORED}`,
    ]);
    expect(aboutIt()).toBe(sent);
  });

  it('keeps its ID: deleting the last row never lets the next ticket reuse it', () => {
    const ws = exampleDesk();
    reportProjectorDown(ws);
    allCompleted(
      ws.submitForm(
        {...PROJECTOR_DOWN, Room: '300'},
        {as: 'b@school.example', at: chicago('2026-11-23 09:11')}
      )
    );
    ws.sheet('Tickets').deleteRow(rowOf(ws, 'T-000002'));
    allCompleted(
      ws.submitForm(
        {...PROJECTOR_DOWN, Room: '301'},
        {as: 'c@school.example', at: chicago('2026-11-23 09:12')}
      )
    );
    ws.advanceTo(chicago('2026-11-23 09:30'));
    expect(tickets(ws).map(t => [t['Ticket ID'], t.Room])).toEqual([
      ['T-000001', '214'],
      ['T-000003', '301'],
      ['T-000002', '300'],
    ]);
    expect(
      ws.outbox.filter(m => m.to.includes('b@school.example'))
    ).toHaveLength(1);
  });
});

import {Workspace} from '../../../sandbox/workspace/workspace';
import {
  activity,
  allCompleted,
  chicago,
  exampleDesk,
  reportProjectorDown,
  TEACHER,
  tickets,
} from '../../support/peer-desk';

const LIAM = 'liam.obrien@students.example.org';
const FIVE_MINUTES = 5 * 60_000;

function column(ws: Workspace, field: string): number {
  return ws.values('Tickets')[0].indexOf(field) + 1;
}

/** T-000001, the projector at North 214, assigned to Liam at 09:10; sweeps every 5 minutes from 09:00. */
function deskWithTicket(): Workspace {
  const ws = exampleDesk(chicago('2026-11-23 09:00'));
  reportProjectorDown(ws, '2026-11-23 09:10');
  return ws;
}

describe('the sweep finishes what a stopped execution left undone', () => {
  it('checks an edit whose trigger died at once, at the second sweep that sees it, credited to the assignee', () => {
    const ws = deskWithTicket();
    const resolution = ws
      .sheet('Tickets')
      .getRange(2, column(ws, 'Resolution'))
      .getA1Notation();
    allCompleted(
      ws.edit('Tickets', resolution, 'Reseated the cable', {as: LIAM})
    );
    ws.faults.killAtCall(1);
    const [killed] = ws.edit('Tickets', 'B2', 'Resolved', {as: LIAM});
    expect(killed.outcome).toBe('killed');
    allCompleted(ws.advance(FIVE_MINUTES));
    // A trigger queued behind that sweep would still run: the first sweep only takes note.
    expect(tickets(ws)[0]).toMatchObject({
      Status: 'Resolved',
      'Resolved At': '',
    });
    allCompleted(ws.advance(FIVE_MINUTES));
    expect(tickets(ws)[0]).toMatchObject({
      Status: 'Resolved',
      'Resolved By': LIAM,
    });
    expect(tickets(ws)[0]['Resolved At']).toBeInstanceOf(Date);
    expect(activity(ws)).toContain(
      `T-000001 Status: Assigned → Resolved (${LIAM})`
    );
    allCompleted(ws.advance(3 * FIVE_MINUTES));
    expect(
      ws.outbox.filter(
        m => m.to.includes(TEACHER) && m.subject.includes('Resolved:')
      )
    ).toHaveLength(1);
    expect(String(tickets(ws)[0].Tracked)).not.toContain('owed');
  });

  it('lands its own status change when stopped between writing Tracked and the Status cell', () => {
    const ws = deskWithTicket();
    // What a sweep stopped after its first write of an escalation leaves behind.
    const tracked = JSON.parse(String(tickets(ws)[0].Tracked)) as object;
    ws.sheet('Tickets')
      .getRange(2, column(ws, 'Tracked'))
      .setValue(
        JSON.stringify({
          ...tracked,
          Status: 'Escalated',
          owed: {
            notices: [],
            activity: [
              [
                ws.now().getTime(),
                'T-000001',
                'Status',
                'Assigned',
                'Escalated',
                'Peer Desk sweep',
              ],
            ],
          },
        })
      );
    allCompleted(ws.advance(3 * FIVE_MINUTES));
    expect(tickets(ws)[0].Status).toBe('Escalated');
    expect(ws.sheet('Tickets').hostCell('B2').note ?? '').toBe('');
    expect(
      activity(ws).filter(line => line.startsWith('T-000001 Status:'))
    ).toEqual(['T-000001 Status: Assigned → Escalated (Peer Desk sweep)']);
    expect(String(tickets(ws)[0].Tracked)).not.toContain('owed');
  });
});

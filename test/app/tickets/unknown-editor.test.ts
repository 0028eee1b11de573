import {Workspace} from '../../../sandbox/workspace/workspace';
import {
  activityAfterSweep,
  allCompleted,
  chicago,
  exampleDesk,
  reportProjectorDown,
  ticket,
  ticketCell,
} from '../../support/peer-desk';

// The student techs sign in on students.example.org, a Workspace account of their own: Google
// withholds their address from the owner's triggers (platform.md, Who a script runs as).
const SCHOOL_ONLY = ['school.example', 'example.org'];
const LIAM = 'liam.obrien@students.example.org';
const CARTER = 'r.carter@example.org';

function deskWithStudentsOutside(
  options: {hideIdentities?: boolean} = {}
): Workspace {
  const ws = exampleDesk(chicago('2026-11-23 07:30'), {
    domains: SCHOOL_ONLY,
    ...options,
  });
  reportProjectorDown(ws);
  return ws;
}

describe('edits by an editor Google does not name', () => {
  it('are recorded in Activity as "unknown editor", never as a guess', () => {
    const ws = deskWithStudentsOutside();
    allCompleted(ws.edit('Tickets', 'B2', 'In Progress', {as: LIAM}));
    expect(activityAfterSweep(ws).at(-1)).toBe(
      'T-000001 Status: Assigned → In Progress (unknown editor)'
    );
  });

  it('credit a resolution to the assignee, marked as such', () => {
    const ws = deskWithStudentsOutside();
    // The tab names the tech; the credit goes to the tech's address, as when Google names the editor.
    expect(ticket(ws, 'T-000001').Assignee).toBe("Liam O'Brien");
    const assignee = LIAM;
    allCompleted(
      ws.edit(
        'Tickets',
        ticketCell(ws, 'Resolution'),
        'Replaced the HDMI cable',
        {
          as: LIAM,
        }
      )
    );
    allCompleted(ws.edit('Tickets', 'B2', 'Resolved', {as: LIAM}));
    expect(ticket(ws, 'T-000001')).toMatchObject({
      Status: 'Resolved',
      'Resolved By': assignee,
      'Resolver Role': 'Student',
    });
    expect(activityAfterSweep(ws).slice(-2)).toEqual([
      'T-000001 Status: Assigned → Resolved (unknown editor)',
      `T-000001 Resolved By:  → ${assignee} (credited as assignee; editor unknown) (unknown editor)`,
    ]);
  });

  it('leave a walk-up waiting for assignment instead of giving it to someone on duty', () => {
    const ws = deskWithStudentsOutside();
    const mail = ws.outbox.length;
    allCompleted(
      ws.edit(
        'Tickets',
        ticketCell(ws, 'Summary', 3),
        'Walk-up: printer jam in the library',
        {
          as: LIAM,
        }
      )
    );
    expect(ticket(ws, 'T-000002')).toMatchObject({
      Status: 'New',
      Assignee: '',
      'Assignment Note':
        'Waiting: typed in by an unknown editor; put the tech who has it in Assignee.',
    });
    expect(ws.outbox).toHaveLength(mail);
    expect(activityAfterSweep(ws, 'T-000002')[0]).toMatch(
      /\(unknown editor\)$/
    );
  });

  it('name a hand escalation "by unknown editor"', () => {
    const ws = deskWithStudentsOutside();
    allCompleted(ws.edit('Tickets', 'B2', 'Escalated', {as: LIAM}));
    expect(ticket(ws, 'T-000001')['Escalation Reason']).toBe(
      'Escalated by hand by unknown editor.'
    );
  });

  it('include everyone but the owner when the domain hides identities', () => {
    const ws = deskWithStudentsOutside({hideIdentities: true});
    allCompleted(ws.edit('Tickets', 'B2', 'In Progress', {as: CARTER}));
    expect(activityAfterSweep(ws).at(-1)).toBe(
      'T-000001 Status: Assigned → In Progress (unknown editor)'
    );
  });
});

import {
  activityAfterSweep,
  allCompleted,
  chicago,
  editTicket,
  exampleDesk,
  PROJECTOR_DOWN,
  ticket,
} from '../../support/peer-desk';
import {Workspace} from '../../../sandbox/workspace/workspace';

const CARTER = 'r.carter@example.org';
const COORDINATOR = 'coordinator@example.org';
const TEACHER = 'j.nguyen@school.example';

/** A teacher reports a locked-out student: Account or Password, adult-only in the example school. */
function lockedOut(ws: Workspace, overrides: Record<string, string> = {}) {
  allCompleted(
    ws.submitForm(
      {
        ...PROJECTOR_DOWN,
        Category: 'Account or Password',
        'Short summary': 'Student locked out of account',
        Details: 'Asks for a reset',
        ...overrides,
      },
      {as: TEACHER, at: chicago('2026-11-23 09:10')}
    )
  );
  return String(ticket(ws, 'T-000001').Assignee);
}

function assigneeEmail(ws: Workspace, name: string): string {
  const tech = ws.table('Techs').find(t => t['Display Name'] === name);
  return String(tech?.Email);
}

function noteOn(ws: Workspace, id: string, field: string): string {
  const [headers, ...rows] = ws.values('Tickets');
  const row = rows.findIndex(r => r[headers.indexOf('Ticket ID')] === id);
  return ws
    .sheet('Tickets')
    .getRange(row + 2, headers.indexOf(field) + 1)
    .getNote();
}

describe('work that needs an adult', () => {
  it('refuses a student starting or resolving a password reset until staff approve, then says who approved', () => {
    const ws = exampleDesk();
    const student = assigneeEmail(ws, lockedOut(ws));
    expect(student).toMatch(/@students\./);

    editTicket(ws, 'T-000001', 'Status', 'In Progress', student);
    expect(ticket(ws, 'T-000001').Status).toBe('Assigned');
    expect(noteOn(ws, 'T-000001', 'Status')).toMatch(
      /needs an adult first \(Account or Password\): ask Mr\. Carter or Ms\. López/
    );
    editTicket(ws, 'T-000001', 'Resolution', 'Reset it', student);
    editTicket(ws, 'T-000001', 'Status', 'Resolved', student);
    expect(ticket(ws, 'T-000001').Status).toBe('Assigned');

    editTicket(ws, 'T-000001', 'Staff Approval', 'yes', CARTER);
    editTicket(ws, 'T-000001', 'Status', 'Resolved', student);
    expect(ticket(ws, 'T-000001')).toMatchObject({
      Status: 'Resolved',
      'Staff Approval': 'yes',
    });
    expect(activityAfterSweep(ws)).toEqual(
      expect.arrayContaining([
        `T-000001 Staff Approval:  → yes (${CARTER})`,
        `T-000001 Status: Assigned → Resolved (${student})`,
      ])
    );
  });

  it("puts back a student's own approval with a note, and takes the coordinator's", () => {
    const ws = exampleDesk();
    const student = assigneeEmail(ws, lockedOut(ws));
    editTicket(ws, 'T-000001', 'Staff Approval', 'yes', student);
    expect(ticket(ws, 'T-000001')['Staff Approval']).toBe('');
    expect(noteOn(ws, 'T-000001', 'Staff Approval')).toMatch(
      /put the previous value back .*: Only Level 2 staff or the coordinator can approve this ticket\.$/
    );
    editTicket(ws, 'T-000001', 'Staff Approval', 'yes', COORDINATOR);
    expect(ticket(ws, 'T-000001')['Staff Approval']).toBe('yes');
    editTicket(ws, 'T-000001', 'Status', 'In Progress', student);
    expect(ticket(ws, 'T-000001').Status).toBe('In Progress');
  });

  it('refuses an approval Google does not attribute to anyone', () => {
    // An editor outside the domain is not named to the script (platform.md: who a script sees).
    const ws = exampleDesk(undefined, {domains: []});
    lockedOut(ws);
    editTicket(ws, 'T-000001', 'Staff Approval', 'yes', CARTER);
    expect(ticket(ws, 'T-000001')['Staff Approval']).toBe('');
    expect(noteOn(ws, 'T-000001', 'Staff Approval')).toMatch(
      /Google did not say who ticked this/
    );
  });

  it('lets Level 2 staff work it themselves, and leaves other categories alone', () => {
    const ws = exampleDesk();
    lockedOut(ws);
    editTicket(ws, 'T-000001', 'Status', 'In Progress', CARTER);
    expect(ticket(ws, 'T-000001').Status).toBe('In Progress');

    const other = exampleDesk();
    allCompleted(
      other.submitForm(PROJECTOR_DOWN, {
        as: TEACHER,
        at: chicago('2026-11-23 09:10'),
      })
    );
    const liam = assigneeEmail(
      other,
      String(ticket(other, 'T-000001').Assignee)
    );
    editTicket(other, 'T-000001', 'Status', 'In Progress', liam);
    expect(ticket(other, 'T-000001').Status).toBe('In Progress');
  });

  it('needs an adult when the words say so, whatever the category', () => {
    const ws = exampleDesk();
    const student = assigneeEmail(
      ws,
      lockedOut(ws, {
        Category: 'Chromebook',
        'Short summary': 'Chromebook needs a powerwash before it goes back',
      })
    );
    editTicket(ws, 'T-000001', 'Status', 'In Progress', student);
    expect(ticket(ws, 'T-000001').Status).toBe('Assigned');
    expect(noteOn(ws, 'T-000001', 'Status')).toMatch(/\(powerwash\)/);
  });
});

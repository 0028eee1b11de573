import {reviewEditedRow} from '../../../src/domain/ticket-flow/ticket-edits';
import {
  parseTracked,
  TicketRow,
  trackedValuesOf,
} from '../../../src/domain/tickets/ticket-row';
import {exampleReference} from '../../support/example-reference';

const reference = exampleReference();
const now = new Date(Date.UTC(2026, 7, 18, 15, 0));
const ava = 'ava.chen@students.example.org';

function ticket(overrides: Partial<TicketRow> = {}): TicketRow {
  return {
    'Ticket ID': 'T-000012',
    Status: 'Assigned',
    Assignee: ava,
    Created: new Date(Date.UTC(2026, 7, 18, 14, 0)),
    Campus: 'North Campus',
    Room: '214',
    Category: 'Chromebook',
    'Asset Tag': 'CB-1',
    'Response Key': 'k',
    Priority: 'P3',
    Summary: 'Chromebook will not charge',
    Details: '',
    Impact: 'Just me',
    Urgency: 'Within the hour',
    Requester: 'teacher@example.org',
    Language: 'English',
    Period: '2',
    'Duplicate Of': '',
    'Assignment Note': '',
    Resolution: '',
    'Time Spent (min)': '',
    'First Response': '',
    Updated: '',
    'Resolved At': '',
    'Resolved By': '',
    'Resolver Role': '',
    'Closed At': '',
    Tracked: '',
    'Response Due': '',
    'Resolve Due': '',
    'SLA Steps': '',
    'Escalation Reason': '',
    'SLA Pauses': '',
    Rating: '',
    'Rating Comment': '',
    'Requester Reply': '',
    'Message to Requester': '',
    'Email Mark': '',
    Thread: '',
    Merged: '',
    'Merge Into': '',
    Screenshots: '',
    'Mentor Sign-off': '',
    'Staff Approval': '',
    Practice: '',
    ...overrides,
  };
}

const context = {
  reference,
  editorEmail: ava,
  now,
};

describe('reviewing an edited ticket row', () => {
  it('accepts a valid status change, stamps First Response and logs it', () => {
    const before = trackedValuesOf(ticket());
    const result = reviewEditedRow(
      ticket({Status: 'In Progress'}),
      before,
      context
    );
    expect(result.reverts).toEqual([]);
    expect(result.row['First Response']).toBe(now);
    expect(result.row.Updated).toBe(now);
    expect(result.activity).toEqual([
      {
        when: now,
        ticketId: 'T-000012',
        field: 'Status',
        oldValue: 'Assigned',
        newValue: 'In Progress',
        who: ava,
      },
    ]);
    expect(parseTracked(String(result.row.Tracked))?.Status).toBe(
      'In Progress'
    );
    expect(result.messages).toEqual([]);
  });

  it('reverts an invalid change with the reason and logs nothing', () => {
    const before = trackedValuesOf(ticket({Status: 'In Progress'}));
    const result = reviewEditedRow(
      ticket({Status: 'Resolved'}),
      before,
      context
    );
    expect(result.row.Status).toBe('In Progress');
    expect(result.reverts).toEqual([
      {
        field: 'Status',
        note: 'Write what was done in Resolution before marking the ticket Resolved.',
      },
    ]);
    expect(result.activity).toEqual([]);
    expect(result.changed).toBe(true);
  });

  it('resolves with a resolution pasted in the same edit, records the student and emails the requester', () => {
    const before = trackedValuesOf(ticket({Status: 'In Progress'}));
    const result = reviewEditedRow(
      ticket({Status: 'Resolved', Resolution: 'Replaced the charger'}),
      before,
      context
    );
    expect(result.reverts).toEqual([]);
    expect(result.row['Resolved At']).toBe(now);
    expect(result.row['Resolved By']).toBe(ava);
    expect(result.row['Resolver Role']).toBe('Student');
    expect(
      result.activity.map(a => `${a.field}: ${a.oldValue} → ${a.newValue}`)
    ).toEqual([
      'Resolution:  → Replaced the charger',
      'Status: In Progress → Resolved',
    ]);
    expect(result.messages).toHaveLength(1);
    expect(result.messages[0].to).toBe('teacher@example.org');
    expect(result.messages[0].subject).toBe(
      '[T-000012] Resolved: Chromebook will not charge'
    );
    expect(result.messages[0].body).toContain(
      'What was done:\nReplaced the charger'
    );
  });

  it('records staff as the resolver when Level 2 resolves', () => {
    const before = trackedValuesOf(
      ticket({Status: 'Escalated', Resolution: 'New battery'})
    );
    const result = reviewEditedRow(
      ticket({Status: 'Resolved', Resolution: 'New battery'}),
      before,
      {...context, editorEmail: 'r.carter@example.org'}
    );
    expect(result.row['Resolver Role']).toBe('Staff');
  });

  it("emails the tech's question in the requester's language when the desk waits on them, and empties the cell", () => {
    const before = trackedValuesOf(
      ticket({Status: 'In Progress', Language: 'Español'})
    );
    const result = reviewEditedRow(
      ticket({
        Status: 'Waiting on Requester',
        Language: 'Español',
        'Message to Requester': '¿En qué aula está el carrito?',
      }),
      before,
      context
    );
    expect(result.messages.map(m => m.subject)).toEqual([
      '[T-000012] Necesitamos su ayuda: Chromebook will not charge',
    ]);
    expect(result.messages[0].body).toContain(
      'Ava escribe:\n¿En qué aula está el carrito?'
    );
    expect(result.messages[0].replyTo).toBeUndefined();
    expect(result.row['Message to Requester']).toBe('');
    expect(
      result.activity.map(a => [a.field, a.newValue, a.who])
    ).toContainEqual([
      'Message to Requester',
      '¿En qué aula está el carrito?',
      ava,
    ]);
  });

  it('asks the tech for the question when Waiting on Requester comes with none, and emails nobody yet', () => {
    const before = trackedValuesOf(ticket({Status: 'In Progress'}));
    const result = reviewEditedRow(
      ticket({Status: 'Waiting on Requester'}),
      before,
      context
    );
    expect(result.row.Status).toBe('Waiting on Requester');
    expect(result.messages).toEqual([]);
    expect(result.prompts.map(p => p.field)).toEqual(['Message to Requester']);
    expect(result.prompts[0].note).toContain(
      'Write your question for the requester here'
    );
  });

  it('keeps a message for a ticket with no requester address, with a note saying why', () => {
    const before = trackedValuesOf(ticket({Requester: 'Mr Shah (walk-up)'}));
    const result = reviewEditedRow(
      ticket({
        Requester: 'Mr Shah (walk-up)',
        'Message to Requester': 'Bring the charger',
      }),
      before,
      context
    );
    expect(result.messages).toEqual([]);
    expect(result.row['Message to Requester']).toBe('Bring the charger');
    expect(result.prompts[0].note).toContain('no requester email address');
  });

  it('stamps Closed At, and clears the resolution stamps on Reopened', () => {
    const resolved = ticket({
      Status: 'Resolved',
      Resolution: 'x',
      'Resolved At': now,
      'Resolved By': ava,
      'Resolver Role': 'Student',
    });
    expect(
      reviewEditedRow(
        {...resolved, Status: 'Closed'},
        trackedValuesOf(resolved),
        context
      ).row['Closed At']
    ).toBe(now);
    const reopened = reviewEditedRow(
      {...resolved, Status: 'Reopened'},
      trackedValuesOf(resolved),
      context
    ).row;
    expect([
      reopened['Resolved At'],
      reopened['Resolved By'],
      reopened['Resolver Role'],
    ]).toEqual(['', '', '']);
  });

  it('checks Assignee, Priority and Time Spent, and moves New to Assigned when someone is given it', () => {
    const fresh = ticket({Status: 'New', Assignee: ''});
    const result = reviewEditedRow(
      {
        ...fresh,
        Assignee: 'MAYA.PATEL@students.example.org',
        Priority: 'urgent',
        'Time Spent (min)': -5,
      },
      trackedValuesOf(fresh),
      context
    );
    // An address typed in is shown as the tech's display name.
    expect(result.row.Assignee).toBe('Maya Patel');
    expect(result.row.Status).toBe('Assigned');
    expect(result.row.Priority).toBe('P3');
    expect(result.reverts).toEqual([
      {field: 'Priority', note: 'Priority must be one of P1, P2, P3, P4.'},
      {
        field: 'Time Spent (min)',
        note: 'Time Spent is a number of minutes, 0 or more.',
      },
    ]);
    expect(result.activity.map(a => a.field)).toEqual(['Assignee', 'Status']);
    expect(
      reviewEditedRow(
        {...fresh, Assignee: 'stranger@example.org'},
        trackedValuesOf(fresh),
        context
      ).reverts
    ).toEqual([
      {
        field: 'Assignee',
        note: 'stranger@example.org is not an active tech on the Techs tab.',
      },
    ]);
  });

  it('accepts a display name in Assignee, typed in any case, and shows it as Techs spells it', () => {
    const row = ticket();
    const result = reviewEditedRow(
      {...row, Assignee: 'maya patel'},
      trackedValuesOf(row),
      context
    );
    expect(result.row.Assignee).toBe('Maya Patel');
    expect(result.activity.map(a => [a.field, a.oldValue, a.newValue])).toEqual(
      [['Assignee', ava, 'Maya Patel']]
    );
    expect(
      reviewEditedRow(
        {...row, Assignee: 'Maya Pattel'},
        trackedValuesOf(row),
        context
      ).reverts
    ).toEqual([
      {
        field: 'Assignee',
        note: 'Maya Pattel is not an active tech on the Techs tab.',
      },
    ]);
  });

  it('changes nothing when no tracked value changed', () => {
    const row = ticket();
    const result = reviewEditedRow(row, trackedValuesOf(row), context);
    expect(result.changed).toBe(false);
    expect(result.activity).toEqual([]);
  });

  it('credits the assignee, marked as such, when the editor is unknown', () => {
    const before = trackedValuesOf(ticket({Status: 'In Progress'}));
    const result = reviewEditedRow(
      ticket({Status: 'Resolved', Resolution: 'Replaced the charger'}),
      before,
      {...context, editorEmail: ''}
    );
    expect(result.row).toMatchObject({
      'Resolved By': ava,
      'Resolver Role': 'Student',
    });
    expect(result.activity.map(a => [a.field, a.newValue, a.who])).toEqual([
      ['Resolution', 'Replaced the charger', 'unknown editor'],
      ['Status', 'Resolved', 'unknown editor'],
      [
        'Resolved By',
        `${ava} (credited as assignee; editor unknown)`,
        'unknown editor',
      ],
    ]);
  });
});

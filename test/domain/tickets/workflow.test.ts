import {
  isOpen,
  nextStatuses,
  refuseStatusChange,
} from '../../../src/domain/tickets/workflow';

describe('ticket workflow', () => {
  it('follows New → Assigned → In Progress → Waiting → Resolved → Closed', () => {
    const path = [
      'New',
      'Assigned',
      'In Progress',
      'Waiting on Requester',
      'Resolved',
      'Closed',
    ];
    for (let i = 1; i < path.length; i++)
      expect(
        refuseStatusChange(path[i - 1], path[i], 'Reseated the cable')
      ).toBeUndefined();
  });

  it('allows Escalated from every open state and Reopened only from Resolved', () => {
    for (const from of [
      'New',
      'Assigned',
      'In Progress',
      'Waiting on Requester',
      'Reopened',
    ])
      expect(nextStatuses(from as never)).toContain('Escalated');
    expect(refuseStatusChange('Resolved', 'Reopened', 'x')).toBeUndefined();
    expect(refuseStatusChange('In Progress', 'Reopened', 'x')).toBe(
      'In Progress cannot change to Reopened. From In Progress a ticket can go to: Waiting on Requester, Resolved, Assigned, Escalated.'
    );
  });

  it('needs a resolution note to resolve', () => {
    expect(refuseStatusChange('In Progress', 'Resolved', '  ')).toBe(
      'Write what was done in Resolution before marking the ticket Resolved.'
    );
  });

  it('refuses unknown statuses and any change to a Closed ticket', () => {
    expect(refuseStatusChange('New', 'Done', '')).toBe(
      '"Done" is not a status. Pick one from the list: New, Assigned, In Progress, Waiting on Requester, Escalated, Resolved, Reopened, Closed.'
    );
    expect(refuseStatusChange('Closed', 'Reopened', '')).toBe(
      'A Closed ticket cannot change status.'
    );
  });

  it('counts Escalated and Reopened as open, Resolved and Closed as not', () => {
    expect(['Escalated', 'Reopened', 'Resolved', 'Closed'].map(isOpen)).toEqual(
      [true, true, false, false]
    );
  });
});

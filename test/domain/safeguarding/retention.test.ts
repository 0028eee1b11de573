import {
  dueForRemoval,
  REMOVED,
  retentionCutoff,
  withoutPersonalDetails,
} from '../../../src/domain/safeguarding/retention';
import {TicketRow} from '../../../src/domain/tickets/ticket-row';

const NOW = Date.UTC(2027, 5, 1);
const CUTOFF = retentionCutoff(NOW, 365);
const LONG_AGO = new Date(Date.UTC(2026, 3, 1));
const LATELY = new Date(Date.UTC(2027, 4, 1));
const TECHS = new Set(['liam.obrien@students.example.org']);

function ticket(fields: Record<string, unknown>): TicketRow {
  return {
    Status: 'Resolved',
    Requester: 'r.garcia@school.example',
    Details: 'Room 214',
    ...fields,
  } as unknown as TicketRow;
}

describe('which personal details retention removes', () => {
  it('takes settled tickets resolved before the cutoff whose details are still there', () => {
    expect(dueForRemoval(ticket({'Resolved At': LONG_AGO}), CUTOFF)).toBe(true);
    expect(dueForRemoval(ticket({'Resolved At': LATELY}), CUTOFF)).toBe(false);
    expect(
      dueForRemoval(
        ticket({Status: 'In Progress', 'Resolved At': LONG_AGO}),
        CUTOFF
      )
    ).toBe(false);
    expect(
      dueForRemoval(
        ticket({
          'Resolved At': LONG_AGO,
          Requester: REMOVED,
          Details: REMOVED,
        }),
        CUTOFF
      )
    ).toBe(false);
  });

  it('takes a duplicate merged into another before the cutoff, by when it was merged', () => {
    expect(
      dueForRemoval(ticket({Status: 'Merged', Updated: LONG_AGO}), CUTOFF)
    ).toBe(true);
    expect(
      dueForRemoval(ticket({Status: 'Merged', Updated: LATELY}), CUTOFF)
    ).toBe(false);
  });

  it("clears a requester's address and people's words from Activity, and keeps a tech's address and status steps", () => {
    const line = {
      when: LONG_AGO,
      ticketId: 'T-000001',
      field: 'Requester Reply',
      oldValue: '',
      newValue: 'It is the left port',
      who: 'r.garcia@school.example (email)',
    };
    expect(withoutPersonalDetails(line, TECHS)).toEqual({
      ...line,
      newValue: REMOVED,
      who: REMOVED,
    });
    expect(
      withoutPersonalDetails(
        {
          ...line,
          field: 'Status',
          oldValue: 'Assigned',
          newValue: 'Resolved',
          who: 'liam.obrien@students.example.org',
        },
        TECHS
      )
    ).toBeUndefined();
  });
});

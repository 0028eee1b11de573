import {isPractice} from '../../../src/domain/credentials/practice';
import {
  nextPracticeId,
  nextTicketId,
} from '../../../src/domain/tickets/ticket-id';

describe('practice ticket IDs', () => {
  it('number practice apart from real tickets, which keep their own sequence', () => {
    const ids = ['T-000007', 'PR-000002', 'T-000008'];
    expect(nextPracticeId(ids)).toBe('PR-000003');
    expect(nextTicketId(ids)).toBe('T-000009');
    expect(nextPracticeId([])).toBe('PR-000001');
  });

  it('mark a row as practice by its Practice cell or its ID', () => {
    expect(isPractice({'Ticket ID': 'PR-000001'})).toBe(true);
    expect(isPractice({'Ticket ID': 'T-000001', Practice: 'yes'})).toBe(true);
    expect(isPractice({'Ticket ID': 'T-000001', Practice: ''})).toBe(false);
  });
});

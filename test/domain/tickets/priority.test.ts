import {
  DEFAULT_PRIORITY_MATRIX,
  priorityFor,
} from '../../../src/domain/tickets/priority';

describe('priority from impact × urgency', () => {
  it('makes a whole class stopped now P1', () => {
    expect(
      priorityFor(
        DEFAULT_PRIORITY_MATRIX,
        'Whole class',
        'Class is stopped now'
      )
    ).toBe('P1');
  });

  it('makes one person who can wait P4', () => {
    expect(
      priorityFor(DEFAULT_PRIORITY_MATRIX, 'Just me', 'Today is fine')
    ).toBe('P4');
  });

  it('matches answers regardless of case and treats unknown answers as mildest', () => {
    expect(
      priorityFor(DEFAULT_PRIORITY_MATRIX, 'whole BUILDING', 'within the hour')
    ).toBe('P1');
    expect(priorityFor(DEFAULT_PRIORITY_MATRIX, '', '')).toBe('P4');
  });
});

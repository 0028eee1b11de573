import {
  DEFAULT_PRIORITY_MATRIX,
  parsePriorityMatrix,
  PRIORITY_CONFIG_DEFAULTS,
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

describe('the priority matrix in the Config tab', () => {
  it('writes a default row for each of the 12 priority cells', () => {
    expect(
      PRIORITY_CONFIG_DEFAULTS.filter(r => r.key.startsWith('Priority: '))
    ).toHaveLength(12);
  });

  it('gives the defaults for an empty Config tab, with no problems', () => {
    const {matrix, problems} = parsePriorityMatrix([]);
    expect(problems).toEqual([]);
    expect(matrix['Whole class']['Class is stopped now']).toBe('P1');
  });

  it('reads the coordinator’s values', () => {
    const {matrix} = parsePriorityMatrix([
      {key: 'Priority: Just me + Today is fine', value: 'p3'},
    ]);
    expect(matrix['Just me']['Today is fine']).toBe('P3');
  });

  it('explains each unusable value and falls back to its default', () => {
    const {matrix, problems} = parsePriorityMatrix([
      {key: 'Priority: A group + Within the hour', value: 'urgent'},
    ]);
    expect(matrix['A group']['Within the hour']).toBe('P3');
    expect(problems).toEqual([
      'Config "Priority: A group + Within the hour" must be P1, P2, P3 or P4, not "urgent"; using P3.',
    ]);
  });
});

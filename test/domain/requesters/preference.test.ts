import {
  preferenceFrom,
  sendsStep,
} from '../../../src/domain/requesters/preference';

describe('a requester notification preference', () => {
  it('every step sends every email', () => {
    for (const step of [
      'confirmation',
      'assigned',
      'waiting',
      'escalated',
      'resolved',
    ] as const)
      expect(sendsStep('every', step)).toBe(true);
  });

  it('only when resolved skips the intermediate steps, but never a question for the requester', () => {
    expect(sendsStep('resolved', 'assigned')).toBe(false);
    expect(sendsStep('resolved', 'escalated')).toBe(false);
    expect(sendsStep('resolved', 'waiting')).toBe(true);
    expect(sendsStep('resolved', 'resolved')).toBe(true);
    expect(sendsStep('resolved', 'confirmation')).toBe(true);
  });

  it('a daily summary leaves the receipt and the question, the summary tells the rest', () => {
    expect(sendsStep('daily', 'resolved')).toBe(false);
    expect(sendsStep('daily', 'assigned')).toBe(false);
    expect(sendsStep('daily', 'waiting')).toBe(true);
  });

  it('reads the Notifications cell by its words, else only when resolved', () => {
    expect(preferenceFrom(' every STEP ')).toBe('every');
    expect(preferenceFrom('Daily summary')).toBe('daily');
    expect(preferenceFrom('')).toBe('resolved');
    expect(preferenceFrom('weekly')).toBe('resolved');
  });
});

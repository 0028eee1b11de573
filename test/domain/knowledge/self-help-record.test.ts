import {
  fixedEntry,
  selfHelpFrom,
  suggestedEntry,
} from '../../../src/domain/knowledge/self-help-record';

describe('the self-help record in Activity', () => {
  it('reads back which articles were suggested and which one fixed the ticket', () => {
    const when = new Date('2026-11-23T15:00:00Z');
    const lines = [
      suggestedEntry(when, 'T-000001', ['Restart first', 'Printer jam']),
      {ticketId: 'T-000001', field: 'Status', newValue: 'Resolved'},
      fixedEntry(when, 'T-000001', 'Printer jam'),
      suggestedEntry(when, 'T-000002', ['Restart first']),
    ];
    const history = selfHelpFrom(lines);
    expect(history.suggested.get('T-000001')).toEqual([
      'Restart first',
      'Printer jam',
    ]);
    expect(history.fixedBy.get('T-000001')).toBe('Printer jam');
    expect(history.fixedBy.has('T-000002')).toBe(false);
    expect(lines[0]).toMatchObject({
      field: 'Self-Help Suggested',
      newValue: 'Restart first\nPrinter jam',
    });
  });
});

import {
  activityKey,
  NOTHING_OWED,
  owedOf,
  owing,
  withOwed,
} from '../../../src/domain/tickets/desk-record';
import {ActivityEntry} from '../../../src/domain/tickets/activity';
import {
  parseTracked,
  serialiseTracked,
  TicketRow,
} from '../../../src/domain/tickets/ticket-row';

const when = new Date(Date.UTC(2026, 10, 23, 15, 12, 30, 250));

const resolved: ActivityEntry = {
  when,
  ticketId: 'T-000012',
  field: 'Status',
  oldValue: 'Assigned',
  newValue: 'Resolved',
  who: 'ava.chen@students.example.org',
};

function row(status: string, tracked: string): TicketRow {
  return {
    Status: status,
    Assignee: 'ava.chen@students.example.org',
    Priority: 'P3',
    Category: 'Chromebook',
    Resolution: 'Replaced the charger',
    'Time Spent (min)': '',
    Tracked: tracked,
  } as TicketRow;
}

describe('the Tracked cell: what the desk processed, and what it still owes', () => {
  it('reads a cell written before owing existed as owing nothing', () => {
    const legacy = serialiseTracked({
      Status: 'Assigned',
      Assignee: '',
      Priority: 'P3',
      Category: 'Chromebook',
      Resolution: '',
      'Time Spent (min)': '',
      'Mentor Sign-off': '',
      'Staff Approval': '',
    });
    expect(owedOf(legacy)).toEqual(NOTHING_OWED);
    expect(owedOf('')).toEqual(NOTHING_OWED);
    expect(owedOf('not json')).toEqual(NOTHING_OWED);
  });

  it('keeps what a change owes beside the values it processed, and what earlier changes still owe', () => {
    const earlier = {notices: ['T-000012 edit 1'], activity: []};
    const written = owing(
      row('Resolved', ''),
      earlier,
      [resolved],
      ['T-000012 edit 2']
    );
    expect(parseTracked(String(written.Tracked))?.Status).toBe('Resolved');
    expect(owedOf(written.Tracked)).toEqual({
      notices: ['T-000012 edit 1', 'T-000012 edit 2'],
      activity: [resolved],
    });
  });

  it('drops what is done and keeps the processed values', () => {
    const written = owing(row('Resolved', ''), NOTHING_OWED, [resolved], ['k']);
    const settled = withOwed(written.Tracked, NOTHING_OWED);
    expect(parseTracked(settled)).toEqual(
      parseTracked(String(written.Tracked))
    );
    expect(settled).not.toContain('owed');
  });

  it('keeps an owed Activity value short, so the cell stays small', () => {
    const long = {...resolved, field: 'Resolution', newValue: 'x'.repeat(5000)};
    const written = owing(row('Assigned', ''), NOTHING_OWED, [long], []);
    const [kept] = owedOf(written.Tracked).activity;
    expect(kept.newValue).toHaveLength(1000);
    expect(kept.newValue).toMatch(
      /… \[shortened: [\d,]+ more characters in the ticket\]$/
    );
  });

  it('names an Activity line by ticket, second and field, whatever precision the cell kept', () => {
    expect(activityKey(resolved)).toBe(
      activityKey({...resolved, when: new Date(when.getTime() - 250)})
    );
    expect(activityKey(resolved)).not.toBe(
      activityKey({...resolved, field: 'Resolution'})
    );
  });
});

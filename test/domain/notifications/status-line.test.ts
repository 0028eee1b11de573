import {SHIPPED_CATALOGUE} from '../../../src/domain/languages/catalogue';
import {SHIPPED_LANGUAGES} from '../../../src/domain/languages/language';
import {
  firstName,
  statusLine,
  TicketStanding,
} from '../../../src/domain/notifications/status-line';

const standings: TicketStanding[] = [
  {kind: 'assigned', assignee: 'Maya'},
  {
    kind: 'nextDuty',
    duty: {date: '2026-11-23', weekday: 'Mon', time: '10:50', today: true},
  },
  {
    kind: 'nextDuty',
    duty: {date: '2026-11-24', weekday: 'Tue', time: '08:05', today: false},
  },
  {kind: 'queued'},
  {kind: 'escalated'},
  {kind: 'waiting', assignee: 'Maya'},
  {kind: 'resolved', assignee: 'Maya'},
];

describe('status lines', () => {
  it('say who has the ticket and when a tech comes on duty', () => {
    const line = (s: TicketStanding) => statusLine(SHIPPED_CATALOGUE, 'en', s);
    expect(standings.map(line)).toEqual([
      'Maya is on it and will contact you if they need anything.',
      'A tech comes on duty at 10:50 and will pick it up.',
      'A tech comes on duty on Tuesday at 08:05 and will pick it up.',
      'Your ticket is in the queue for the next tech on duty.',
      'Your ticket has been passed to the district tech team.',
      'Maya needs something from you to go on.',
      'Maya resolved it.',
    ]);
  });

  it.each(SHIPPED_LANGUAGES.map(l => l.code))(
    'are never empty and never say nobody is on duty (%s)',
    code => {
      for (const s of standings) {
        const line = statusLine(SHIPPED_CATALOGUE, code, s);
        expect(line.trim()).not.toBe('');
        expect(line).not.toMatch(/\{|nobody|nadie/);
      }
    }
  );

  it('name people by first name, never by address', () => {
    expect(firstName('Maya Patel')).toBe('Maya');
    expect(firstName('maya.patel@students.example.org')).toBe('Maya');
  });
});

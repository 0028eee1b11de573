import {ticketCard} from '../../../src/domain/notifications/chat-card';
import {
  chatNotification,
  emailNotification,
  Notification,
} from '../../../src/domain/notifications/notification';
import {fittedToPayload} from '../../../src/domain/notifications/outbox-payload';

const TICKET = {
  id: 'T-000001',
  priority: 'P1',
  summary: 'Projector shows no signal',
  campus: 'North Campus',
  room: '214',
  category: 'Projector or Display',
  details: '',
  assetTag: '',
  requester: 'r.garcia@school.example',
};

function email(to: string, length: number): Notification {
  const body = `Notes:\n${'Tried the cable. '.repeat(length / 17)}`;
  return emailNotification('T-000001', 'escalated', {
    to,
    subject: '[T-000001] Escalated',
    body,
    htmlBody: `<p>${body}</p>`,
    name: 'Peer Desk',
  });
}

describe('the Outbox payload', () => {
  it('is left alone when it fits a cell', () => {
    const notes = [email('a@school.example', 2_000)];
    expect(fittedToPayload(notes)).toBe(notes);
  });

  it('fits a cell with a full Chat card and long emails: the emails are shortened with a marker', () => {
    const card = ticketCard({
      ticket: TICKET,
      headline: 'Escalated to Level 2',
      age: '2 hours',
      paragraphs: [{label: 'Details', text: 'Blue screen. '.repeat(4_000)}],
      rowUrl: 'https://docs.google.com/spreadsheets/d/x#gid=0&range=A2',
    });
    const notes = [
      chatNotification('T-000001', 'escalated', card),
      email('r.carter@example.org', 16_000),
      email('a.lopez@example.org', 16_000),
    ];
    const fitted = fittedToPayload(notes);
    expect(JSON.stringify(fitted).length).toBeLessThanOrEqual(50_000);
    expect(fitted[0]).toBe(notes[0]);
    for (const n of fitted.slice(1)) {
      if (n.channel !== 'email') throw new Error('an email');
      expect(n.email.body).toMatch(
        /… \[shortened: [\d,]+ more characters in the ticket\]$/
      );
      expect(n.email.htmlBody).toContain('… [shortened: ');
      expect(n.email.to).toMatch(/@example\.org$/);
    }
  });
});

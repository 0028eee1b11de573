import {
  CHAT_MAX_BYTES,
  chatBodyBytes,
  ticketCard,
} from '../../../src/domain/notifications/chat-card';

const ticket = {
  id: 'T-000007',
  summary: 'Projector <b>dead</b>',
  details: '',
  priority: 'P1',
  campus: 'North',
  room: '214',
  category: 'Projector or Display',
  assetTag: '',
  requester: 't@school.example',
};

describe('Chat cards', () => {
  it('carries the ticket ID and priority in the header, escapes user text and threads by ticket', () => {
    const post = ticketCard({
      ticket,
      headline: 'Escalated',
      age: '2 h 5 min',
      paragraphs: [{label: 'Details', text: 'a & b'}],
      rowUrl: 'https://docs.google.com/spreadsheets/d/x#gid=0&range=A9',
    });
    // https://developers.google.com/workspace/chat/api/reference/rest/v1/cards
    const card = post.message.cardsV2?.[0].card;
    expect(card?.header).toEqual({
      title: 'T-000007 · P1',
      subtitle: 'Escalated',
    });
    expect(JSON.stringify(card)).toContain('Projector &lt;b&gt;dead&lt;/b&gt;');
    expect(JSON.stringify(card)).toContain('a &amp; b');
    expect(post.threadKey).toBe('ticket-T-000007');
  });

  it('trims long text so the message stays within 32,000 bytes', () => {
    const post = ticketCard({
      ticket,
      headline: 'Escalated',
      age: '1 d 2 h',
      paragraphs: [
        {label: 'Details', text: 'ñ'.repeat(40_000)},
        {label: 'Activity', text: 'x'.repeat(5_000)},
      ],
      rowUrl: 'https://example.org',
    });
    expect(chatBodyBytes(post)).toBeLessThanOrEqual(CHAT_MAX_BYTES);
    expect(JSON.stringify(post)).toContain('…');
    expect(JSON.stringify(post)).toContain('x'.repeat(5_000));
  });
});

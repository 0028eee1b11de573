import {
  activity,
  allCompleted,
  chicago,
  completed,
  PROJECTOR_DOWN,
  resolvedTicket,
  TEACHER,
} from '../../support/peer-desk';

const LIAM = 'liam.obrien@students.example.org';
const MAYA = 'maya.patel@students.example.org';

describe('fix → article', () => {
  it('a tech proposes from a resolved ticket, the mentor publishes, the next request is offered it', () => {
    // T-000001: the projector at North 214, resolved by Liam with "Reseated the HDMI cable".
    const {ws} = resolvedTicket();
    allCompleted(ws.open({as: LIAM}));
    ws.select('Tickets', 'D2', {as: LIAM});
    completed(
      ws.clickMenu('Peer Desk', 'Propose article from selected ticket', {
        as: LIAM,
      })
    );

    const base = ws.table('Knowledge Base');
    const draft = base.at(-1);
    expect(draft).toMatchObject({
      Category: 'Projector or Display',
      Title: 'Projector shows no signal',
      'Steps or Link': 'Reseated the HDMI cable',
      Status: 'Draft',
      Language: 'English',
      Version: 0,
      Author: LIAM,
      'Source Ticket': 'T-000001',
    });
    // The sweep, the owner's trigger, sends the review request: a menu runs as the tech who
    // clicked it, whose mail would come from them (platform.md: Who a script runs as).
    expect(ws.outbox.some(m => m.subject.startsWith('Article to review'))).toBe(
      false
    );
    allCompleted(ws.advanceTo(new Date(ws.clock.now() + 5 * 60_000)));
    const review = ws.outbox.find(
      m => m.to.includes(MAYA) && m.subject.startsWith('Article to review')
    );
    expect(review?.subject).toBe(
      'Article to review: Projector shows no signal'
    );
    expect(review?.from).toBe(ws.env.owner);
    expect(review?.body).toContain(
      "Liam O'Brien proposes it from ticket T-000001."
    );
    // The sheet's address is a button in the desk's layout, not a bare line of text.
    expect(review?.htmlBody).toMatch(/^<!DOCTYPE html><html lang="en"/);
    expect(review?.htmlBody).toMatch(
      /<a href="https:[^"]+"[^>]*>Open the Knowledge Base tab<\/a>/
    );

    // A draft is not suggested yet.
    const submitRoom = (room: string, at: string) =>
      allCompleted(
        ws.submitForm(
          {
            ...PROJECTOR_DOWN,
            Room: room,
            'Short summary': 'Projector shows no signal again',
          },
          {as: TEACHER, at: chicago(at)}
        )
      );

    submitRoom('118', '2026-11-23 10:40');
    const beforePublishing = ws.outbox.find(m =>
      m.subject.startsWith('[T-000002] We got your request')
    );
    expect(beforePublishing?.body).not.toContain(
      '- Projector shows no signal:'
    );

    // Maya edits the steps, then publishes.
    const row = base.length + 1;
    const headers = ws.values('Knowledge Base')[0];
    const cell = (header: string) =>
      ws
        .sheet('Knowledge Base')
        .getRange(row, headers.indexOf(header) + 1)
        .getA1Notation();
    allCompleted(
      ws.edit(
        'Knowledge Base',
        cell('Steps or Link'),
        'Push the HDMI plug in firmly at both ends.',
        {as: MAYA}
      )
    );
    allCompleted(
      ws.edit('Knowledge Base', cell('Status'), 'Published', {as: MAYA})
    );
    expect(ws.table('Knowledge Base').at(-1)).toMatchObject({
      Status: 'Published',
      Version: 1,
    });
    expect(ws.table('Knowledge Base').at(-1)?.Published).toBeInstanceOf(Date);
    expect(activity(ws)).toContain(
      `T-000001 Article:  → Published "Projector shows no signal" version 1, written by ${LIAM} (${MAYA})`
    );

    submitRoom('120', '2026-11-23 11:00');
    const confirmation = ws.outbox.find(m =>
      m.subject.startsWith('[T-000003] We got your request')
    );
    expect(confirmation?.body).toContain(
      '- Projector shows no signal: Push the HDMI plug in firmly at both ends.'
    );

    completed(ws.run('rebuildMetrics'));
    expect(
      ws
        .table('Recognition')
        .filter(r => r['Badge ID'] === 'article-1')
        .map(r => [r.Tech, r.Badge])
    ).toEqual([["Liam O'Brien", 'Published a Knowledge Base article']]);
  });
});

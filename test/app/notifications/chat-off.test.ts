import {PROPERTY} from '../../../src/workspace/services/properties';
import {Workspace} from '../../../sandbox/workspace/workspace';
import {
  chicago,
  completed,
  connectChat,
  exampleDesk,
  reportProjectorDown,
  SPACE,
  subjectsTo,
} from '../../support/peer-desk';

const LIAM = 'liam.obrien@students.example.org';
const COORDINATOR = 'coordinator@example.org';
const NOTICE = "Peer Desk: Google Chat stopped taking the desk's messages";

function noticesToCoordinator(ws: Workspace) {
  return ws.outbox.filter(
    m => m.to.includes(COORDINATOR) && m.subject === NOTICE
  );
}

function chatOff(ws: Workspace): string | null {
  return ws.services.properties.script.get(PROPERTY.chatOff);
}

describe.each([
  [
    'the admin turns Chat apps off',
    (ws: Workspace) => ws.services.chat.setWebhooksAllowed(false),
    'The caller does not have permission',
  ],
  [
    "someone removes the space's webhook",
    (ws: Workspace) => ws.services.chat.removeWebhook(SPACE),
    'The API is called without a valid token',
  ],
])('when %s', (_, turnOff, answer) => {
  it('tells the coordinator once, marks the Chat posts in the Outbox, keeps mailing, and a new webhook clears it', () => {
    const ws = exampleDesk();
    connectChat(ws);
    turnOff(ws);
    reportProjectorDown(ws);
    // No first response by 09:25: the nudge goes to Liam by email and to the space.
    ws.advanceTo(chicago('2026-11-23 09:31')).forEach(completed);
    expect(subjectsTo(ws, LIAM)).toContain(
      '[T-000001] P1 waiting for a first response: Projector shows no signal'
    );
    expect(noticesToCoordinator(ws)).toHaveLength(1);
    expect(noticesToCoordinator(ws)[0].body).toContain(answer);
    expect(noticesToCoordinator(ws)[0].body).toContain(
      'Peer Desk › Connect Google Chat'
    );
    expect(chatOff(ws)).toContain('HTTP 403');
    const chatRows = () =>
      ws.table('Outbox').filter(r => String(r.Channel).includes('chat'));
    expect(chatRows().map(r => r.Status)).toEqual(['Chat Off']);
    expect(String(chatRows()[0]['Last Error'])).toMatch(
      /^Not posted: Google Chat is off/
    );

    // Later rungs: email as before, no more Chat posts recorded, no second notice.
    ws.advanceTo(chicago('2026-11-23 10:41')).forEach(completed);
    expect(
      subjectsTo(ws, 'maya.patel@students.example.org').some(s =>
        s.includes('close to its resolution target')
      )
    ).toBe(true);
    expect(chatRows()).toHaveLength(1);
    expect(noticesToCoordinator(ws)).toHaveLength(1);
    expect(ws.table('Outbox').filter(r => r.Status === 'Pending')).toEqual([]);

    completed(ws.run('setupDesk'));
    expect(ws.spreadsheet.toasts.at(-1)?.message).toContain(
      "Check: Google Chat has refused the desk's webhook since"
    );

    // The coordinator connects a new webhook: Chat is on again for the next rung.
    ws.services.chat.setWebhooksAllowed(true);
    connectChat(ws, 'Tech Desk 2');
    expect(chatOff(ws)).toBeNull();
    ws.advanceTo(chicago('2026-11-23 13:00')).forEach(completed);
    expect(JSON.stringify(ws.services.chat.messages('Tech Desk 2'))).toContain(
      'Escalated to Level 2'
    );
  });
});

import {Workspace} from '../../../sandbox/workspace/workspace';
import {killAtEveryCall, KillScenario} from '../../support/kill-matrix';
import {
  allCompleted,
  completed,
  exampleDesk,
  resolvedTicket,
  tickets,
} from '../../support/peer-desk';

const LIAM = 'liam.obrien@students.example.org';
const MAYA = 'maya.patel@students.example.org';
const AVA = 'ava.chen@students.example.org';

/** Every email sent, as its recipients and subject. */
const mail = (ws: Workspace) =>
  ws.outbox.map(m => `${m.to.join(',')}: ${m.subject}`);

const activityOf = (ws: Workspace, prefix: string) =>
  ws
    .table('Activity')
    .filter(r => String(r['Ticket ID']).startsWith(prefix))
    .map(
      r => `${r['Ticket ID']} ${r.Field}: ${r['Old Value']} → ${r['New Value']}`
    );

const PROPOSAL: KillScenario = {
  name: 'a tech proposes an article from a resolved ticket',
  prepare() {
    const {ws} = resolvedTicket();
    allCompleted(ws.open({as: LIAM}));
    ws.select('Tickets', 'D2', {as: LIAM});
    return ws;
  },
  act: ws => [
    ws.clickMenu('Peer Desk', 'Propose article from selected ticket', {
      as: LIAM,
    }),
  ],
  observe: ws => ({
    drafts: ws
      .table('Knowledge Base')
      .filter(a => a.Author !== '')
      .map(a => `${a.Title} ${a.Status} ${a.Author} ${a['Source Ticket']}`),
    review: mail(ws).filter(m => m.includes('Article to review')),
    activity: activityOf(ws, 'T-').filter(line => line.includes('Article:')),
  }),
  mayDoNothing: true,
};

const PRACTICE: KillScenario = {
  name: 'a mentor issues a practice ticket',
  prepare() {
    const ws = exampleDesk();
    ws.open({as: MAYA});
    const row = ws
      .table('Training')
      .findIndex(r => r.Scenario === 'Printer jam');
    ws.select('Training', `A${row + 2}`, {as: MAYA});
    ws.services.spreadsheets.ui.queuePromptAnswer(AVA);
    return ws;
  },
  act: ws => [
    ws.clickMenu('Peer Desk', 'Issue the selected scenario to a tech', {
      as: MAYA,
    }),
  ],
  observe: ws => ({
    practice: tickets(ws).map(
      t => `${t['Ticket ID']} ${t.Status} ${t.Assignee} ${t.Summary}`
    ),
    activity: activityOf(ws, 'PR-'),
    mail: mail(ws),
  }),
  mayDoNothing: true,
};

// Google stops an execution at any call, and nothing after it runs (platform.md: Stopped executions).
describe('kill the rest of the capabilities at every call, then sweep: nothing lost, nothing twice', () => {
  for (const scenario of [PROPOSAL, PRACTICE]) {
    it(scenario.name, () => {
      const {failures, calls} = killAtEveryCall(scenario);
      expect(calls).toBeGreaterThan(3);
      expect(failures).toEqual([]);
    });
  }

  it('the unkilled proposal drafts the article, records it and asks for its review once', () => {
    const ws = PROPOSAL.prepare();
    allCompleted(PROPOSAL.act(ws));
    ws.advance(5 * 60_000).forEach(completed);
    expect(PROPOSAL.observe(ws)).toEqual({
      drafts: [`Projector shows no signal Draft ${LIAM} T-000001`],
      review: [`${MAYA}: Article to review: Projector shows no signal`],
      activity: [
        `T-000001 Article:  → Proposed "Projector shows no signal" for review by ${MAYA}`,
      ],
    });
  });
});

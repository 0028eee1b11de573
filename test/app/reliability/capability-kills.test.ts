import {Workspace} from '../../../sandbox/workspace/workspace';
import {killAtEveryCall, KillScenario} from '../../support/kill-matrix';
import {chicago, exampleDesk} from '../../support/peer-desk';

const LIAM = 'liam.obrien@students.example.org';
const MAYA = 'maya.patel@students.example.org';

/** The Knowledge Base cell of the last row under a header, in A1 notation. */
function lastArticleCell(ws: Workspace, header: string): string {
  const values = ws.values('Knowledge Base');
  return ws
    .sheet('Knowledge Base')
    .getRange(values.length, values[0].indexOf(header) + 1)
    .getA1Notation();
}

const PUBLISHING: KillScenario = {
  name: 'a mentor publishes a drafted article',
  prepare() {
    const ws = exampleDesk(chicago('2026-11-23 09:09'));
    const headers = ws.values('Knowledge Base')[0];
    const draft: Record<string, unknown> = {
      Category: 'Projector or Display',
      Title: 'Projector shows no signal',
      'Steps or Link': 'Push the HDMI plug in firmly at both ends.',
      Status: 'Draft',
      Language: 'English',
      Version: 0,
      Author: LIAM,
      'Source Ticket': 'T-000001',
    };
    ws.sheet('Knowledge Base').appendRow(
      headers.map(h => draft[String(h)] ?? '')
    );
    ws.advanceTo(chicago('2026-11-23 09:11'));
    return ws;
  },
  act: ws =>
    ws.edit('Knowledge Base', lastArticleCell(ws, 'Status'), 'Published', {
      as: MAYA,
    }),
  observe(ws) {
    const article = ws.table('Knowledge Base').at(-1) ?? {};
    return {
      status: article.Status,
      version: article.Version,
      stamped: article.Published instanceof Date,
      // The credit the Recognition badge counts, whoever finished it.
      credits: ws
        .table('Activity')
        .filter(r => r.Field === 'Article')
        .map(r => `${r['Ticket ID']} ${r['New Value']}`),
    };
  },
};

// Google stops an execution at any call, and nothing after it runs (platform.md: Stopped executions).
describe("kill a newer capability's execution at every call, then sweep: nothing lost, nothing twice", () => {
  it(PUBLISHING.name, () => {
    const {failures, calls} = killAtEveryCall(PUBLISHING);
    expect(calls).toBeGreaterThan(3);
    expect(failures).toEqual([]);
    const ws = PUBLISHING.prepare();
    PUBLISHING.act(ws);
    expect(PUBLISHING.observe(ws)).toEqual({
      status: 'Published',
      version: 1,
      stamped: true,
      credits: [
        `T-000001 Published "Projector shows no signal" version 1, written by ${LIAM}`,
      ],
    });
  });
});

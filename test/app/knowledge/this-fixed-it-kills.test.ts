import {hiddenFormBody} from '../../../sandbox/web/page-form';
import {Workspace} from '../../../sandbox/workspace/workspace';
import {killAtEveryCall, KillScenario} from '../../support/kill-matrix';
import {
  allCompleted,
  chicago,
  completed,
  PROJECTOR_DOWN,
  resolvedTicket,
  TEACHER,
} from '../../support/peer-desk';

const LIAM = 'liam.obrien@students.example.org';
const MAYA = 'maya.patel@students.example.org';
const STEPS = 'Push the HDMI plug in firmly at both ends.';
const bodies = new WeakMap<Workspace, string>();

/** T-000002 was offered a published article; the teacher has its "This fixed it" page open. */
function fixedItPage(): Workspace {
  const {ws} = resolvedTicket();
  allCompleted(ws.open({as: LIAM}));
  ws.select('Tickets', 'D2', {as: LIAM});
  completed(
    ws.clickMenu('Peer Desk', 'Propose article from selected ticket', {
      as: LIAM,
    })
  );
  const row = ws.table('Knowledge Base').length + 1;
  const headers = ws.values('Knowledge Base')[0];
  const cell = (header: string) =>
    ws
      .sheet('Knowledge Base')
      .getRange(row, headers.indexOf(header) + 1)
      .getA1Notation();
  allCompleted(
    ws.edit('Knowledge Base', cell('Steps or Link'), STEPS, {as: MAYA})
  );
  allCompleted(
    ws.edit('Knowledge Base', cell('Status'), 'Published', {as: MAYA})
  );
  allCompleted(
    ws.submitForm(
      {...PROJECTOR_DOWN, Room: '120', 'Short summary': 'No signal again'},
      {as: TEACHER, at: chicago('2026-11-23 11:00')}
    )
  );
  ws.advanceTo(chicago('2026-11-23 11:05'));
  const confirmation = ws.outbox.find(m =>
    m.subject.startsWith('[T-000002] We got your request')
  );
  const link = (confirmation?.body ?? '')
    .split('This fixed it: ')[1]
    ?.split('\n')[0];
  const shown = ws.webApp({query: new URL(link).search.slice(1)});
  completed(shown.record);
  bodies.set(ws, hiddenFormBody(shown.content));
  return ws;
}

const THIS_FIXED_IT: KillScenario = {
  name: 'a teacher presses "This fixed it"',
  prepare: fixedItPage,
  act: ws => {
    const {record} = ws.webApp({method: 'POST', body: bodies.get(ws)});
    return record ? [record] : [];
  },
  // The article's credit as the Knowledge Base tab and Activity show it.
  observe: ws => ({
    status: ws.table('Tickets').find(t => t['Ticket ID'] === 'T-000002')
      ?.Status,
    helped: ws
      .table('Knowledge Base')
      .filter(a => a.Helped !== '')
      .map(a => `${a.Title}: ${a.Helped}`),
    fixed: ws
      .table('Activity')
      .filter(r => r.Field === 'Self-Help Fixed')
      .map(r => `${r['Ticket ID']} ${r['New Value']}`),
  }),
  // The teacher sees the page fail and presses again.
  mayDoNothing: true,
};

// Google stops an execution at any call, and nothing after it runs (platform.md: Stopped executions).
describe('"This fixed it" killed at every call, then swept', () => {
  it('credits the article once: its Helped count is never lost or counted twice', () => {
    const {failures, calls} = killAtEveryCall(THIS_FIXED_IT);
    expect(calls).toBeGreaterThan(3);
    expect(failures).toEqual([]);
    const ws = THIS_FIXED_IT.prepare();
    allCompleted(THIS_FIXED_IT.act(ws));
    expect(THIS_FIXED_IT.observe(ws)).toEqual({
      status: 'Resolved',
      helped: ['Projector shows "No signal": 1'],
      fixed: ['T-000002 Projector shows "No signal"'],
    });
  });
});

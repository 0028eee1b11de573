import {BigQueryStore} from '../../../sandbox/bigquery/bigquery-store';
import {Workspace} from '../../../sandbox/workspace/workspace';
import {buildDistrictEdition} from '../../support/bundle';
import {killAtEveryCall, KillScenario} from '../../support/kill-matrix';
import {
  allCompleted,
  chicago,
  completed,
  PROJECTOR_DOWN,
  setConfig,
  TEACHER,
} from '../../support/peer-desk';

const PROJECT = 'springfield-schools';
const DATASET = 'peer_desks';
const districtBundle = buildDistrictEdition();
const stores = new WeakMap<Workspace, BigQueryStore>();

/** A district-edition desk with two tickets, its figures not yet sent; `at` is when the run under test starts. */
function districtDesk(at: string): Workspace {
  const store = new BigQueryStore();
  store.createDataset(PROJECT, DATASET);
  const ws = new Workspace({
    bigQuery: store,
    start: chicago('2026-11-23 07:30'),
  }).loadBundle(districtBundle);
  completed(ws.run('setupDesk'));
  completed(ws.run('loadExampleSchool'));
  setConfig(ws, 'School ID', '101');
  setConfig(ws, 'District Project', PROJECT);
  setConfig(ws, 'District Dataset', DATASET);
  for (const [i, room] of ['201', '202'].entries())
    allCompleted(
      ws.submitForm(
        {...PROJECTOR_DOWN, 'Room number': room},
        {as: TEACHER, at: chicago(`2026-11-23 09:${10 + i * 5}`)}
      )
    );
  ws.advanceTo(chicago(at));
  stores.set(ws, store);
  return ws;
}

/** What the district sees: the school's rows in both tables, by key; and what the school's tabs hold. */
function districtSees(ws: Workspace) {
  const store = stores.get(ws) as BigQueryStore;
  return {
    metrics: store
      .rows(PROJECT, DATASET, 'metrics')
      .map(r => `${r.school_id} ${r.ticket_id} ${r.status}`)
      .sort(),
    daily: store
      .rows(PROJECT, DATASET, 'daily')
      .map(r => `${r.school_id} ${r.date} ${r.campus} ${r.opened}`)
      .sort(),
    tabs: ws.table('Metrics').map(r => `${r.ticket_id} ${r.status}`),
  };
}

const MENU_SEND: KillScenario = {
  name: 'a person sends the figures to the district from the menu',
  prepare() {
    const ws = districtDesk('2026-11-23 10:02');
    completed(ws.run('rebuildMetrics'));
    ws.open();
    return ws;
  },
  act: ws => [ws.clickMenu('Peer Desk', 'Send figures to the district')],
  observe: districtSees,
  mayDoNothing: true,
};

// Google stops an execution at any call, and nothing after it runs (platform.md: Stopped executions).
describe('the district send killed at every call: nothing lost, nothing twice', () => {
  it(MENU_SEND.name, () => {
    const {failures, calls} = killAtEveryCall(MENU_SEND);
    expect(calls).toBeGreaterThan(3);
    expect(failures).toEqual([]);
  });

  it('the unkilled send puts both tickets in the district table', () => {
    const ws = MENU_SEND.prepare();
    allCompleted(MENU_SEND.act(ws));
    expect(districtSees(ws).metrics).toEqual([
      '101 T-000001 Assigned',
      '101 T-000002 Assigned',
    ]);
  });
});

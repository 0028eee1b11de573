import {readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {BigQueryStore} from '../../../sandbox/bigquery/bigquery-store';
import {Workspace} from '../../../sandbox/workspace/workspace';
import {buildDistrictEdition} from '../../support/bundle';
import {
  allCompleted,
  chicago,
  completed,
  PROJECTOR_DOWN,
  TEACHER,
} from '../../support/peer-desk';

const PROJECT = 'springfield-schools';
const DATASET = 'peer_desks';
const districtBundle = buildDistrictEdition();
const NAMES = ['Lincoln Elementary', 'Adams Middle', 'Jefferson High'];
/** Metrics columns compared between a school's tab and the district table. */
const COMPARED = [
  'ticket_id',
  'created',
  'campus',
  'category',
  'priority',
  'status',
  'assignee',
  'escalated',
  'satisfaction',
  'duplicate_of',
];

/** A person types a Config value next to its key. */
function setConfig(ws: Workspace, key: string, value: string): void {
  const row = ws.values('Config').findIndex(r => r[0] === key) + 1;
  expect(row).toBeGreaterThan(0);
  allCompleted(ws.edit('Config', `B${row}`, value));
}

/** A school's desk in the district edition, its figures going to the shared dataset. */
function school(
  store: BigQueryStore,
  schoolId: number,
  name: string,
  tickets: number
): Workspace {
  const ws = new Workspace({
    bigQuery: store,
    start: chicago('2026-11-23 07:30'),
  }).loadBundle(districtBundle);
  completed(ws.run('setupDesk'));
  completed(ws.run('loadExampleSchool'));
  setConfig(ws, 'Desk Name', name);
  setConfig(ws, 'School ID', String(schoolId));
  setConfig(ws, 'District Project', PROJECT);
  setConfig(ws, 'District Dataset', DATASET);
  for (let i = 0; i < tickets; i++)
    allCompleted(
      ws.submitForm(
        {...PROJECTOR_DOWN, 'Room number': `${200 + i}`},
        {as: TEACHER, at: chicago(`2026-11-23 09:${10 + i * 5}`)}
      )
    );
  return ws;
}

function districtDataset(): BigQueryStore {
  const store = new BigQueryStore();
  // The district creates the dataset in its Cloud project (docs/using.md: District).
  store.createDataset(PROJECT, DATASET);
  return store;
}

describe('the district edition', () => {
  it('loads three schools into one dataset, tagged by school, with no duplicates when sent twice', () => {
    const store = districtDataset();
    const schools = [
      school(store, 101, NAMES[0], 1),
      school(store, 102, NAMES[1], 2),
      school(store, 103, NAMES[2], 3),
    ];
    for (const ws of schools) {
      // The hourly run rebuilds the tabs and sends; then a person sends again from the menu.
      allCompleted(ws.advanceTo(chicago('2026-11-23 11:05')));
      ws.open();
      completed(ws.clickMenu('Peer Desk', 'Send figures to the district'));
      expect(ws.spreadsheet.toasts.at(-1)?.message).toMatch(
        /^Sent \d+ ticket rows and \d+ daily rows to springfield-schools:peer_desks as school 10\d\.$/
      );
      // Every send replaced the school's partition of both tables: at least two sends each.
      expect(ws.calls()['BigQuery.Jobs.insert']).toBeGreaterThanOrEqual(4);
    }
    const metrics = store.rows(PROJECT, DATASET, 'metrics');
    const keys = metrics.map(r => `${r.school_id} ${r.ticket_id}`);
    expect(keys.sort()).toEqual([
      '101 T-000001',
      '102 T-000001',
      '102 T-000002',
      '103 T-000001',
      '103 T-000002',
      '103 T-000003',
    ]);
    const daily = store.rows(PROJECT, DATASET, 'daily');
    const dailyKeys = daily.map(r => `${r.school_id} ${r.date} ${r.campus}`);
    expect(new Set(dailyKeys).size).toBe(dailyKeys.length);

    schools.forEach((ws, i) => {
      const schoolId = 101 + i;
      const sent = metrics.filter(r => r.school_id === schoolId);
      expect(new Set(sent.map(r => r.school))).toEqual(new Set([NAMES[i]]));
      // The figures are the school's Metrics tab, typed for BigQuery (an empty cell is null).
      const compared = (row: Record<string, unknown>) =>
        COMPARED.map(column => (row[column] === '' ? null : row[column]));
      expect(sent.map(compared).sort()).toEqual(
        ws.table('Metrics').map(compared).sort()
      );
      expect(sent.map(r => r.week_start)).toEqual(sent.map(() => '2026-11-23'));
      const opened = daily
        .filter(r => r.school_id === schoolId)
        .reduce((n, r) => n + Number(r.opened), 0);
      expect(opened).toBe(i + 1);
    });
    // No requester address reaches the district.
    expect(JSON.stringify([metrics, daily])).not.toContain('@');
  });

  it('says what is missing when the district dataset does not exist', () => {
    const ws = school(new BigQueryStore(), 104, 'Roosevelt High', 1);
    completed(ws.run('rebuildMetrics'));
    ws.open();
    const record = ws.clickMenu('Peer Desk', 'Send figures to the district');
    expect(record.outcome).toBe('failed');
    expect(record.error).toContain(
      'The district dataset springfield-schools:peer_desks does not exist, or this account cannot see it'
    );
  });

  it('opens a Looker Studio report on the district tables', () => {
    const ws = school(districtDataset(), 105, 'Garfield Elementary', 0);
    ws.open();
    completed(
      ws.clickMenu('Peer Desk', 'Open district report in Looker Studio')
    );
    const dialog = ws.services.spreadsheets.ui.dialogs.at(-1);
    expect(dialog?.title).toBe('Peer Desk district');
    const html = (dialog?.output as {getContent(): string}).getContent();
    // platform.md: Looker Studio (the Linking API's BigQuery connector parameters).
    expect(html).toContain(
      'https://lookerstudio.google.com/reporting/create?c.mode=edit&amp;ds.ds0.connector=bigQuery&amp;ds.ds0.type=TABLE&amp;ds.ds0.projectId=springfield-schools&amp;ds.ds0.datasetId=peer_desks&amp;ds.ds0.tableId=metrics'
    );
    expect(html).toContain('ds.ds0.tableId=daily');
  });
});

describe('the school edition', () => {
  it('never asks for the BigQuery scope and shows no district menu', () => {
    // platform.md: BigQuery — everyone who authorises the script is asked for its scopes.
    const manifest = JSON.parse(readFileSync('dist/appsscript.json', 'utf8'));
    expect(manifest.oauthScopes.join(' ')).not.toContain('bigquery');
    expect(manifest.dependencies.enabledAdvancedServices).toBeUndefined();
    const district = JSON.parse(
      readFileSync(join(dirname(districtBundle), 'appsscript.json'), 'utf8')
    );
    expect(district.oauthScopes).toContain(
      'https://www.googleapis.com/auth/bigquery'
    );
    const ws = new Workspace().loadBundle();
    completed(ws.run('setupDesk'));
    ws.open();
    const items = ws.services.spreadsheets.ui.menus[0].items.map(
      i => i.caption
    );
    expect(items).toContain('Open in Looker Studio');
    expect(items).not.toContain('Send figures to the district');
    // The hourly run completes without BigQuery, whatever Config says.
    setConfig(ws, 'School ID', '7');
    completed(ws.run('hourlyMetrics'));
  });
});

import {Workspace} from '../../../sandbox/workspace/workspace';
import {
  at,
  Fields,
  JO,
  LEDGER_FIELDS,
  NOW,
  REOPENED,
  REQUESTER,
  SCHEDULE_ROWS,
  TECH_ROWS,
} from '../../fixtures/hand-worked-ledger';
import {
  allCompleted,
  completed,
  connectChat,
  setConfig,
  SPACE,
} from '../../support/peer-desk';

const LEADER = 'principal@school.example';

/** Host writes (not counted): a tab's rows after its header, by header name. */
function fill(ws: Workspace, tab: string, rows: readonly Fields[]): void {
  const [header] = ws.values(tab);
  ws.sheet(tab)
    .getRange(2, 1, rows.length, header.length)
    .setValues(rows.map(r => header.map(h => r[String(h)] ?? '')));
}

/** A desk set up on Wednesday noon, holding the hand-worked ledger, its techs and bell times. */
function handWorkedDesk(): Workspace {
  const ws = new Workspace({start: NOW}).loadBundle();
  completed(ws.run('setupDesk'));
  fill(ws, 'Techs', TECH_ROWS);
  fill(ws, 'Schedule', SCHEDULE_ROWS);
  fill(
    ws,
    'Tickets',
    LEDGER_FIELDS.map(t => ({...t, Requester: REQUESTER}))
  );
  fill(ws, 'Activity', [
    {
      When: at('2026-11-24 10:00'),
      'Ticket ID': REOPENED,
      Field: 'Status',
      'Old Value': 'Resolved',
      'New Value': 'Reopened',
      Who: JO,
    },
  ]);
  ws.faults.evictCache();
  return ws;
}

const MONDAY = at('2026-11-23 00:00');
const TUESDAY = at('2026-11-24 00:00');
const WEDNESDAY = at('2026-11-25 00:00');

describe('Rebuild metrics', () => {
  it('writes one Metrics row per ticket with the hand-worked values', () => {
    const ws = handWorkedDesk();
    completed(ws.run('rebuildMetrics'));
    const [header, ...rows] = ws.values('Metrics');
    expect(header).toEqual([
      'ticket_id',
      'created',
      'week_start',
      'campus',
      'category',
      'priority',
      'status',
      'assignee',
      'assignee_tier',
      'resolved_by',
      'first_response_school_min',
      'first_response_wall_min',
      'resolution_school_min',
      'resolution_wall_min',
      'sla_first_response_met',
      'sla_resolution_met',
      'escalated',
      'reopened',
      'satisfaction',
      'duplicate_of',
    ]);
    expect(rows).toEqual([
      [
        'T-000001',
        at('2026-11-23 09:00'),
        MONDAY,
        'North',
        'Printer',
        'P2',
        'Closed',
        'Jo Junior',
        'Junior Tech',
        'student',
        20,
        20,
        60,
        60,
        true,
        true,
        false,
        false,
        5,
        '',
      ],
      [
        'T-000002',
        at('2026-11-23 14:00'),
        MONDAY,
        'North',
        'Printer',
        'P1',
        'Resolved',
        'Jo Junior',
        'Junior Tech',
        'student',
        30,
        30,
        120,
        1140,
        false,
        true,
        false,
        true,
        4,
        '',
      ],
      [
        'T-000003',
        at('2026-11-24 10:00'),
        MONDAY,
        'South',
        'Wi-Fi or Network',
        'P3',
        'Resolved',
        'Lee Staff',
        'Level 2 Staff',
        'staff',
        10,
        10,
        70,
        100,
        true,
        true,
        false,
        false,
        3,
        '',
      ],
      [
        'T-000004',
        at('2026-11-24 13:00'),
        MONDAY,
        'South',
        'Wi-Fi or Network',
        'P1',
        'Escalated',
        'Jo Junior',
        'Junior Tech',
        '',
        '',
        '',
        '',
        '',
        false,
        false,
        true,
        false,
        '',
        'T-000003',
      ],
      [
        'T-000005',
        at('2026-11-25 08:30'),
        MONDAY,
        'North',
        'Chromebook',
        'P4',
        'New',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        false,
        '',
        false,
        false,
        '',
        '',
      ],
    ]);
  });

  it('writes one Daily row per date and campus', () => {
    const ws = handWorkedDesk();
    completed(ws.run('rebuildMetrics'));
    expect(ws.values('Daily')).toEqual([
      [
        'date',
        'campus',
        'opened',
        'resolved',
        'backlog',
        'median_resolution_min',
        'p90_resolution_min',
        'student_resolution_rate',
        'sla_compliance',
        'mean_satisfaction',
        'ratings',
      ],
      [MONDAY, 'North', 2, 1, 1, 60, 60, 1, 1, 5, 1],
      [MONDAY, 'South', 0, 0, 0, '', '', '', '', '', 0],
      [TUESDAY, 'North', 0, 1, 0, 120, 120, 1, 1, 4, 1],
      [TUESDAY, 'South', 2, 1, 1, 70, 70, 0, 1, 3, 1],
      [WEDNESDAY, 'North', 1, 0, 1, '', '', '', '', '', 0],
      [WEDNESDAY, 'South', 0, 0, 1, '', '', '', '', '', 0],
    ]);
  });

  // platform.md: Looker Studio
  it('keeps the Looker rules: unique snake_case headers, one type per column, values, no requester address', () => {
    const ws = handWorkedDesk();
    completed(ws.run('rebuildMetrics'));
    for (const tab of ['Metrics', 'Daily']) {
      const [header, ...rows] = ws.values(tab);
      expect(new Set(header).size).toBe(header.length);
      for (const name of header) expect(name).toMatch(/^[a-z][a-z0-9_]*$/);
      header.forEach((name, c) => {
        const kinds = new Set(
          rows
            .map(r => r[c])
            .filter(v => v !== '')
            .map(v => (v instanceof Date ? 'date' : typeof v))
        );
        expect({column: name, kinds: kinds.size <= 1}).toEqual({
          column: name,
          kinds: true,
        });
      });
      const formulas = ws.sheet(tab).getDataRange().getFormulas().flat();
      expect(formulas.filter(f => f !== '')).toEqual([]);
      const cells = ws.values(tab).flat().map(String);
      expect(cells.filter(c => c.includes(REQUESTER))).toEqual([]);
      expect(cells.filter(c => /\S+@\S+/.test(c))).toEqual([]);
      expect(ws.sheet(tab).getFrozenRows()).toBe(1);
    }
  });

  it('costs the same number of Sheets calls however many tickets there are', () => {
    const ws = handWorkedDesk();
    completed(ws.run('rebuildMetrics'));
    const first = completed(ws.run('rebuildMetrics')).calls;
    fill(
      ws,
      'Tickets',
      Array.from({length: 60}, (_, i) => ({
        ...LEDGER_FIELDS[i % 5],
        'Ticket ID': `T-${String(i + 1).padStart(6, '0')}`,
      }))
    );
    // The first run over the larger ledger records its new badges; the next one has none to add.
    completed(ws.run('rebuildMetrics'));
    const second = completed(ws.run('rebuildMetrics')).calls;
    const sheets = (calls: Record<string, number>) =>
      Object.entries(calls).filter(([name]) =>
        name.startsWith('SpreadsheetApp')
      );
    expect(sheets(second)).toEqual(sheets(first));
    // One read each of Tickets, Activity and Recognition; one write each of Metrics, Daily, Dashboard.
    expect(first['SpreadsheetApp.Range.getValues']).toBe(3);
    expect(first['SpreadsheetApp.Range.setValues']).toBe(3);
  });

  it('clears rows a longer ledger left behind', () => {
    const ws = handWorkedDesk();
    const many = Array.from({length: 12}, (_, i) => ({
      ...LEDGER_FIELDS[i % 5],
      'Ticket ID': `T-${String(i + 1).padStart(6, '0')}`,
    }));
    fill(ws, 'Tickets', many);
    completed(ws.run('rebuildMetrics'));
    expect(ws.table('Metrics')).toHaveLength(12);
    const width = ws.values('Tickets')[0].length;
    ws.sheet('Tickets').getRange(7, 1, 7, width).clearContent();
    completed(ws.run('rebuildMetrics'));
    expect(ws.values('Metrics').map(r => r[0])).toEqual([
      'ticket_id',
      'T-000001',
      'T-000002',
      'T-000003',
      'T-000004',
      'T-000005',
    ]);
  });

  it('sizes the Metrics, Daily and Dashboard grids to what they hold (every cell counts toward the 10M cap)', () => {
    // platform.md: Spreadsheets — every tab's whole grid counts; a new tab is 1,000 × 26.
    const ws = handWorkedDesk();
    completed(ws.run('rebuildMetrics'));
    for (const tab of ['Metrics', 'Daily', 'Recognition']) {
      const sheet = ws.sheet(tab);
      expect([tab, sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([
        tab,
        Math.max(sheet.getLastRow(), 2),
        sheet.getLastColumn(),
      ]);
    }
    const dashboard = ws.sheet('Dashboard');
    const charts = dashboard.getCharts().length;
    expect(dashboard.getMaxRows()).toBe(
      Math.max(dashboard.getLastRow(), 1 + (charts - 1) * 18 + 18)
    );
    expect(dashboard.getMaxColumns()).toBe(15);
  });
});

describe('the Dashboard', () => {
  it('compares this week with last, ranks the techs and shows recognitions', () => {
    const ws = handWorkedDesk();
    completed(ws.run('rebuildMetrics'));
    const rows = ws.values('Dashboard');
    const row = (label: string) => rows.find(r => r[0] === label);
    expect(row('Tickets opened')?.slice(0, 4)).toEqual([
      'Tickets opened',
      5,
      0,
      5,
    ]);
    expect(row('Median time to resolution (school min)')?.slice(1, 3)).toEqual([
      70,
      '',
    ]);
    expect(row('Student resolution rate (%)')?.[1]).toBe(66.7);
    expect(row('SLA compliance (%)')?.[1]).toBe(100);
    expect(row('Mean satisfaction (1–5)')?.[1]).toBe(4);
    // Two student fixes × 20 minutes (Config "Teacher Minutes Saved per Ticket").
    expect(row('Teacher time saved (hours)')?.[1]).toBe(0.7);
    expect(row('North 101')?.slice(0, 2)).toEqual(['North 101', 2]);
    expect(row('A-77')?.slice(0, 2)).toEqual(['A-77', 2]);
    expect(row('Jo Junior')?.slice(0, 5)).toEqual(['Jo Junior', 1, 1, 5, 1]);
    expect(rows.filter(r => r[2] === 'First fix').map(r => r[1])).toEqual([
      'Lee Staff',
      'Sam Senior',
      'Jo Junior',
    ]);
  });

  it('embeds the weekly volume, resolution trend, backlog and category charts, replaced on each rebuild', () => {
    const ws = handWorkedDesk();
    completed(ws.run('rebuildMetrics'));
    completed(ws.run('rebuildMetrics'));
    const charts = ws.sheet('Dashboard').getCharts();
    expect(charts.map(c => [c.spec.chartType, c.spec.options.title])).toEqual([
      ['COLUMN', 'Weekly volume'],
      ['LINE', 'Median time to resolution'],
      ['LINE', 'Backlog'],
      ['PIE', 'Tickets by category'],
    ]);
    const weekly = charts[0].spec.ranges.map(r => r.getValues());
    expect(weekly[0][0]).toEqual(['Week']);
    expect(weekly[1][0]).toEqual(['Tickets']);
    expect(weekly[0].at(-1)).toEqual([MONDAY]);
    expect(weekly[1].at(-1)).toEqual([5]);
    expect(charts[3].spec.ranges[0].getValues()).toEqual([
      ['Category', 'Tickets'],
      ['Printer', 2],
      ['Wi-Fi or Network', 2],
      ['Chromebook', 1],
    ]);
  });
});

describe('Recognition', () => {
  it('records each badge once and announces it in the desk’s Chat space once', () => {
    const ws = handWorkedDesk();
    connectChat(ws);
    completed(ws.run('rebuildMetrics'));
    completed(ws.run('rebuildMetrics'));
    expect(
      ws
        .table('Recognition')
        .map(r => [r.Earned, r.Tech, r.Badge, r['Badge ID']])
    ).toEqual([
      [at('2026-11-23 10:00'), 'Jo Junior', 'First fix', 'first-fix'],
      [at('2026-11-24 09:00'), 'Sam Senior', 'First fix', 'first-fix'],
      [at('2026-11-24 11:40'), 'Lee Staff', 'First fix', 'first-fix'],
    ]);
    const posts = ws.services.chat
      .messages(SPACE)
      .map(m => String(m.text ?? ''))
      .filter(text => text.includes('well done'));
    expect(posts).toEqual([
      '*Peer Desk: well done!*\n🏅 Jo Junior: First fix\n🏅 Sam Senior: First fix\n🏅 Lee Staff: First fix',
    ]);
  });
});

describe('Open in Looker Studio', () => {
  // platform.md: Looker Studio (Linking API)
  it('shows a Linking API link to a new report on the Metrics tab', () => {
    const ws = handWorkedDesk();
    allCompleted(ws.open());
    completed(ws.clickMenu('Peer Desk', 'Open in Looker Studio'));
    const dialog = ws.services.spreadsheets.ui.dialogs.at(-1);
    expect(dialog?.title).toBe('Peer Desk in Looker Studio');
    const html = (dialog?.output as {getContent(): string}).getContent();
    const id = ws.spreadsheet.getId();
    const gid = ws.sheet('Metrics').getSheetId();
    expect(html).toContain(
      `href="https://lookerstudio.google.com/reporting/create?c.mode=edit&amp;ds.ds0.connector=googleSheets&amp;ds.ds0.spreadsheetId=${id}&amp;ds.ds0.worksheetId=${gid}&amp;ds.ds0.hasHeader=true&amp;r.reportName=`
    );
  });
});

describe('the weekly digest', () => {
  it('goes to the Config leaders once, in the hourly run after its day and hour', () => {
    const ws = handWorkedDesk();
    setConfig(ws, 'Digest Recipients', `${LEADER}, vp@school.example`);
    setConfig(ws, 'Digest Day', 'Thu');
    completed(ws.run('hourlyMetrics'));
    expect(ws.outbox.filter(m => m.subject.includes('digest'))).toEqual([]);
    setConfig(ws, 'Digest Day', 'Wed');
    setConfig(ws, 'Digest Hour', '11');
    completed(ws.run('hourlyMetrics'));
    completed(ws.run('hourlyMetrics'));
    const digests = ws.outbox.filter(m => m.subject.includes('weekly digest'));
    expect(digests.map(m => m.to)).toEqual([[LEADER], ['vp@school.example']]);
    expect(digests[0].subject).toBe(
      'Peer Desk weekly digest: 5 tickets, 3 resolved (week of 2026-11-23)'
    );
    expect(digests[0].body).toContain('- Tickets opened: 5 (▲ from 0)');
    expect(digests[0].body).toContain('- Room North 101: 2 tickets');
    expect(digests[0].body).toContain('- Asset A-77: 2 tickets');
    expect(digests[0].body).toContain('- Jo Junior: First fix');
    expect(digests[0].htmlBody).toContain(
      '<h3>Recurring problems (last 4 weeks)</h3>'
    );
  });
});

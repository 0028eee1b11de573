import ExcelJS from 'exceljs';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
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

const SETUP_AHEAD_MS = 90_000;

/**
 * A desk set up on Wednesday noon, holding the hand-worked ledger (and any `earlier` tickets), its
 * techs and bell times.
 */
function handWorkedDesk(earlier: readonly Fields[] = []): Workspace {
  // Set up a little before noon, so the figures are taken at noon however long setup takes
  // (an open ticket's class time grows by the minute).
  const ws = new Workspace({
    start: new Date(NOW.getTime() - SETUP_AHEAD_MS),
  }).loadBundle();
  completed(ws.run('setupDesk'));
  ws.clock.set(NOW);
  fill(ws, 'Techs', TECH_ROWS);
  fill(ws, 'Schedule', SCHEDULE_ROWS);
  fill(
    ws,
    'Tickets',
    [...LEDGER_FIELDS, ...earlier].map(t => ({...t, Requester: REQUESTER}))
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

/** A printer ticket of the week before, closed the same day: the desk's second week of tickets. */
const LAST_WEEKS_TICKET: Fields = {
  'Ticket ID': 'T-000006',
  Status: 'Closed',
  Assignee: JO,
  Created: at('2026-11-17 09:00'),
  Campus: 'North',
  Room: '102',
  Category: 'Printer',
  Priority: 'P3',
  'First Response': at('2026-11-17 09:10'),
  'Resolved At': at('2026-11-17 10:00'),
  'Resolved By': JO,
  'Resolver Role': 'Student',
};

/** The hand-worked desk with a week of tickets before it, so the Dashboard has trends to draw. */
function twoWeeksDesk(): Workspace {
  return handWorkedDesk([LAST_WEEKS_TICKET]);
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
      'stops_class',
      'class_time_lost_min',
      'self_help_offered',
      'fixed_by_article',
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
        false,
        0,
        0,
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
        false,
        0,
        0,
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
        true,
        100,
        0,
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
        true,
        360,
        0,
        '',
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
        false,
        0,
        0,
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
        'sla_breaches',
        'escalations',
        'class_time_lost_min',
      ],
      [MONDAY, 'North', 2, 1, 1, 60, 60, 1, 1, 5, 1, 0, 0, 0],
      [MONDAY, 'South', 0, 0, 0, '', '', '', '', '', 0, 0, 0, 0],
      [TUESDAY, 'North', 0, 1, 0, 120, 120, 1, '', 4, 1, 0, 0, 0],
      [TUESDAY, 'South', 2, 1, 1, 70, 70, 0, 0.5, 3, 1, 1, 1, 220],
      [WEDNESDAY, 'North', 1, 0, 1, '', '', '', '', '', 0, 0, 0, 0],
      [WEDNESDAY, 'South', 0, 0, 1, '', '', '', '', '', 0, 0, 0, 240],
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
    // Metrics rows are written only where they changed (open tickets' figures move with the
    // clock), in at most 8 runs; every other call is the same.
    const writes = [
      'SpreadsheetApp.Range.setValues',
      'SpreadsheetApp.Sheet.getRange',
    ];
    const sheets = (calls: Record<string, number>) =>
      Object.entries(calls).filter(
        ([name]) => name.startsWith('SpreadsheetApp') && !writes.includes(name)
      );
    expect(sheets(second)).toEqual(sheets(first));
    // Tickets: its header, then the figures' and the daily email's columns in 4 runs; one read
    // each of Activity, Metrics and Recognition. One write each of Daily and the Dashboard, and
    // Metrics rows that changed.
    expect(first['SpreadsheetApp.Range.getValues']).toBe(8);
    expect(first['SpreadsheetApp.Range.setValues']).toBe(2);
    expect(second['SpreadsheetApp.Range.setValues']).toBeLessThanOrEqual(2 + 8);
  });

  it('reads the figures’ columns by header, wherever a person moved them on Tickets', () => {
    const ws = handWorkedDesk();
    completed(ws.run('rebuildMetrics'));
    const before = ws.values('Metrics');
    // Host write: the whole Tickets tab with its columns in reverse order.
    const tickets = ws.values('Tickets');
    ws.sheet('Tickets')
      .getRange(1, 1, tickets.length, tickets[0].length)
      .setValues(tickets.map(row => [...row].reverse()));
    completed(ws.run('rebuildMetrics'));
    expect(ws.values('Metrics')).toEqual(before);
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
    const twoWeeks = twoWeeksDesk();
    completed(twoWeeks.run('rebuildMetrics'));
    // A table's rows are formatted in blocks of 500 (formatted again only when it outgrows one),
    // so its grid keeps its header and one block: a few tickets' tables are 501 rows tall.
    for (const tab of ['Metrics', 'Daily', 'Recognition']) {
      const sheet = ws.sheet(tab);
      expect(sheet.getLastRow()).toBeLessThan(501);
      expect([tab, sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([
        tab,
        501,
        sheet.getLastColumn(),
      ]);
    }
    // The charts, two abreast, each keep 20 rows × 7 columns from their anchor.
    const dashboard = twoWeeks.sheet('Dashboard');
    const anchors = dashboard.getCharts().map(c => c.spec.position);
    expect(dashboard.getMaxRows()).toBe(
      Math.max(dashboard.getLastRow(), ...anchors.map(a => a.anchorRow + 20))
    );
    expect(dashboard.getMaxColumns()).toBe(
      Math.max(...anchors.map(a => a.anchorColumn + 7))
    );
    expect(dashboard.getMaxColumns()).toBe(12);
  });
});

describe('the Dashboard', () => {
  it('compares this week with last, ranks the techs by fixes (no ratings by name) and shows recognitions', () => {
    const ws = twoWeeksDesk();
    completed(ws.run('rebuildMetrics'));
    const rows = ws.values('Dashboard');
    const compared = rows.findIndex(r => r[0] === 'This week against last');
    const row = (label: string) =>
      rows.slice(compared).find(r => r[0] === label);
    expect(row('Tickets opened')?.slice(0, 4)).toEqual([
      'Tickets opened',
      5,
      1,
      4,
    ]);
    expect(row('Median time to resolution')?.slice(1, 3)).toEqual([70, 60]);
    expect(row('Student resolution rate')?.[1]).toBe(0.667);
    expect(row('Mean satisfaction')?.[1]).toBe(4);
    // Two student fixes × 20 minutes (Config "Teacher Minutes Saved per Ticket").
    expect(row('Teacher time saved')?.[1]).toBe(0.67);
    expect(row('Class time lost')?.slice(1, 5)).toEqual([
      460,
      0,
      460,
      '▲ up from 0 min, worse',
    ]);
    expect(row('North 101')?.slice(0, 2)).toEqual(['North 101', 2]);
    expect(row('A-77')?.slice(0, 2)).toEqual(['A-77', 2]);
    expect(rows.find(r => r[0] === 'Tech')?.slice(0, 5)).toEqual([
      'Tech',
      'Resolved this week',
      'Resolved in all',
      'Badges',
      '',
    ]);
    expect(row('Jo Junior')?.slice(0, 5)).toEqual(['Jo Junior', 1, 2, 1, '']);
    expect(rows.filter(r => r[2] === 'First fix').map(r => r[1])).toEqual([
      'Lee Staff',
      'Sam Senior',
      'Jo Junior',
    ]);
  });

  it('in its first week, compares with nothing and says the trends need two weeks', () => {
    const ws = handWorkedDesk();
    completed(ws.run('rebuildMetrics'));
    const rows = ws.values('Dashboard');
    expect(rows[4].slice(0, 6)).toEqual(new Array(6).fill('first week'));
    expect(rows[7][0]).toBe(
      'Weekly trends: not enough weeks yet. The charts appear once the desk has two weeks of tickets.'
    );
    const compared = rows.findIndex(r => r[0] === 'This week against last');
    const classTime = rows
      .slice(compared)
      .find(r => r[0] === 'Class time lost');
    expect(classTime?.slice(1, 5)).toEqual([460, '', '', '']);
    // One week is one point: no trend chart, only the categories.
    const charts = ws.sheet('Dashboard').getCharts();
    expect(charts.map(c => c.spec.options.title)).toEqual([
      'Tickets by category',
    ]);
    expect(charts[0].spec.position).toMatchObject({
      anchorRow: 8,
      anchorColumn: 5,
    });
  });

  it('shows the tiles and charts in a 1,366-px laptop’s first screen', () => {
    const ws = twoWeeksDesk();
    completed(ws.run('rebuildMetrics'));
    const sheet = ws.sheet('Dashboard');
    // platform.md: Sheets on a laptop screen (1,300 px of columns); a chart is 600 × 371 px.
    const left = (column: number) => {
      let px = 0;
      for (let c = 1; c < column; c++) px += sheet.getColumnWidth(c);
      return px;
    };
    const top = (row: number) => {
      let px = 0;
      for (let r = 1; r < row; r++) px += sheet.getRowHeight(r);
      return px;
    };
    expect(left(7)).toBeLessThanOrEqual(1300);
    const charts = sheet.getCharts().map(c => c.spec.position);
    expect(charts).toHaveLength(6);
    for (const chart of charts)
      expect(left(chart.anchorColumn) + 600).toBeLessThanOrEqual(1300);
    // The first two sit right under the tiles.
    expect(charts.slice(0, 2).map(c => top(c.anchorRow))).toEqual([
      top(8),
      top(8),
    ]);
    expect(top(8)).toBeLessThan(200);
  });

  it('counts an open breach against SLA compliance on the Dashboard, Daily and the digest', () => {
    const ws = handWorkedDesk();
    setConfig(ws, 'Digest Recipients', LEADER);
    completed(ws.run('sendWeeklyDigest'));
    // T-000004 (P1, 120 school minutes) is still open past its target; the three resolved
    // tickets met theirs. Counting only resolved tickets would say 100%.
    const dashboard = ws.values('Dashboard');
    expect(dashboard.slice(2, 6).map(r => r.slice(0, 6))).toEqual([
      [
        'Tickets opened',
        'Student resolution',
        'SLA compliance',
        'Median time to fix',
        'Class time lost',
        'Satisfaction',
      ],
      [5, 0.667, 0.75, 70, 460, 4],
      new Array(6).fill('first week'),
      ['', '', '1 breach (1 still open), 1 escalation', '', '', ''],
    ]);
    const tiles = ws.sheet('Dashboard').getRange(4, 1, 1, 6);
    expect(tiles.getNumberFormats()).toEqual([
      ['#,##0', '0%', '0%', '#,##0" min"', '#,##0" min"', '0.0" / 5"'],
    ]);
    expect(tiles.getDisplayValues()).toEqual([
      ['5', '67%', '75%', '70 min', '460 min', '4.0 / 5'],
    ]);
    const south = ws
      .table('Daily')
      .find(r => r.campus === 'South' && r.opened === 2);
    expect([south?.sla_compliance, south?.sla_breaches]).toEqual([0.5, 1]);
    const [digest] = ws.outbox.filter(m => m.subject.includes('digest'));
    expect(digest.body).toContain(
      '\nSLA compliance: 75% — 1 breach (1 still open), 1 escalation\n'
    );
  });

  it('formats its figures and the Metrics, Daily and Recognition tables', () => {
    const ws = handWorkedDesk();
    completed(ws.run('rebuildMetrics'));
    const daily = ws.sheet('Daily');
    expect(daily.getFrozenRows()).toBe(1);
    expect(daily.getRange(1, 1).getFontWeight()).toBe('bold');
    expect(daily.getRange(2, 9).getNumberFormat()).toBe('0%');
    expect(daily.getRange(5, 9).getDisplayValue()).toBe('50%');
    expect(ws.sheet('Metrics').getRange(2, 2).getDisplayValue()).toBe(
      '2026-11-23 09:00'
    );
    expect(ws.sheet('Recognition').getFrozenRows()).toBe(1);
    expect(ws.sheet('Recognition').getRange(2, 1).getNumberFormat()).toBe(
      'yyyy-mm-dd'
    );
    const dashboard = ws.sheet('Dashboard');
    expect(dashboard.getColumnWidth(1)).toBe(240);
    expect(dashboard.getRange(1, 1).getFontSize()).toBe(16);
    const rows = ws.values('Dashboard');
    const sla = rows.findIndex((r, i) => i > 6 && r[0] === 'SLA compliance');
    expect(dashboard.getRange(sla + 1, 2, 1, 3).getDisplayValues()).toEqual([
      ['75%', '', ''],
    ]);
  });

  it('embeds the weekly volume, SLA, class time, resolution, backlog and category charts', () => {
    const ws = twoWeeksDesk();
    completed(ws.run('rebuildMetrics'));
    completed(ws.run('rebuildMetrics'));
    const charts = ws.sheet('Dashboard').getCharts();
    expect(charts.map(c => [c.spec.chartType, c.spec.options.title])).toEqual([
      ['COLUMN', 'Tickets opened per week'],
      ['LINE', 'SLA compliance per week'],
      ['COLUMN', 'Class time lost per week (school minutes)'],
      ['LINE', 'Median time to resolution (school minutes)'],
      ['LINE', 'Backlog at week end'],
      ['PIE', 'Tickets by category'],
    ]);
    const weekly = charts[0].spec.ranges.map(r => r.getValues());
    expect(weekly[0][0]).toEqual(['Week']);
    expect(weekly[1][0]).toEqual(['Tickets']);
    expect(weekly[0].at(-1)).toEqual([MONDAY]);
    expect(weekly[1].at(-1)).toEqual([5]);
    expect(charts[1].spec.ranges[1].getValues().at(-1)).toEqual([0.75]);
    expect(weekly[0]).toHaveLength(3);
    expect(charts[5].spec.ranges[0].getValues()).toEqual([
      ['Category', 'Tickets'],
      ['Printer', 3],
      ['Wi-Fi or Network', 2],
      ['Chromebook', 1],
    ]);
  });
});

describe('the leader tabs’ look', () => {
  const FORMAT_CALLS = [
    'SpreadsheetApp.Range.setNumberFormat',
    'SpreadsheetApp.Range.setFontWeight',
    'SpreadsheetApp.Range.setBackground',
    'SpreadsheetApp.Sheet.clearFormats',
    'SpreadsheetApp.Sheet.setColumnWidth',
    'SpreadsheetApp.Sheet.insertChart',
    'SpreadsheetApp.Sheet.removeChart',
  ];
  const formatCalls = (calls: Record<string, number>) =>
    FORMAT_CALLS.filter(name => (calls[name] ?? 0) > 0);
  const chartTitles = (ws: Workspace) =>
    ws
      .sheet('Dashboard')
      .getCharts()
      .map(c => String(c.spec.options.title));

  it('is applied once: the next hourly run neither formats nor re-inserts charts, yet draws the new figures', () => {
    const ws = twoWeeksDesk();
    completed(ws.run('hourlyMetrics'));
    expect(chartTitles(ws)).toHaveLength(6);
    const [header] = ws.values('Tickets');
    ws.sheet('Tickets')
      .getRange(2, header.indexOf('Category') + 1)
      .setValue('Wi-Fi or Network');
    const next = completed(ws.run('hourlyMetrics'));
    expect(formatCalls(next.calls)).toEqual([]);
    const pie = ws.sheet('Dashboard').getCharts()[5].spec.ranges[0];
    expect(pie.getValues()).toEqual([
      ['Category', 'Tickets'],
      ['Wi-Fi or Network', 3],
      ['Printer', 2],
      ['Chromebook', 1],
    ]);
    expect(ws.sheet('Daily').getRange(2, 9).getNumberFormat()).toBe('0%');
  });

  it('is applied again when the plan changes, on a tab made anew, and after Set up or repair', () => {
    const ws = twoWeeksDesk();
    completed(ws.run('hourlyMetrics'));
    // A fourth category lengthens the pie chart's table: the Dashboard's plan changed.
    const [header] = ws.values('Tickets');
    ws.sheet('Tickets')
      .getRange(2, header.indexOf('Category') + 1)
      .setValue('Projector');
    const changed = completed(ws.run('hourlyMetrics'));
    expect(changed.calls['SpreadsheetApp.Sheet.insertChart']).toBe(6);
    const pie = ws.sheet('Dashboard').getCharts()[5].spec.ranges[0];
    expect(pie.getValues()).toHaveLength(5);
    // A person deletes the Dashboard: the next run makes it with its look and charts.
    ws.spreadsheet.deleteSheet(ws.sheet('Dashboard'));
    completed(ws.run('hourlyMetrics'));
    expect(chartTitles(ws)).toHaveLength(6);
    expect(ws.sheet('Dashboard').getRange(1, 1).getFontSize()).toBe(16);
    // A person clears the Daily tab's formats: neither the hourly run nor the menu's rebuild
    // formats again (their plan did not change); Set up or repair has the next rebuild do it.
    ws.sheet('Daily').clearFormats();
    completed(ws.run('hourlyMetrics'));
    const menu = completed(ws.run('rebuildMetrics'));
    expect(formatCalls(menu.calls)).toEqual([]);
    expect(ws.sheet('Daily').getRange(2, 9).getNumberFormat()).toBe('General');
    completed(ws.run('setupDesk'));
    const repaired = completed(ws.run('hourlyMetrics'));
    expect(formatCalls(repaired.calls)).toContain(
      'SpreadsheetApp.Sheet.insertChart'
    );
    expect(ws.sheet('Daily').getRange(2, 9).getNumberFormat()).toBe('0%');
  });
});

describe('the offline workbook', () => {
  it('keeps the tabs’ formats, frozen headers and widths, the Tickets tab’s highlights, and the Dashboard’s charts as pictures', async () => {
    const ws = twoWeeksDesk();
    completed(ws.run('rebuildMetrics'));
    const dir = mkdtempSync(join(tmpdir(), 'peer-desk-workbook-'));
    try {
      const path = join(dir, 'peer-desk.xlsx');
      await ws.saveXlsx(path);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(path);
      const tab = (name: string) =>
        workbook.getWorksheet(name) as ExcelJS.Worksheet;
      for (const name of ['Metrics', 'Daily', 'Recognition']) {
        expect(tab(name).views[0]).toMatchObject({state: 'frozen', ySplit: 1});
        expect(tab(name).getCell('A1').font?.bold).toBe(true);
      }
      const ticketsTab = tab('Tickets');
      expect(ticketsTab.views[0]).toMatchObject({
        state: 'frozen',
        xSplit: 1,
        ySplit: 1,
      });
      // The highlights a tech sees in Sheets (open P1, overdue, waiting, settled) stay in the offline workbook.
      // exceljs reads conditionalFormattings back but its typings leave the property out.
      const {conditionalFormattings} = ticketsTab as unknown as {
        conditionalFormattings: ExcelJS.ConditionalFormattingOptions[];
      };
      const highlights = conditionalFormattings.map(cf => [
        cf.ref,
        (cf.rules[0] as ExcelJS.ExpressionRuleType).formulae?.[0],
        cf.rules[0].style?.fill?.type === 'pattern'
          ? cf.rules[0].style.fill.bgColor?.argb
          : undefined,
      ]);
      // Across every Tickets column, to the last one; Resolve Due is column K in the desk's order.
      const width = ws.values('Tickets')[0].length;
      const lastColumn = ws.sheet('Tickets').getRange(1, width).getA1Notation();
      const rows = `A2:${lastColumn.replace('1', '')}1000`;
      expect(highlights).toEqual([
        [
          'C2:C1000',
          'AND($C2="P1",NOT(OR($B2="Resolved",$B2="Closed",$B2="Merged")))',
          'FFCC0000',
        ],
        [
          rows,
          expect.stringMatching(/^AND\(ISNUMBER\(\$K2\),\$K2<NOW\(\)/),
          'FFF4CCCC',
        ],
        [rows, '$B2="Waiting on Requester"', 'FFEEEEEE'],
        [rows, 'OR($B2="Resolved",$B2="Closed",$B2="Merged")', undefined],
      ]);
      expect(tab('Daily').getCell('I2').numFmt).toBe('0%');
      expect(tab('Metrics').getCell('B2').numFmt).toBe('yyyy-mm-dd hh:mm');
      const dashboard = tab('Dashboard');
      expect(dashboard.getCell('C4').numFmt).toBe('0%');
      expect(dashboard.getCell('C4').value).toBe(0.75);
      expect(dashboard.getCell('A4').font?.size).toBe(20);
      expect(dashboard.getColumn(1).width).toBeCloseTo(240 / 7);
      const images = dashboard.getImages();
      expect(images).toHaveLength(ws.sheet('Dashboard').getCharts().length);
      expect(images).toHaveLength(6);
      expect(
        images.map(i => [i.range.tl.nativeRow, i.range.tl.nativeCol])
      ).toEqual([
        [7, 0],
        [7, 4],
        [27, 0],
        [27, 4],
        [47, 0],
        [47, 4],
      ]);
    } finally {
      rmSync(dir, {recursive: true, force: true});
    }
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
      'Peer Desk weekly digest: 5 tickets, 3 resolved, SLA 75% (week of 2026-11-23)'
    );
    expect(digests[0].body).toContain('\nTickets opened: 5\n');
    expect(digests[0].body).toContain('- Room North 101: 2 tickets');
    expect(digests[0].body).toContain('- Asset A-77: 2 tickets');
    expect(digests[0].body).toContain('- Jo Junior: First fix');
    expect(digests[0].htmlBody).toMatch(
      /<h2[^>]*>Recurring problems \(last 4 weeks\)<\/h2>/
    );
    const dashboard = ws.sheet('Dashboard').getSheetId();
    expect(digests[0].body).toContain(
      `Open the Dashboard: ${ws.spreadsheet.getUrl()}#gid=${dashboard}`
    );
  });
});

import {Workspace} from '../../../sandbox/workspace/workspace';
import {
  allCompleted,
  chicago,
  completed,
  exampleDesk,
  setConfig,
} from '../../support/peer-desk';

const LIAM = 'liam.obrien@students.example.org';

function coverageRow(
  ws: Workspace,
  date: string,
  period: string,
  campus: string
) {
  return ws
    .table('Coverage')
    .find(r => r.Date === date && r.Period === period && r.Campus === campus);
}

/** The duty-hours rows under the periods: Tech, Tier, Campus, this month, next month. */
function dutyHours(ws: Workspace, tech: string): unknown[] | undefined {
  return ws.values('Coverage').find(r => r[0] === tech);
}

describe('the Coverage tab', () => {
  it('flags a period with nobody skilled on duty, and the gap a leave opens', () => {
    const ws = exampleDesk();
    completed(ws.run('rebuildCoverage'));
    expect(coverageRow(ws, '2026-11-23', '2', 'North Campus')).toMatchObject({
      Day: 'A day',
      Time: '08:55–09:45',
      'On Duty': "Ava Chen, Liam O'Brien",
      'No Skilled Tech For':
        'Wi-Fi or Network, Device Wipe or Re-enrolment, Other',
    });
    expect(ws.spreadsheet.toasts.at(-1)?.message).toMatch(
      /^Coverage rebuilt: (1 period|\d+ periods) in the next two weeks (has|have) a category nobody on duty can take\.$/
    );
    const before = dutyHours(ws, "Liam O'Brien");
    allCompleted(ws.edit('Leave', 'A2', LIAM));
    allCompleted(ws.edit('Leave', 'B2', '2026-11-23'));
    allCompleted(ws.edit('Leave', 'C2', '2026-11-23'));
    allCompleted(ws.edit('Leave', 'D2', 'field trip'));
    completed(ws.run('rebuildCoverage'));
    expect(coverageRow(ws, '2026-11-23', '2', 'North Campus')).toMatchObject({
      'On Duty': 'Ava Chen',
      'No Skilled Tech For':
        'Projector or Display, Wi-Fi or Network, Printer, Device Wipe or Re-enrolment, Audio or Video, Other',
    });
    expect(
      coverageRow(ws, '2026-11-25', '2', 'North Campus')?.['On Duty']
    ).toBe("Ava Chen, Liam O'Brien");
    // Liam's three periods of that A day (2, Lunch, 7) leave November's duty hours.
    expect(before?.slice(0, 3)).toEqual([
      "Liam O'Brien",
      'Junior Tech',
      'North Campus',
    ]);
    // November's school days less Thanksgiving Thursday and Friday (Config No School Days).
    expect(before?.[3]).toBe(37.7);
    expect(dutyHours(ws, "Liam O'Brien")?.[3]).toBe(35.3);
    expect(ws.values('Coverage').find(r => r[0] === 'Tech')).toEqual([
      'Tech',
      'Tier',
      'Campus',
      'Duty Hours 2026-11',
      'Duty Hours 2026-12',
      '',
      '',
    ]);
  });

  it('is rebuilt by the hourly trigger once a day, with no school days left out', () => {
    const ws = exampleDesk();
    expect(ws.spreadsheet.getSheetByName('Coverage')).toBeNull();
    setConfig(ws, 'No School Days', '2026-12-01');
    ws.advanceTo(chicago('2026-11-23 09:05')).forEach(completed);
    const dates = new Set(ws.table('Coverage').map(r => r.Date));
    expect(dates.has('2026-11-23')).toBe(true);
    expect(dates.has('2026-11-28')).toBe(false);
    expect(dates.has('2026-12-01')).toBe(false);
    expect(dates.has('2026-12-04')).toBe(true);
    expect(dates.has('2026-12-07')).toBe(false);
  });
});

describe('how the Coverage tab reads', () => {
  it('keeps its header frozen and both tables’ headers bold, the rows under them plain', () => {
    const ws = exampleDesk();
    completed(ws.run('rebuildCoverage'));
    const sheet = ws.sheet('Coverage');
    const rows = ws.values('Coverage');
    const weight = (row: number) =>
      sheet.getRange(row, 1, 1, 5).getFontWeights()[0];
    const techHeader = rows.findIndex(r => r[0] === 'Tech') + 1;
    expect(sheet.getFrozenRows()).toBe(1);
    expect(weight(1)).toEqual(new Array(5).fill('bold'));
    expect(weight(techHeader)).toEqual(new Array(5).fill('bold'));
    expect(weight(2)).toEqual(new Array(5).fill('normal'));
    expect(weight(techHeader + 1)).toEqual(new Array(5).fill('normal'));
  });
});

import {Workspace} from '../../../sandbox/workspace/workspace';
import {
  chicago,
  completed,
  exampleDesk,
  reportProjectorDown,
  ticketCell,
  tickets,
} from '../../support/peer-desk';

const LIAM = 'liam.obrien@students.example.org';

function freshDesk(): Workspace {
  const ws = new Workspace({start: chicago('2026-11-23 07:30')}).loadBundle();
  completed(ws.run('setupDesk'));
  return ws;
}

function columnOf(ws: Workspace, header: string): number {
  return ws.values('Tickets')[0].indexOf(header) + 1;
}

/** What a tech needs for a day's work: the ticket, where it is, who has it, the teacher's latest words, what was done, when it is due. */
const DAILY_WORK = [
  'Ticket ID',
  'Status',
  'Priority',
  'Summary',
  'Campus',
  'Room',
  'Assignee',
  'Requester Reply',
  'Resolution',
  'Time Spent (min)',
  'Resolve Due',
];

/**
 * A 1,366-px laptop screen at 100% zoom less Sheets' row numbers (46 px) and the scrollbar and
 * window edge (20 px): platform.md, Sheets on a laptop screen.
 */
const LAPTOP_GRID_PX = 1366 - 46 - 20;

describe('the Tickets tab, laid out for the tech working it', () => {
  it('fits a day’s work in a 1,366-px laptop screen, from column A', () => {
    const ws = exampleDesk();
    reportProjectorDown(ws);
    const sheet = ws.sheet('Tickets');
    const headers = ws.values('Tickets')[0].map(String);
    const needed = headers.includes('Message to Requester')
      ? [...DAILY_WORK, 'Message to Requester']
      : DAILY_WORK;
    const last = Math.max(...needed.map(h => headers.indexOf(h) + 1));
    const shown: string[] = [];
    let width = 0;
    for (let column = 1; column <= last; column++) {
      if (sheet.isColumnHiddenByUser(column)) continue;
      shown.push(headers[column - 1]);
      width += sheet.getColumnWidth(column);
    }
    expect(shown).toEqual(expect.arrayContaining(needed));
    expect(width).toBeLessThanOrEqual(LAPTOP_GRID_PX);
  });

  it('keeps every ticket row two lines high, however long its text', () => {
    const ws = exampleDesk();
    reportProjectorDown(ws);
    const sheet = ws.sheet('Tickets');
    expect(sheet.getRowHeight(2)).toBe(42);
    expect(sheet.forcedRowHeights.has(2)).toBe(true);
    expect(sheet.forcedRowHeights.has(sheet.getMaxRows())).toBe(true);
  });

  it('puts what a tech touches first at the left and hides the desk bookkeeping', () => {
    const ws = freshDesk();
    expect(ws.values('Tickets')[0].slice(0, 11)).toEqual(DAILY_WORK);
    const sheet = ws.sheet('Tickets');
    const hidden = ws
      .values('Tickets')[0]
      .filter((_, i) => sheet.isColumnHiddenByUser(i + 1));
    expect(hidden).toEqual([
      'SLA Steps',
      'Response Key',
      'Tracked',
      'SLA Pauses',
      'Email Mark',
      'Thread',
      'Merged',
    ]);
  });

  it('freezes the header row and the ID column, and sizes, wraps and formats the columns', () => {
    const ws = exampleDesk();
    reportProjectorDown(ws);
    const sheet = ws.sheet('Tickets');
    expect([sheet.getFrozenRows(), sheet.getFrozenColumns()]).toEqual([1, 1]);
    expect(sheet.getColumnWidth(columnOf(ws, 'Summary'))).toBe(170);
    expect(sheet.getColumnWidth(columnOf(ws, 'Ticket ID'))).toBe(80);
    expect(sheet.getRange(2, columnOf(ws, 'Summary')).getWrap()).toBe(true);
    // A date-time reads as a day and a time, never ### (Sheets shows ### when a date overflows).
    const due = sheet.getRange(2, columnOf(ws, 'Created'));
    expect(due.getNumberFormat()).toBe('ddd d mmm h:mm am/pm');
    expect(due.getDisplayValue()).toMatch(/^Mon 23 Nov \d{1,2}:\d\d [ap]m$/i);
  });

  it('highlights open P1, overdue and waiting tickets, greys settled ones, and keeps them single through a second setup', () => {
    const ws = freshDesk();
    completed(ws.run('setupDesk'));
    type Rule = {
      getRanges(): {getA1Notation(): string}[];
      getBooleanCondition(): {
        getCriteriaValues(): unknown[];
        getBackground(): string | null;
      } | null;
    };
    const rules = ws.sheet('Tickets').getConditionalFormatRules() as Rule[];
    expect(
      rules.map(rule => [
        rule.getRanges()[0].getA1Notation(),
        rule.getBooleanCondition()?.getCriteriaValues()[0],
        rule.getBooleanCondition()?.getBackground(),
      ])
    ).toEqual([
      [
        'C2:C1000',
        '=AND($C2="P1",NOT(OR($B2="Resolved",$B2="Closed",$B2="Merged")))',
        '#cc0000',
      ],
      [
        'A2:AS1000',
        '=AND(ISNUMBER($K2),$K2<NOW(),NOT(OR($B2="Resolved",$B2="Closed",$B2="Merged")),$B2<>"Waiting on Requester")',
        '#f4cccc',
      ],
      ['A2:AS1000', '=$B2="Waiting on Requester"', '#eeeeee'],
      ['A2:AS1000', '=OR($B2="Resolved",$B2="Closed",$B2="Merged")', null],
    ]);
  });

  it('orders the tabs for use and deletes the empty Sheet1', () => {
    const ws = freshDesk();
    const names = ws.spreadsheet.getSheets().map(s => s.getName());
    expect(names).not.toContain('Sheet1');
    expect(names.slice(0, 8)).toEqual([
      'Tickets',
      'Knowledge Base',
      'Techs',
      'Leave',
      'Training',
      'Devices',
      'Loans',
      'Form Responses 1',
    ]);
    expect(names.at(-1)).toBe('Outbox');
    completed(ws.run('setupDesk'));
    expect(ws.spreadsheet.getSheets().map(s => s.getName())).toEqual(names);
  });

  it('puts the leader tabs in their place when the first metrics rebuild makes them', () => {
    const ws = freshDesk();
    completed(ws.run('rebuildMetrics'));
    const names = ws.spreadsheet.getSheets().map(s => s.getName());
    expect(names.slice(0, 3)).toEqual([
      'Tickets',
      'Dashboard',
      'Knowledge Base',
    ]);
    expect(names.indexOf('Metrics')).toBeLessThan(names.indexOf('Activity'));
    completed(ws.run('rebuildMetrics'));
    expect(ws.spreadsheet.getSheets().map(s => s.getName())).toEqual(names);
  });

  it('keeps a Sheet1 the school wrote in', () => {
    const ws = new Workspace({start: chicago('2026-11-23 07:30')}).loadBundle();
    ws.sheet('Sheet1').getRange('A1').setValue('Loan laptops');
    completed(ws.run('setupDesk'));
    expect(ws.values('Sheet1')).toEqual([['Loan laptops']]);
  });

  it('keeps an existing desk’s column order and still works it by header', () => {
    const ws = new Workspace({start: chicago('2026-11-23 07:30')}).loadBundle();
    const old = ['Ticket ID', 'Status', 'Assignee', 'Created', 'Resolution'];
    ws.spreadsheet
      .insertSheet('Tickets')
      .getRange(1, 1, 1, old.length)
      .setValues([old]);
    completed(ws.run('setupDesk'));
    completed(ws.run('loadExampleSchool'));
    expect(ws.values('Tickets')[0].slice(0, old.length)).toEqual(old);
    expect(
      ws.sheet('Tickets').isColumnHiddenByUser(columnOf(ws, 'Tracked'))
    ).toBe(true);
    reportProjectorDown(ws);
    completed(
      ws.edit(
        'Tickets',
        ticketCell(ws, 'Resolution'),
        'Reseated the HDMI cable',
        {as: LIAM}
      )[0]
    );
    completed(
      ws.edit('Tickets', ticketCell(ws, 'Status'), 'Resolved', {as: LIAM})[0]
    );
    expect(tickets(ws)[0]).toMatchObject({
      'Ticket ID': 'T-000001',
      Status: 'Resolved',
      Resolution: 'Reseated the HDMI cable',
      Room: '214',
    });
  });
});

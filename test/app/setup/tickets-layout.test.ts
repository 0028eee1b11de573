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

describe('the Tickets tab, laid out for the tech working it', () => {
  it('puts what a tech touches first at the left and hides the desk bookkeeping', () => {
    const ws = freshDesk();
    expect(ws.values('Tickets')[0].slice(0, 8)).toEqual([
      'Ticket ID',
      'Status',
      'Priority',
      'Summary',
      'Room',
      'Assignee',
      'Resolution',
      'Time Spent (min)',
    ]);
    const sheet = ws.sheet('Tickets');
    const hidden = ws
      .values('Tickets')[0]
      .filter((_, i) => sheet.isColumnHiddenByUser(i + 1));
    expect(hidden).toEqual([
      'SLA Steps',
      'Response Key',
      'Tracked',
      'SLA Pauses',
    ]);
  });

  it('freezes the header row and the ID column, and sizes, wraps and formats the columns', () => {
    const ws = exampleDesk();
    reportProjectorDown(ws);
    const sheet = ws.sheet('Tickets');
    expect([sheet.getFrozenRows(), sheet.getFrozenColumns()]).toEqual([1, 1]);
    expect(sheet.getColumnWidth(columnOf(ws, 'Summary'))).toBe(260);
    expect(sheet.getColumnWidth(columnOf(ws, 'Ticket ID'))).toBe(90);
    expect(sheet.getRange(2, columnOf(ws, 'Summary')).getWrap()).toBe(true);
    // A date-time reads as a day and a time, never ### (Sheets shows ### when a date overflows).
    const due = sheet.getRange(2, columnOf(ws, 'Created'));
    expect(due.getNumberFormat()).toBe('ddd d mmm h:mm am/pm');
    expect(due.getDisplayValue()).toMatch(/^Mon 23 Nov \d{1,2}:\d\d [ap]m$/i);
  });

  it('highlights P1, overdue and waiting tickets, and keeps them single through a second setup', () => {
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
      ['C2:C1000', '=$C2="P1"', '#cc0000'],
      [
        'A2:AI1000',
        '=AND(ISNUMBER($J2),$J2<NOW(),$B2<>"Resolved",$B2<>"Closed",$B2<>"Waiting on Requester")',
        '#f4cccc',
      ],
      ['A2:AI1000', '=$B2="Waiting on Requester"', '#eeeeee'],
    ]);
  });

  it('orders the tabs for use and deletes the empty Sheet1', () => {
    const ws = freshDesk();
    const names = ws.spreadsheet.getSheets().map(s => s.getName());
    expect(names).not.toContain('Sheet1');
    expect(names.slice(0, 4)).toEqual([
      'Tickets',
      'Knowledge Base',
      'Techs',
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

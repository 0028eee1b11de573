// A classic plain-JavaScript script with a Stats tab of COUNTIF formulas runs as it would on Google.
import {Workspace} from '../../../../sandbox/workspace/workspace';

const SCRIPT = 'test/fixtures/classic/stats-tab.js';
const COORDINATOR = 'coordinator@school.example';
const HEADER = ['Ticket', ...Array<string>(12).fill(''), 'Status'];

function desk(statuses: string[]): Workspace {
  const ws = new Workspace({
    start: new Date('2026-11-23T14:00:00Z'),
    owner: COORDINATOR,
  }).loadBundle(SCRIPT);
  const tickets = ws.spreadsheet.insertSheet('Tickets');
  const rows = statuses.map((status, i) => {
    const row: unknown[] = new Array(14).fill('');
    row[0] = `T-${i + 1}`;
    row[13] = status;
    return row;
  });
  tickets.getRange(1, 1, 1, 14).setValues([HEADER]);
  if (rows.length) tickets.getRange(2, 1, rows.length, 14).setValues(rows);
  ws.open({as: COORDINATOR});
  expect(
    ws.clickMenu('Stats', 'Build the Stats tab', {as: COORDINATOR}).outcome
  ).toBe('completed');
  return ws;
}

describe('a classic Stats tab of COUNTIF formulas', () => {
  it('shows the counts a person reads on the tab, and keeps the formulas', () => {
    // https://support.google.com/docs/answer/3093480 (COUNTIF), 3093991 (COUNTA)
    const ws = desk(['Open', 'Closed', 'Open', 'Resolved', 'open']);
    expect(ws.values('Stats').map(row => row.slice(0, 2))).toEqual([
      ['Status', 'Tickets'],
      ['Open', 3],
      ['In progress', 0],
      ['Resolved', 1],
      ['Closed', 1],
      ['All', 5],
      ['Still open', '60%'],
    ]);
    expect(ws.sheet('Stats').hostCell('B2').formula).toBe(
      '=COUNTIF(Tickets!N:N,A2)'
    );
    expect(ws.sheet('Stats').hostCell('D1').value).toBe('Open the desk');
  });

  it('recounts when a person changes a status, and the script mails what the tab shows', () => {
    // platform.md: Spreadsheets (getValues/getDisplayValues return what the cell shows)
    const ws = desk(['Open', 'Open', 'In progress']);
    ws.edit('Tickets', 'N2', 'Resolved', {as: 'tech@school.example'});
    expect(
      ws.clickMenu('Stats', 'Mail the numbers', {as: COORDINATOR}).outcome
    ).toBe('completed');
    expect(ws.outbox.at(-1)?.body).toBe(
      [
        'Open: 1',
        'In progress: 1',
        'Resolved: 1',
        'Closed: 0',
        'All: 3',
        'Still open: 33%',
      ].join('\n')
    );
  });

  it('reads "no tickets" through IFERROR when the ledger is empty', () => {
    // Sheets' IFERROR page: the fallback replaces #DIV/0!
    const ws = desk([]);
    expect(ws.sheet('Stats').getRange('B7').getValue()).toBe('no tickets');
  });
});

describe('formulas a person types on the tab', () => {
  it('reads back sums, joined text, #NAME? for an unknown function and #DIV/0!', () => {
    // https://sheets.wiki/docs/Error (#NAME? for a misspelled function, #DIV/0! for 1/0)
    const ws = desk(['Open', 'Closed']);
    const tech = {as: 'tech@school.example'};
    ws.edit('Stats', 'D2', '=SUM(B2:B5)', tech);
    ws.edit('Stats', 'D3', '=A2&" "&B2', tech);
    ws.edit('Stats', 'D4', '=COUNTIFF(Tickets!N:N,"Open")', tech);
    ws.edit('Stats', 'D5', '=B3/B3', tech);
    const stats = ws.sheet('Stats');
    expect(stats.getRange('D2:D5').getValues()).toEqual([
      [2],
      ['Open 1'],
      ['#NAME?'],
      ['#DIV/0!'],
    ]);
    expect(stats.getRange('D2:D5').getDisplayValues()).toEqual([
      ['2'],
      ['Open 1'],
      ['#NAME?'],
      ['#DIV/0!'],
    ]);
    expect(stats.getRange('D4').getFormula()).toBe(
      '=COUNTIFF(Tickets!N:N,"Open")'
    );
  });
});

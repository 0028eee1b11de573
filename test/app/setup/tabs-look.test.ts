import {Workspace} from '../../../sandbox/workspace/workspace';
import {chicago, completed} from '../../support/peer-desk';

function freshDesk(): Workspace {
  const ws = new Workspace({start: chicago('2026-11-23 07:30')}).loadBundle();
  completed(ws.run('setupDesk'));
  completed(ws.run('loadExampleSchool'));
  return ws;
}

/** A column's width, its wrap below the header, and whether its header is frozen and bold. */
function look(ws: Workspace, tab: string, header: string) {
  const sheet = ws.sheet(tab);
  const column = ws.values(tab)[0].indexOf(header) + 1;
  if (column === 0) throw new Error(`${tab} has no ${header}`);
  return {
    width: sheet.getColumnWidth(column),
    wraps: sheet.getRange(2, column).getWrap(),
    header:
      sheet.getFrozenRows() === 1 &&
      sheet.getRange(1, column).getFontWeight() === 'bold',
  };
}

describe('the tabs mentors and the coordinator type in', () => {
  it('are wide enough to read, wrap their long text and keep a bold frozen header', () => {
    const ws = freshDesk();
    expect(look(ws, 'Knowledge Base', 'Steps or Link')).toEqual({
      width: 360,
      wraps: true,
      header: true,
    });
    expect(look(ws, 'Knowledge Base', 'Title')).toMatchObject({wraps: true});
    expect(look(ws, 'Training', 'Model Fix')).toEqual({
      width: 300,
      wraps: true,
      header: true,
    });
    expect(look(ws, 'Techs', 'Email').width).toBe(230);
    expect(look(ws, 'Techs', 'Skills').wraps).toBe(true);
    expect(look(ws, 'Roles', 'Responsibilities')).toEqual({
      width: 420,
      wraps: true,
      header: true,
    });
    expect(look(ws, 'Leave', 'Reason')).toMatchObject({wraps: true});
    // A second setup finds every width right and sets none.
    const again = completed(ws.run('setupDesk'));
    expect(again.calls['SpreadsheetApp.Sheet.setColumnWidth'] ?? 0).toBe(0);
  });

  it('checks that the dates people type on Leave and Devices are dates, warning rather than refusing', () => {
    // https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#requiredate
    const ws = freshDesk();
    const rule = (tab: string, header: string) =>
      ws
        .sheet(tab)
        .getRange(2, ws.values(tab)[0].indexOf(header) + 1)
        .getDataValidation();
    for (const [tab, header] of [
      ['Leave', 'From'],
      ['Leave', 'To'],
      ['Devices', 'Warranty End'],
    ]) {
      expect(rule(tab, header)?.getCriteriaType()).toBe('DATE_IS_VALID_DATE');
      expect(rule(tab, header)?.getAllowInvalid()).toBe(true);
      expect(rule(tab, header)?.getHelpText()).toMatch(/2026-12-07|2027-08-31/);
    }
    expect(rule('Leave', 'Reason')?.getCriteriaType()).toBe('VALUE_IN_LIST');
  });

  it('offers Draft or Published in the Knowledge Base Status, so nobody types "Published" by hand', () => {
    const ws = freshDesk();
    const status = ws.values('Knowledge Base')[0].indexOf('Status') + 1;
    const rule = ws
      .sheet('Knowledge Base')
      .getRange(2, status)
      .getDataValidation();
    expect(rule?.getCriteriaValues()[0]).toEqual(['Draft', 'Published']);
  });
});

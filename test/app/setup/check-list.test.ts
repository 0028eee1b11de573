import {Workspace} from '../../../sandbox/workspace/workspace';
import {allCompleted, completed, exampleDesk} from '../../support/peer-desk';

const COORDINATOR = 'coordinator@school.example';

/** Config's Check list as the coordinator reads it: the header, then one line a row. */
function checkList(ws: Workspace): string[] {
  const column = ws.values('Config').map(row => String(row[4] ?? ''));
  return column.filter(line => line !== '');
}

function rotaTechCell(ws: Workspace): string {
  const column = ws.values('Rota')[0].indexOf('Tech') + 1;
  return ws.sheet('Rota').getRange(2, column).getA1Notation();
}

describe('the Check list on Config', () => {
  it('says there is nothing to check in the example school, under a bold header', () => {
    const ws = exampleDesk();
    expect(checkList(ws)).toEqual([
      'Check',
      'Nothing to check: every setting reads well.',
    ]);
    const config = ws.sheet('Config');
    expect(config.getRange('E1').getFontWeight()).toBe('bold');
    expect(config.getColumnWidth(5)).toBe(460);
    expect(config.getRange('E2').getWrap()).toBe(true);
  });

  it('lists a typo as soon as it is typed, keeps it after the toast, and clears it once fixed', () => {
    const ws = exampleDesk();
    const cell = rotaTechCell(ws);
    const tech = ws.values('Rota')[1][ws.values('Rota')[0].indexOf('Tech')];
    allCompleted(ws.edit('Rota', cell, 'Jordan Smith', {as: COORDINATOR}));
    const problem =
      'Rota row 2: "Jordan Smith" is not on the Techs tab; use a tech\'s Email from there.';
    expect(checkList(ws)).toEqual(['Check', problem]);
    expect(ws.spreadsheet.toasts.at(-1)?.message).toContain(
      'Listed on Config under Check until fixed.'
    );
    // Set up or repair lists the same.
    completed(ws.run('setupDesk'));
    expect(checkList(ws)).toEqual(['Check', problem]);
    allCompleted(ws.edit('Rota', cell, String(tech), {as: COORDINATOR}));
    expect(checkList(ws)).toEqual([
      'Check',
      'Nothing to check: every setting reads well.',
    ]);
  });

  it('leaves the settings as they were: the list is not read as Config rows', () => {
    const ws = exampleDesk();
    allCompleted(
      ws.edit('Rota', rotaTechCell(ws), 'Jordan Smith', {as: COORDINATOR})
    );
    const keys = ws.table('Config').map(row => row.Key);
    expect(keys).not.toContain('');
    completed(ws.run('setupDesk'));
    expect(ws.table('Config').map(row => row.Key)).toEqual(keys);
  });
});

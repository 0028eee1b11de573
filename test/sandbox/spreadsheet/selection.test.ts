import {workspace} from './fixture';

const TECH = 'tech@school.example';
const TEACHER = 'teacher@school.example';

/** A spreadsheet with Sheet1 and Rota, and a way to start executions as the workspace does. */
function twoSheets() {
  const w = workspace();
  const rota = w.spreadsheet.insertSheet('Rota');
  const begin = (session?: string) =>
    w.store.beginExecution(session ?? w.env.owner, session);
  begin();
  return {...w, rota, begin};
}

describe('the active sheet and the selection', () => {
  // https://developers.google.com/apps-script/reference/spreadsheet/range#activate: "Sets the
  // specified range as the active range, with the top left cell in the range as the current cell."
  it('selects a range with focus on its top-left cell, and keeps it in that person’s view', () => {
    const {spreadsheet, rota, begin} = twoSheets();
    begin(TECH);
    rota.getRange('B2:C3').activate();
    begin(TEACHER);
    expect(spreadsheet.getActiveSheet().getName()).toBe('Sheet1');
    begin(TECH);
    const selection = spreadsheet.getSelection();
    expect([
      selection.getActiveSheet().getName(),
      selection.getActiveRange().getA1Notation(),
      selection.getCurrentCell().getA1Notation(),
      spreadsheet.getActiveCell().getA1Notation(),
    ]).toEqual(['Rota', 'B2:C3', 'B2', 'B2']);
  });

  // The bug of issue 10: the active sheet followed the last insertSheet across executions.
  it('starts a run nobody is looking at on the first sheet, A1 selected, whatever the last run activated', () => {
    const {spreadsheet, begin} = twoSheets();
    spreadsheet.insertSheet('Day 3').getRange('C7').activate();
    expect(spreadsheet.getActiveRange().getA1Notation()).toBe('C7');
    begin();
    expect(spreadsheet.getActiveSheet().getName()).toBe('Sheet1');
    expect(spreadsheet.getActiveRange().getA1Notation()).toBe('A1');
    expect(spreadsheet.getCurrentCell().getA1Notation()).toBe('A1');
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/range#activateascurrentcell
  it('moves focus inside the selection, or selects the cell alone when it lies outside', () => {
    const {spreadsheet, sheet, begin} = twoSheets();
    begin(TECH);
    sheet.getRange('A1:C3').activate();
    sheet.getRange('B2').activateAsCurrentCell();
    expect(spreadsheet.getActiveRange().getA1Notation()).toBe('A1:C3');
    expect(spreadsheet.getCurrentCell().getA1Notation()).toBe('B2');
    spreadsheet.setCurrentCell(sheet.getRange('E5'));
    expect(spreadsheet.getActiveRange().getA1Notation()).toBe('E5');
  });

  // setActiveSheet(sheet, restoreSelection): "the previous selection of the new active sheet
  // becomes selected" (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#setactivesheetsheet,-restoreselection).
  it('keeps each sheet’s own selection while another sheet is shown', () => {
    const {spreadsheet, sheet, rota, begin} = twoSheets();
    begin(TECH);
    sheet.getRange('D4').activate();
    rota.activate();
    expect(spreadsheet.getActiveRange().getA1Notation()).toBe('A1');
    spreadsheet.setActiveSheet(sheet);
    expect(spreadsheet.getActiveRange().getA1Notation()).toBe('D4');
  });

  // Sheet.getActiveRange: "Returns the selected range in the active sheet"
  // (https://developers.google.com/apps-script/reference/spreadsheet/sheet#getactiverange).
  it('answers for the active sheet whichever sheet is asked', () => {
    const {sheet, rota, begin} = twoSheets();
    begin(TECH);
    sheet.setActiveSelection('B5');
    expect(rota.getActiveRange().getSheet()).toBe(sheet);
    expect(rota.getCurrentCell().getA1Notation()).toBe('B5');
  });

  it('selects the last range of a range list, and SpreadsheetApp answers for the bound spreadsheet', () => {
    const {app, sheet, begin} = twoSheets();
    begin(TECH);
    app.setActiveRangeList(sheet.getRangeList(['A1:A2', 'C3:D4']));
    expect(app.getActiveRange().getA1Notation()).toBe('C3:D4');
    expect(
      app
        .getActiveRangeList()
        .getRanges()
        .map(r => r.getA1Notation())
    ).toEqual(['C3:D4']);
    expect(app.getActiveSheet()).toBe(sheet);
    expect(app.getCurrentCell().getA1Notation()).toBe('C3');
  });

  it('falls back to the first sheet when the active one is deleted', () => {
    const {spreadsheet, rota, begin} = twoSheets();
    begin(TECH);
    rota.activate();
    spreadsheet.deleteActiveSheet();
    expect(spreadsheet.getActiveSheet().getName()).toBe('Sheet1');
    expect(spreadsheet.getNumSheets()).toBe(1);
  });
});

describe('menus added through the spreadsheet', () => {
  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#addmenuname,-submenus
  // and #removemenuname, #updatemenuname,-submenus
  it('adds, replaces and removes a menu in the menu bar of the person running the script', () => {
    const {store, spreadsheet} = workspace();
    store.beginExecution(TECH, TECH);
    spreadsheet.addMenu('Desk', [
      {name: 'Assign', functionName: 'assign'},
      null,
      {name: 'Close', functionName: 'close'},
    ]);
    spreadsheet.updateMenu('Desk', [{name: 'Assign', functionName: 'assign'}]);
    expect(
      store.ui.menusOf(TECH).map(m => [m.caption, m.items.map(i => i.caption)])
    ).toEqual([['Desk', ['Assign']]]);
    expect(store.ui.menusOf(TEACHER)).toEqual([]);
    spreadsheet.removeMenu('Desk');
    expect(store.ui.menusOf(TECH)).toEqual([]);
  });
});

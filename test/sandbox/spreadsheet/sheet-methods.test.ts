import {workspace} from './fixture';

/** Sheet1 holding a header and the rows given, from A1. */
function withRows(rows: unknown[][]) {
  const w = workspace();
  w.sheet.getRange(1, 1, rows.length, rows[0].length).setValues(rows);
  return w;
}

describe('the sheet and range methods classic scripts call', () => {
  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#sortcolumnposition,-ascending
  it('sorts the rows below the frozen header by a column, empty cells last', () => {
    const {sheet} = withRows([
      ['Ticket', 'Priority'],
      ['T-1', 3],
      ['T-2', ''],
      ['T-3', 1],
      ['T-4', 'urgent'],
    ]);
    sheet.setFrozenRows(1);
    sheet.getRange('A4').setNote('moves with its row');
    sheet.sort(2);
    expect(sheet.hostValues()).toEqual([
      ['Ticket', 'Priority'],
      ['T-3', 1],
      ['T-1', 3],
      ['T-4', 'urgent'],
      ['T-2', ''],
    ]);
    expect(sheet.getRange('A2').getNote()).toBe('moves with its row');
    sheet.sort(2, false);
    expect(sheet.getRange('A2:A5').getValues().flat()).toEqual([
      'T-4',
      'T-1',
      'T-3',
      'T-2',
    ]);
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/range#sortsortspecobj
  it('sorts a range by several columns, each ascending unless told otherwise', () => {
    const {sheet} = withRows([
      ['East', 'b'],
      ['West', 'a'],
      ['East', 'a'],
    ]);
    sheet.getRange('A1:B3').sort([1, {column: 2, ascending: false}]);
    expect(sheet.hostValues()).toEqual([
      ['East', 'b'],
      ['East', 'a'],
      ['West', 'a'],
    ]);
  });

  it('reads rows to the end of the data with getSheetValues(…, -1, -1)', () => {
    // https://developers.google.com/apps-script/reference/spreadsheet/sheet#getsheetvaluesstartrow,-startcolumn,-numrows,-numcolumns
    const {spreadsheet, sheet} = withRows([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(sheet.getSheetValues(2, 1, -1, -1)).toEqual([['c', 'd']]);
    expect(spreadsheet.getSheetValues(1, 2, 2, 1)).toEqual([['b'], ['d']]);
  });

  it('writes through a range list, hides and shows rows and columns, and inserts lines', () => {
    const {sheet} = withRows([['a', 'b', 'c']]);
    sheet.getRangeList(['A2', 'C2']).setValue('x');
    expect(sheet.hostValues()[1]).toEqual(['x', '', 'x']);
    sheet.hideRows(2, 2);
    sheet.showRows(3);
    sheet.hideColumn(sheet.getRange('B1:C1'));
    expect([
      sheet.isRowHiddenByUser(2),
      sheet.isRowHiddenByUser(3),
      sheet.isColumnHiddenByUser(3),
    ]).toEqual([true, false, true]);
    sheet.insertColumns(1);
    sheet.insertRows(1, 2);
    expect(sheet.getRange('B3:D3').getValues()).toEqual([['a', 'b', 'c']]);
    sheet.deleteColumn(1);
    expect(sheet.getRange('A3').getValue()).toBe('a');
  });

  it('lists the named ranges that lie on a sheet', () => {
    const {spreadsheet, sheet} = workspace();
    const rota = spreadsheet.insertSheet('Rota');
    spreadsheet.setNamedRange('Techs', rota.getRange('A2:A9'));
    spreadsheet.setNamedRange('Rooms', sheet.getRange('B1:B3'));
    expect(rota.getNamedRanges().map(n => n.getName())).toEqual(['Techs']);
  });

  // Range.getRowIndex "Identical to getRow()"; getColumnIndex is what classic onEdit handlers call.
  it('gives a range’s row and column through getRowIndex and getColumnIndex', () => {
    const {sheet} = workspace();
    const range = sheet.getRange('C7:D9');
    expect([range.getRowIndex(), range.getColumnIndex()]).toEqual([7, 3]);
  });

  it('trims text cells and leaves formulas and numbers alone', () => {
    const {sheet} = withRows([['  two   words ', 12, '=A1']]);
    sheet.getRange('A1:C1').trimWhitespace();
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['two words', 12]]);
    expect(sheet.getRange('C1').getFormula()).toBe('=A1');
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/range#insertcheckboxes and
  // #ischecked: null when the cells are mixed or not all checkboxes.
  it('inserts checkboxes unchecked, checks them and says whether all are checked', () => {
    const {sheet} = workspace();
    const done = sheet.getRange('E2:E3');
    done.insertCheckboxes();
    expect(done.getValues()).toEqual([[false], [false]]);
    expect(done.isChecked()).toBe(false);
    sheet.getRange('E2').check();
    expect(done.isChecked()).toBeNull();
    done.check();
    expect(done.isChecked()).toBe(true);
    done.removeCheckboxes();
    expect([done.getValues(), done.getDataValidation()]).toEqual([
      [[''], ['']],
      null,
    ]);
  });

  it('creates a spreadsheet of a given size and opens it again by URL', () => {
    const {app} = workspace();
    const created = app.create('Archive 2026', 50, 5);
    const sheet = created.getSheets()[0];
    expect([
      sheet.getName(),
      sheet.getMaxRows(),
      sheet.getMaxColumns(),
    ]).toEqual(['Sheet1', 50, 5]);
    expect(app.openByUrl(created.getUrl())).toBe(created);
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/range#copytodestination,-options:
  // only the destination's top-left cell matters.
  it('copies a row to another sheet with its formatting, or only its values', () => {
    const {app, spreadsheet, sheet} = workspace();
    const archive = spreadsheet.insertSheet('Archive');
    sheet.getRange('A2:C2').setValues([["'00123", 'Projector', 5]]);
    sheet.getRange('A2').setNote('from the form').setFontWeight('bold');
    sheet.getRange('C2').setNumberFormat('0.00');
    sheet.getRange('A2:C2').copyTo(archive.getRange('B5:Z9'));
    expect(archive.getRange('B5:D5').getDisplayValues()).toEqual([
      ['00123', 'Projector', '5.00'],
    ]);
    expect(archive.hostCell('B5')).toMatchObject({
      value: '00123',
      note: 'from the form',
      styles: {fontWeight: 'bold'},
    });
    archive.getRange('A1').setFormula('=1+1');
    sheet
      .getRange('C2')
      .copyTo(archive.getRange('A1'), app.CopyPasteType.PASTE_VALUES, false);
    expect(archive.hostCell('A1')).toMatchObject({value: 5, formula: ''});
    expect(archive.getRange('A1').getNumberFormat()).toBe('General');
  });

  it('moves a block, leaving the source empty', () => {
    const {sheet} = withRows([['T-1', 'Open']]);
    sheet.getRange('A1:B1').moveTo(sheet.getRange('C3'));
    expect(sheet.hostValues()).toEqual([
      ['', '', '', ''],
      ['', '', '', ''],
      ['', '', 'T-1', 'Open'],
    ]);
  });

  it('stops a copy or a sort of formulas, whose references the emulator would not move', () => {
    const {sheet} = withRows([
      ['=B1', 2],
      ['x', 1],
    ]);
    expect(() => sheet.getRange('A1').copyTo(sheet.getRange('A3'))).toThrow(
      'not emulated: Range.copyTo of a formula'
    );
    expect(() => sheet.getRange('A1:B2').sort(2)).toThrow(
      'not emulated: sorting rows that hold formulas'
    );
    expect(sheet.getRange('A1').getFormula()).toBe('=B1');
  });
});

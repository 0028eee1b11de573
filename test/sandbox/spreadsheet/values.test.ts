import {workspace, newYork} from './fixture';

describe('reading and writing values', () => {
  it('returns a fresh 2-D array with empty cells as empty strings', () => {
    // platform.md: Spreadsheets
    const {sheet} = workspace();
    const range = sheet.getRange('A1:C2');
    range.setValues([
      [1, 'two', true],
      ['', 3.5, false],
    ]);
    const read = range.getValues();
    expect(read).toEqual([
      [1, 'two', true],
      ['', 3.5, false],
    ]);
    read[0][0] = 99;
    expect(range.getValues()[0][0]).toBe(1);
  });

  it('parses strings as if typed: numbers, booleans, dates, apostrophes', () => {
    // platform.md: Spreadsheets
    const {sheet} = workspace();
    const range = sheet.getRange('A1:H1');
    range.setValues([
      [
        '42',
        '-3.25',
        'TRUE',
        'false',
        '2026-11-22',
        '11/22/2026 9:03:12',
        "'007",
        '1,234',
      ],
    ]);
    const [values] = range.getValues();
    expect(values.slice(0, 4)).toEqual([42, -3.25, true, false]);
    expect(values[4]).toEqual(newYork(2026, 11, 22));
    expect(values[5]).toEqual(newYork(2026, 11, 22, 9, 3, 12));
    expect(values[6]).toBe('007');
    expect(values[7]).toBe(1234);
  });

  it('keeps non-string values as they are', () => {
    // platform.md: Spreadsheets
    const {sheet} = workspace();
    const when = new Date(Date.UTC(2026, 0, 5, 12));
    sheet.getRange('A1:C1').setValues([[when, 12, false]]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([[when, 12, false]]);
  });

  it('stores a leading = as a formula and reads back what it computes', () => {
    // platform.md: Spreadsheets
    const {sheet} = workspace();
    sheet
      .getRange('A1:B1')
      .setValues([['=SUM(1,2)', '=HYPERLINK("https://x.example/t/7","T-7")']]);
    expect(sheet.getRange('A1').getFormula()).toBe('=SUM(1,2)');
    expect(sheet.getRange('A1').getValue()).toBe(3);
    expect(sheet.getRange('B1').getValue()).toBe('T-7');
    expect(sheet.getRange('A1:B1').getFormulas()).toEqual([
      ['=SUM(1,2)', '=HYPERLINK("https://x.example/t/7","T-7")'],
    ]);
    sheet.getRange('A1').setValue('plain');
    expect(sheet.getRange('A1').getFormula()).toBe('');
  });

  it('keeps strings as typed in a plain-text (@) cell', () => {
    // https://developers.google.com/apps-script/reference/spreadsheet/range#setnumberformatnumberformat
    const {sheet} = workspace();
    const cell = sheet.getRange('A1').setNumberFormat('@');
    cell.setValue('=1+1');
    expect(cell.getValue()).toBe('=1+1');
    expect(cell.getFormula()).toBe('');
    cell.setValue('0042');
    expect(cell.getValue()).toBe('0042');
  });

  it('fills every cell of a range with setValue', () => {
    // https://developers.google.com/apps-script/reference/spreadsheet/range#setvaluevalue
    const {sheet} = workspace();
    sheet.getRange('A1:B2').setValue('x');
    expect(sheet.getRange('A1:B2').getValues()).toEqual([
      ['x', 'x'],
      ['x', 'x'],
    ]);
  });

  it('refuses more than 50,000 characters in a cell', () => {
    // platform.md: Spreadsheets
    const {sheet} = workspace();
    expect(() => sheet.getRange('A1').setValue('x'.repeat(50_001))).toThrow(
      'Your input contains more than the maximum of 50000 characters in a single cell.'
    );
    sheet.getRange('A1').setValue('x'.repeat(50_000));
    expect((sheet.getRange('A1').getValue() as string).length).toBe(50_000);
  });
});

describe('display values', () => {
  it('shows dates in the spreadsheet time zone with en_US defaults, numbers plainly, TRUE/FALSE', () => {
    // platform.md: Spreadsheets
    const {sheet} = workspace();
    sheet
      .getRange('A1:E1')
      .setValues([
        [
          newYork(2026, 11, 22, 9, 3, 12),
          newYork(2026, 11, 22),
          1234.5,
          true,
          'text',
        ],
      ]);
    expect(sheet.getRange('A1:E1').getDisplayValues()).toEqual([
      ['11/22/2026 9:03:12', '11/22/2026', '1234.5', 'TRUE', 'text'],
    ]);
  });

  it('follows date and number formats that are set', () => {
    // https://developers.google.com/sheets/api/guides/formats
    const {sheet} = workspace();
    const range = sheet.getRange('A1:D1');
    range.setValues([
      [newYork(2026, 3, 7, 14, 5), newYork(2026, 3, 7), 0.256, 1234567.891],
    ]);
    range.setNumberFormats([
      ['yyyy-mm-dd hh:mm', 'mmm d, yyyy', '0.0%', '#,##0.00'],
    ]);
    expect(range.getDisplayValues()).toEqual([
      ['2026-03-07 14:05', 'Mar 7, 2026', '25.6%', '1,234,567.89'],
    ]);
    expect(range.getNumberFormats()[0][0]).toBe('yyyy-mm-dd hh:mm');
    expect(sheet.getRange('E1').getNumberFormat()).toBe('General');
  });
});

describe('shape and coordinate errors', () => {
  it('reports a row count mismatch with both counts', () => {
    // platform.md: Spreadsheets
    const {sheet} = workspace();
    expect(() => sheet.getRange('A1:B3').setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 3.'
    );
  });

  it('reports a column count mismatch with both counts', () => {
    // platform.md: Spreadsheets
    const {sheet} = workspace();
    expect(() => sheet.getRange('A1:B1').setValues([[1, 2, 3]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.'
    );
  });

  it('needs at least one row and one column', () => {
    // platform.md: Spreadsheets
    const {sheet} = workspace();
    expect(() => sheet.getRange(2, 1, 0, 3)).toThrow(
      'The number of rows in the range must be at least 1.'
    );
    expect(() => sheet.getRange(2, 1, 1, 0)).toThrow(
      'The number of columns in the range must be at least 1.'
    );
  });

  it('refuses coordinates outside the sheet, and rows or columns below 1', () => {
    // platform.md: Spreadsheets
    const {sheet} = workspace();
    expect(() => sheet.getRange(1001, 1)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.'
    );
    expect(() => sheet.getRange(1, 20, 1, 10)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.'
    );
    expect(() => sheet.getRange(0, 1)).toThrow(
      'The starting row of the range is too small.'
    );
    expect(() => sheet.getRange(1, 0)).toThrow(
      'The starting column of the range is too small.'
    );
  });

  it('throws errors named Exception, as Apps Script prints them', () => {
    // platform.md: Spreadsheets
    const {sheet} = workspace();
    expect(() => sheet.getRange(0, 1)).toThrow(
      expect.objectContaining({name: 'Exception'})
    );
  });
});

describe('ranges and sheet extent', () => {
  it('resolves open-ended A1 ranges to the sheet edge', () => {
    // https://developers.google.com/apps-script/reference/spreadsheet/sheet#getrangea1notation
    const {sheet} = workspace();
    expect(sheet.getRange('B2:B').getA1Notation()).toBe('B2:B1000');
    expect(sheet.getRange('A:C').getA1Notation()).toBe('A1:C1000');
    expect(sheet.getRange('2:3').getA1Notation()).toBe('A2:Z3');
    expect(sheet.getRange(3, 2, 2, 3).getA1Notation()).toBe('B3:D4');
    expect(sheet.getRange('C5').getA1Notation()).toBe('C5');
  });

  it('reports an empty sheet as 0 × 0 content in a 1000 × 26 grid, data range A1', () => {
    // platform.md: Spreadsheets
    const {sheet} = workspace();
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getLastColumn()).toBe(0);
    expect(sheet.getMaxRows()).toBe(1000);
    expect(sheet.getMaxColumns()).toBe(26);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
  });

  it('tracks the last row and column with content', () => {
    // https://developers.google.com/apps-script/reference/spreadsheet/sheet#getlastrow
    const {sheet} = workspace();
    sheet.getRange('C7').setValue('x');
    sheet.getRange('B3').setValue(1);
    expect(sheet.getLastRow()).toBe(7);
    expect(sheet.getLastColumn()).toBe(3);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C7');
    sheet.getRange('C7').clearContent();
    expect(sheet.getLastRow()).toBe(3);
  });

  it('offsets, reports coordinates and finds blank ranges', () => {
    // https://developers.google.com/apps-script/reference/spreadsheet/range#offsetrowoffset,-columnoffset
    const {sheet} = workspace();
    const range = sheet.getRange('B2:C3');
    const moved = range.offset(1, 1);
    expect(moved.getA1Notation()).toBe('C3:D4');
    expect([
      moved.getRow(),
      moved.getColumn(),
      moved.getLastRow(),
      moved.getLastColumn(),
    ]).toEqual([3, 3, 4, 4]);
    expect([moved.getNumRows(), moved.getNumColumns()]).toEqual([2, 2]);
    expect(moved.isBlank()).toBe(true);
    sheet.getRange('D4').setValue('=NOW()');
    expect(moved.isBlank()).toBe(false);
    expect(moved.getSheet()).toBe(sheet);
  });

  it('appends after the last row and grows a full sheet', () => {
    // https://developers.google.com/apps-script/reference/spreadsheet/sheet#appendrowrowcontents
    const {sheet} = workspace();
    sheet.appendRow(['ID', 'Status']);
    sheet.appendRow(['T-1', 'Open']);
    expect(sheet.hostValues()).toEqual([
      ['ID', 'Status'],
      ['T-1', 'Open'],
    ]);
    sheet.getRange(1000, 1).setValue('last');
    sheet.appendRow(['T-1001', '42']);
    expect(sheet.getMaxRows()).toBe(1001);
    expect(sheet.getRange(1001, 1, 1, 2).getValues()).toEqual([['T-1001', 42]]);
  });

  it('clears content, formats and notes as asked', () => {
    // https://developers.google.com/apps-script/reference/spreadsheet/range#clearoptions
    const {sheet} = workspace();
    const cell = sheet.getRange('A1');
    cell
      .setValue(5)
      .setNumberFormat('0.00')
      .setNote('why')
      .setFontWeight('bold');
    cell.clearContent();
    expect(cell.getValue()).toBe('');
    expect(cell.getNumberFormat()).toBe('0.00');
    cell.setValue(5).clear();
    expect(cell.getValue()).toBe('');
    expect(cell.getNumberFormat()).toBe('General');
    expect(cell.getFontWeight()).toBe('normal');
    expect(cell.getNote()).toBe('why');
    cell.clear({commentsOnly: true});
    expect(cell.getNote()).toBe('');
  });
});

describe('inserting and deleting rows and columns', () => {
  it('shifts values, notes, validations and formats below an insertion', () => {
    // https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertrowsbeforebeforeposition,-howmany
    const {app, sheet} = workspace();
    const rule = app
      .newDataValidation()
      .requireValueInList(['Open', 'Closed'])
      .build();
    const cell = sheet.getRange('A3');
    cell
      .setValue('Open')
      .setNote('n')
      .setDataValidation(rule)
      .setNumberFormat('@');
    sheet.insertRowsBefore(2, 2);
    expect(sheet.getMaxRows()).toBe(1002);
    const moved = sheet.hostCell('A5');
    expect(moved).toMatchObject({
      value: 'Open',
      note: 'n',
      numberFormat: '@',
      validation: rule,
    });
    expect(sheet.getRange('A3').getValue()).toBe('');
    sheet.insertRowAfter(5);
    sheet.insertRowBefore(1);
    expect(sheet.getRange('A6').getValue()).toBe('Open');
  });

  it('shifts cells up when rows are deleted, and left when columns are', () => {
    // https://developers.google.com/apps-script/reference/spreadsheet/sheet#deleterowsrowposition,-howmany
    const {sheet} = workspace();
    sheet.getRange('A1:C4').setValues([
      [1, 2, 3],
      [4, 5, 6],
      [7, 8, 9],
      [10, 11, 12],
    ]);
    sheet.getRange('B4').setNote('last');
    sheet.deleteRows(2, 2);
    sheet.deleteRow(1);
    expect(sheet.hostValues()).toEqual([[10, 11, 12]]);
    expect(sheet.getRange('B1').getNote()).toBe('last');
    sheet.deleteColumns(1, 1);
    expect(sheet.hostValues()).toEqual([[11, 12]]);
    expect(sheet.getMaxRows()).toBe(997);
    expect(sheet.getMaxColumns()).toBe(25);
    sheet.insertColumnsBefore(1, 1);
    sheet.insertColumnsAfter(1, 2);
    expect(sheet.hostValues()).toEqual([['', '', '', 11, 12]]);
  });

  it('refuses to grow a spreadsheet beyond 10 million cells', () => {
    // platform.md: Spreadsheets
    const {spreadsheet, sheet} = workspace();
    sheet.insertRowsAfter(1000, 383_000);
    expect(spreadsheet.hostCellCount()).toBe(9_984_000);
    expect(() => sheet.insertRowsAfter(1000, 1000)).toThrow(
      'This action would increase the number of cells in the workbook above the limit of 10000000 cells.'
    );
  });
});

// An .xlsx keeps each formula with the result Sheets computed, and loads both back.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import ExcelJS from 'exceljs';
import {loadXlsx} from '../../../sandbox/xlsx/load-xlsx';
import {saveXlsx} from '../../../sandbox/xlsx/save-xlsx';
import {workspace} from '../spreadsheet/fixture';

describe('.xlsx formulas', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'peer-desk-formulas-'));
  });
  afterEach(() => rmSync(dir, {recursive: true, force: true}));

  it('saves the formula with its cached result, errors as error values, and loads them back', async () => {
    // Office Open XML keeps a formula's last value beside it (exceljs {formula, result})
    const {store, spreadsheet, sheet} = workspace();
    sheet.setName('Tickets');
    sheet.getRange('A1:A3').setValues([['Status'], ['Open'], ['Open']]);
    const stats = spreadsheet.insertSheet('Stats');
    stats
      .getRange('A1:A2')
      .setFormulas([['=COUNTIF(Tickets!A:A,"Open")'], ['=1/0']]);
    const path = join(dir, 'stats.xlsx');
    await saveXlsx(spreadsheet, path);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const saved = workbook.getWorksheet('Stats')!;
    expect(saved.getCell('A1').value).toEqual({
      formula: 'COUNTIF(Tickets!A:A,"Open")',
      result: 2,
    });
    expect(saved.getCell('A2').value).toEqual({
      formula: '1/0',
      result: {error: '#DIV/0!'},
    });

    const loaded = (await loadXlsx(path, store)).getSheetByName('Stats')!;
    expect(loaded.getRange('A1:A2').getFormulas()).toEqual([
      ['=COUNTIF(Tickets!A:A,"Open")'],
      ['=1/0'],
    ]);
    expect(loaded.getRange('A1:A2').getValues()).toEqual([[2], ['#DIV/0!']]);
  });
});

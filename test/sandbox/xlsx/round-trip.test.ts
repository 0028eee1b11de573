import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {loadXlsx} from '../../../sandbox/xlsx/load-xlsx';
import {saveXlsx} from '../../../sandbox/xlsx/save-xlsx';
import {newYork, workspace} from '../spreadsheet/fixture';

describe('.xlsx persistence', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'peer-desk-xlsx-'));
  });
  afterEach(() => rmSync(dir, {recursive: true, force: true}));

  it('round-trips values, dates, formulas, notes, formats, validations, frozen rows and sheet order', async () => {
    // DESIGN.md: The emulator (saves and loads the whole spreadsheet as an .xlsx workbook)
    const {app, store, spreadsheet, sheet} = workspace();
    sheet.setName('Tickets');
    const techs = spreadsheet.insertSheet('Techs');
    const config = spreadsheet.insertSheet('Config', 0);
    config.getRange('A1').setValue('campus');
    techs.getRange('A1:A2').setValues([['ada'], ['grace']]);
    sheet
      .getRange('A1:F1')
      .setValues([['ID', 'Opened', 'Status', 'Count', 'Link', 'Code']])
      .setFontWeight('bold');
    sheet.getRange('F2').setNumberFormat('@');
    sheet
      .getRange('A2:F2')
      .setValues([
        [
          'T-1',
          newYork(2026, 11, 22, 9, 3, 12),
          'Open',
          3,
          '=HYPERLINK("https://x.example/1","T-1")',
          '007',
        ],
      ]);
    sheet.getRange('B3').setValue(newYork(2026, 11, 23));
    sheet.getRange('D3').setValue('=SUM(D2:D2)');
    sheet.getRange('C3').setValue(true);
    sheet.getRange('B2').setNumberFormat('yyyy-mm-dd hh:mm');
    sheet.getRange('C2').setNote('Changed by ada');
    sheet
      .getRange('C2:C10')
      .setDataValidation(
        app
          .newDataValidation()
          .requireValueInList(['Open', 'Resolved'])
          .setAllowInvalid(false)
          .setHelpText('Pick one')
          .build()
      );
    sheet
      .getRange('G2')
      .setDataValidation(
        app
          .newDataValidation()
          .requireValueInRange(techs.getRange('A1:A2'))
          .build()
      );
    sheet.setFrozenRows(1);
    techs.hideSheet();

    const path = join(dir, 'desk.xlsx');
    await saveXlsx(spreadsheet, path);
    const loaded = await loadXlsx(path, store);

    expect(loaded).not.toBe(spreadsheet);
    expect(loaded.getName()).toBe('Peer Desk');
    expect(loaded.getSheets().map(s => s.getName())).toEqual([
      'Config',
      'Tickets',
      'Techs',
    ]);
    const tickets = loaded.getSheetByName('Tickets')!;
    expect(tickets.hostValues()).toEqual(sheet.hostValues());
    expect(tickets.getRange('B2').getValue()).toEqual(
      newYork(2026, 11, 22, 9, 3, 12)
    );
    expect(tickets.getRange('B3').getDisplayValue()).toBe('11/23/2026');
    expect(tickets.getRange('B2').getDisplayValue()).toBe('2026-11-22 09:03');
    expect(tickets.getRange('E2').getFormula()).toBe(
      '=HYPERLINK("https://x.example/1","T-1")'
    );
    expect(tickets.getRange('E2').getValue()).toBe('T-1');
    expect(tickets.getRange('D3').getFormula()).toBe('=SUM(D2:D2)');
    expect(tickets.getRange('F2').getValue()).toBe('007');
    expect(tickets.getRange('F2').getNumberFormat()).toBe('@');
    expect(tickets.getRange('C2').getNote()).toBe('Changed by ada');
    expect(tickets.getFrozenRows()).toBe(1);
    expect(tickets.hostCell('A1').styles.fontWeight).toBe('bold');
    const status = tickets.getRange('C5').getDataValidation()!;
    expect(status.getCriteriaValues()).toEqual([['Open', 'Resolved'], true]);
    expect(status.getAllowInvalid()).toBe(false);
    expect(status.getHelpText()).toBe('Pick one');
    expect(() => tickets.getRange('C5').setValue('Lost')).toThrow(
      'The data you entered in cell C5 violates the data validation rules set on this cell.'
    );
    const assignee = tickets.getRange('G2').getDataValidation()!;
    expect(assignee.getCriteriaType()).toBe(
      app.DataValidationCriteria.VALUE_IN_RANGE
    );
    expect(
      (
        assignee.getCriteriaValues()[0] as {getA1Notation(): string}
      ).getA1Notation()
    ).toBe('A1:A2');
    expect(loaded.getSheetByName('Techs')!.isSheetHidden()).toBe(true);
    expect(loaded.getSheetByName('Config')!.getRange('A1').getValue()).toBe(
      'campus'
    );
  });

  it('refuses to save a sheet named History, naming it', async () => {
    // platform.md: Toolchain facts (Excel reserves "History")
    const {spreadsheet} = workspace();
    spreadsheet.insertSheet('History');
    await expect(saveXlsx(spreadsheet, join(dir, 'h.xlsx'))).rejects.toThrow(
      'Cannot save "Peer Desk" to ' +
        join(dir, 'h.xlsx') +
        ': the sheet "History" cannot be kept in an .xlsx workbook (Excel reserves the name "History" for its own use). Rename that sheet.'
    );
  });
});

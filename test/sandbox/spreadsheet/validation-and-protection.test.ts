import {UserEditRejected} from '../../../sandbox/spreadsheet/user-edit';
import {newYork, OWNER, runAs, workspace} from './fixture';

const TECH = 'tech@school.example';

function statusColumn() {
  const w = workspace();
  const strict = w.app
    .newDataValidation()
    .requireValueInList(['Open', 'Resolved'], true)
    .setAllowInvalid(false)
    .setHelpText('Pick a status')
    .build();
  w.sheet.getRange('U2:U10').setDataValidation(strict);
  return {...w, strict};
}

describe('data validation', () => {
  it('builds list rules and reads them back', () => {
    // https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder
    const {app, sheet, strict} = statusColumn();
    expect(strict.getCriteriaType()).toBe(
      app.DataValidationCriteria.VALUE_IN_LIST
    );
    expect(strict.getCriteriaValues()).toEqual([['Open', 'Resolved'], true]);
    expect(strict.getAllowInvalid()).toBe(false);
    expect(strict.getHelpText()).toBe('Pick a status');
    expect(sheet.getRange('U2').getDataValidation()).toBe(strict);
    expect(sheet.getRange('T2').getDataValidation()).toBeNull();
    expect(sheet.getRange('T2:U2').getDataValidations()).toEqual([
      [null, strict],
    ]);
    const relaxed = strict.copy().setAllowInvalid(true).build();
    expect(relaxed.getAllowInvalid()).toBe(true);
    expect(strict.getAllowInvalid()).toBe(false);
  });

  it('makes a script write of a bad value throw, naming the real cell, and writes nothing', () => {
    // platform.md: Spreadsheets
    const {sheet} = statusColumn();
    sheet.getRange('U2').setValue('Open');
    expect(() => sheet.getRange('T3:U3').setValues([['x', 'Lost']])).toThrow(
      'The data you entered in cell U3 violates the data validation rules set on this cell.'
    );
    expect(sheet.getRange('T3').getValue()).toBe('');
    sheet.getRange('U3').setValue('');
    sheet.getRange('U3').setValue('Resolved');
    expect(sheet.getRange('U3').getValue()).toBe('Resolved');
  });

  it('requires a date: a date or a date and time passes, text does not', () => {
    // https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#requiredate
    const {app, sheet} = workspace();
    const dates = app
      .newDataValidation()
      .requireDate()
      .setAllowInvalid(false)
      .build();
    expect(dates.getCriteriaType()).toBe(
      app.DataValidationCriteria.DATE_IS_VALID_DATE
    );
    expect(dates.getCriteriaValues()).toEqual([]);
    sheet.getRange('B2:B4').setDataValidation(dates);
    sheet.getRange('B2').setValue(new Date('2026-12-07T19:30:00Z'));
    sheet.getRange('B3').setValue('');
    expect(() => sheet.getRange('B4').setValue('next Tuesday')).toThrow(
      'The data you entered in cell B4 violates the data validation rules set on this cell.'
    );
    expect(() => sheet.applyUserEdit('B4', [['next Tuesday']], TECH)).toThrow(
      UserEditRejected
    );
    sheet.applyUserEdit('B4', [['12/8/2026']], TECH);
    expect(sheet.getRange('B4').getValue()).toBeInstanceOf(Date);
  });

  it('lets any value through a rule that allows invalid data', () => {
    // https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#setallowinvalidallowinvaliddata
    const {app, sheet} = workspace();
    sheet
      .getRange('A1')
      .setDataValidation(
        app.newDataValidation().requireValueInList(['a']).build()
      );
    sheet.getRange('A1').setValue('b');
    expect(sheet.getRange('A1').getValue()).toBe('b');
  });

  it('checks range rules against the display values of the source range', () => {
    // https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#requirevalueinrangerange,-showdropdown
    const {app, spreadsheet, sheet} = workspace();
    const techs = spreadsheet.insertSheet('Techs');
    techs.getRange('A1:A2').setValues([['ada'], ['grace']]);
    const rule = app
      .newDataValidation()
      .requireValueInRange(techs.getRange('A1:A2'), true)
      .setAllowInvalid(false)
      .build();
    sheet.getRange('B2').setDataValidation(rule);
    sheet.getRange('B2').setValue('grace');
    expect(() => sheet.getRange('B2').setValue('linus')).toThrow(
      'The data you entered in cell B2 violates the data validation rules set on this cell.'
    );
    sheet.getRange('B2').clearDataValidations();
    sheet.getRange('B2').setValue('linus');
    expect(sheet.getRange('B2').getValue()).toBe('linus');
  });
});

describe('protection', () => {
  it('starts with the owner and the protecting user as editors and records its settings', () => {
    // https://developers.google.com/apps-script/reference/spreadsheet/protection
    const {app, sheet} = workspace();
    const protection = sheet
      .getRange('A1:C1')
      .protect()
      .setDescription('System columns');
    expect(protection.getDescription()).toBe('System columns');
    expect(protection.getProtectionType()).toBe(app.ProtectionType.RANGE);
    expect(protection.getRange().getA1Notation()).toBe('A1:C1');
    expect(protection.getEditors().map(u => u.getEmail())).toEqual([OWNER]);
    protection
      .addEditors([TECH, 'b@school.example'])
      .removeEditors(['b@school.example', OWNER]);
    expect(protection.getEditors().map(u => u.getEmail())).toEqual([
      OWNER,
      TECH,
    ]);
    protection.removeEditor(TECH);
    expect(protection.isWarningOnly()).toBe(false);
    expect(sheet.getProtections(app.ProtectionType.RANGE)).toEqual([
      protection,
    ]);
    protection.remove();
    expect(sheet.getProtections(app.ProtectionType.RANGE)).toEqual([]);
  });

  it('returns the existing sheet protection rather than a second one', () => {
    // https://developers.google.com/apps-script/reference/spreadsheet/sheet#protect
    const {app, sheet} = workspace();
    const first = sheet.protect();
    expect(sheet.protect()).toBe(first);
    expect(first.getProtectionType()).toBe(app.ProtectionType.SHEET);
    expect(first.getRange().getA1Notation()).toBe('A1:Z1000');
  });

  it('stops a script running as a non-editor from writing a protected range', () => {
    // https://developers.google.com/apps-script/reference/spreadsheet/protection
    const {env, sheet} = workspace();
    sheet.getRange('A1:A5').protect();
    expect(() =>
      runAs(env, TECH, () => sheet.getRange('A2').setValue('x'))
    ).toThrow(
      'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.'
    );
    runAs(env, OWNER, () => sheet.getRange('A2').setValue('ok'));
    expect(sheet.getRange('A2').getValue()).toBe('ok');
  });

  it('moves protected ranges with their rows', () => {
    // https://developers.google.com/apps-script/reference/spreadsheet/protection#getrange
    const {sheet} = workspace();
    const protection = sheet.getRange('A3:B4').protect();
    sheet.insertRowsBefore(1, 2);
    expect(protection.getRange().getA1Notation()).toBe('A5:B6');
    sheet.deleteRows(5, 1);
    expect(protection.getRange().getA1Notation()).toBe('A5:B5');
  });
});

describe('user edits', () => {
  it('parses what a person types and reports value and oldValue as strings for one cell', () => {
    // platform.md: Trigger events; https://developers.google.com/apps-script/guides/triggers/events
    const {sheet} = workspace();
    const first = sheet.applyUserEdit('B2', [['12']], TECH);
    expect(first.range.getA1Notation()).toBe('B2');
    expect(first.value).toBe('12');
    expect('oldValue' in first).toBe(false);
    expect(sheet.getRange('B2').getValue()).toBe(12);
    const second = sheet.applyUserEdit('B2', [['TRUE']], TECH);
    expect(second).toMatchObject({value: 'TRUE', oldValue: '12'});
  });

  it('reports a date as its serial number', () => {
    // platform.md: Trigger events
    const {sheet} = workspace();
    const edit = sheet.applyUserEdit('A1', [['11/22/2026']], TECH);
    expect(sheet.getRange('A1').getValue()).toEqual(newYork(2026, 11, 22));
    expect(edit.value).toBe('46348');
  });

  it('gives neither value nor oldValue for a multi-cell paste', () => {
    // platform.md: Trigger events
    const {sheet} = workspace();
    sheet.getRange('A1').setValue('old');
    const edit = sheet.applyUserEdit(
      'A1',
      [
        ['x', 'y'],
        ['z', ''],
      ],
      TECH
    );
    expect(edit.range.getA1Notation()).toBe('A1:B2');
    expect(edit).toEqual({range: edit.range});
    expect(sheet.getRange('A1:B2').getValues()).toEqual([
      ['x', 'y'],
      ['z', ''],
    ]);
  });

  it('rejects a value outside a strict list, leaving the cell unchanged', () => {
    // platform.md: Spreadsheets
    const {sheet} = statusColumn();
    sheet.getRange('U2').setValue('Open');
    let error: unknown;
    try {
      sheet.applyUserEdit('U2', [['Lost']], TECH);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UserEditRejected);
    expect((error as UserEditRejected).reason).toBe('validation');
    expect((error as Error).message).toBe(
      'The data you entered in cell U2 violates the data validation rules set on this cell.'
    );
    expect(sheet.getRange('U2').getValue()).toBe('Open');
  });

  it('rejects a non-editor on a protected range, but allows a warning-only one', () => {
    // https://developers.google.com/apps-script/reference/spreadsheet/protection#setwarningonlywarningonly
    const {sheet} = workspace();
    const protection = sheet.getRange('A1:A3').protect();
    expect(() => sheet.applyUserEdit('A2', [['x']], TECH)).toThrow(
      'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.'
    );
    expect(sheet.applyUserEdit('A2', [['by owner']], OWNER).value).toBe(
      'by owner'
    );
    protection.setWarningOnly(true);
    expect(sheet.applyUserEdit('A2', [['x']], TECH).value).toBe('x');
    protection.setWarningOnly(false);
    protection.addEditor(TECH);
    expect(sheet.applyUserEdit('A3', [['y']], TECH).value).toBe('y');
  });
});

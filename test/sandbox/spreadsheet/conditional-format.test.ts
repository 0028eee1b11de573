import {workspace} from './fixture';

describe('conditional format rules and tab order', () => {
  // https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule-builder
  it('records the rules a script builds, with their ranges, condition and look', () => {
    const {app, sheet} = workspace();
    const rule = app
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=$C2="P1"')
      .setBackground('#cc0000')
      .setFontColor('#ffffff')
      .setBold(true)
      .setRanges([sheet.getRange('C2:C100')])
      .build();
    sheet.setConditionalFormatRules([rule]);
    const [kept] = sheet.getConditionalFormatRules() as (typeof rule)[];
    const condition = kept.getBooleanCondition();
    expect([
      kept.getRanges().map(r => r.getA1Notation()),
      condition?.getCriteriaType(),
      condition?.getCriteriaValues(),
      condition?.getBackground(),
      condition?.getFontColor(),
      condition?.getBold(),
    ]).toEqual([
      ['C2:C100'],
      app.BooleanCriteria.CUSTOM_FORMULA,
      ['=$C2="P1"'],
      '#cc0000',
      '#ffffff',
      true,
    ]);
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#moveactivesheetpos
  it('moves the active sheet to a 1-based position', () => {
    const {spreadsheet} = workspace();
    spreadsheet.insertSheet('B');
    const c = spreadsheet.insertSheet('C');
    spreadsheet.setActiveSheet(c);
    spreadsheet.moveActiveSheet(1);
    expect(spreadsheet.getSheets().map(s => s.getName())).toEqual([
      'C',
      'Sheet1',
      'B',
    ]);
  });
});

// Conformance: formulas written by a script or typed by a person read back as Sheets computes them.
import {workspace} from '../fixture';

function tickets() {
  const ws = workspace();
  const {spreadsheet, sheet} = ws;
  sheet.setName('Tickets');
  sheet.getRange('A1:C6').setValues([
    ['Status', 'Minutes', 'Opened'],
    ['Open', 10, new Date(Date.UTC(2026, 10, 20, 15))],
    ['Closed', 20, new Date(Date.UTC(2026, 10, 21, 15))],
    ['open', 30, new Date(Date.UTC(2026, 10, 22, 15))],
    ['Waiting', 'n/a', ''],
    ['Open', '', ''],
  ]);
  const stats = spreadsheet.insertSheet('Stats');
  return {...ws, stats};
}

function valueOf(sheet: ReturnType<typeof tickets>['stats'], formula: string) {
  sheet.getRange('A1').setFormula(formula);
  return sheet.getRange('A1').getValue();
}

describe('formulas', () => {
  it('counts with COUNTIF across tabs, without regard to case, over whole and open-ended columns', () => {
    // https://support.google.com/docs/answer/3093480 (COUNTIF): text criteria, wildcards, operators
    const {stats} = tickets();
    expect(valueOf(stats, '=COUNTIF(Tickets!A:A,"Open")')).toBe(3);
    expect(valueOf(stats, '=COUNTIF(Tickets!A2:A,"open")')).toBe(3);
    expect(valueOf(stats, '=COUNTIF(\'Tickets\'!A:A,"Wait*")')).toBe(1);
    expect(valueOf(stats, '=COUNTIF(Tickets!B:B,">=20")')).toBe(2);
    expect(valueOf(stats, '=COUNTIF(Tickets!A2:A6,"<>Closed")')).toBe(4);
    expect(
      valueOf(stats, '=COUNTIFS(Tickets!A:A,"Open",Tickets!B:B,">5")')
    ).toBe(2);
  });

  it('sums, counts and averages the numbers of a range, skipping text and blanks', () => {
    // https://support.google.com/docs/answer/3093991 (COUNTA counts every value; COUNT only numbers)
    const {stats} = tickets();
    expect(valueOf(stats, '=SUM(Tickets!B2:B)')).toBe(60);
    expect(valueOf(stats, '=COUNT(Tickets!B:B)')).toBe(3);
    expect(valueOf(stats, '=COUNTA(Tickets!A2:A)')).toBe(5);
    expect(valueOf(stats, '=AVERAGE(Tickets!B2:B6)')).toBe(20);
    expect(valueOf(stats, '=SUMIF(Tickets!A:A,"open",Tickets!B:B)')).toBe(40);
  });

  it('joins with &, compares, and chooses with IF and IFERROR', () => {
    // Sheets' IF and IFERROR pages; text comparison ignores case as in COUNTIF (answer/3093480)
    const {sheet} = tickets();
    sheet.getRange('E1:F1').setValues([['Room', 204]]);
    sheet
      .getRange('G1:G4')
      .setFormulas([
        ['=E1&" "&F1'],
        ['=IF(F1>200,"upstairs","downstairs")'],
        ['=IFERROR(1/0,"none")'],
        ['="a"="A"'],
      ]);
    expect(sheet.getRange('G1:G4').getValues()).toEqual([
      ['Room 204'],
      ['upstairs'],
      ['none'],
      [true],
    ]);
  });

  it('shows Sheets error values: #DIV/0!, #NAME? for an unknown function, #REF! for a missing tab, #VALUE!, #ERROR!', () => {
    // https://sheets.wiki/docs/Error (Sheets' error types and their causes); getValues returns the code as text
    const {stats} = tickets();
    expect(valueOf(stats, '=1/0')).toBe('#DIV/0!');
    expect(valueOf(stats, '=SUMM(1,2)')).toBe('#NAME?');
    expect(valueOf(stats, '=COUNTIF(Nowhere!A:A,"x")')).toBe('#REF!');
    expect(valueOf(stats, '=Tickets!A2*2')).toBe('#VALUE!');
    expect(valueOf(stats, '=1+')).toBe('#ERROR!');
    expect(stats.getRange('A1').getDisplayValue()).toBe('#ERROR!');
    expect(valueOf(stats, '=IF(1)')).toBe('#N/A');
  });

  it('recomputes when a cell it reads changes, and when a formula reads another formula', () => {
    // platform.md: Spreadsheets (writes are parsed as if typed; a read first commits pending writes)
    const {sheet, stats} = tickets();
    stats
      .getRange('A1:A2')
      .setFormulas([['=COUNTIF(Tickets!A:A,"Open")'], ['=A1*10']]);
    expect(stats.getRange('A2').getValue()).toBe(30);
    sheet.getRange('A3').setValue('Open');
    expect(stats.getRange('A1:A2').getValues()).toEqual([[4], [40]]);
    expect(stats.getRange('A1:A2').getFormulas()).toEqual([
      ['=COUNTIF(Tickets!A:A,"Open")'],
      ['=A1*10'],
    ]);
    expect(stats.getRange('A1:A2').getDisplayValues()).toEqual([['4'], ['40']]);
  });

  it('reads a tab whose name has spaces, and keeps a date plus days a date', () => {
    // platform.md: Spreadsheets (a form's responses land in "Form Responses 1")
    const {spreadsheet, stats} = tickets();
    spreadsheet
      .insertSheet('Form Responses 1')
      .getRange('A1:A3')
      .setValues([['Timestamp'], ['11/20/2026 10:00'], ['11/21/2026 11:30']]);
    expect(valueOf(stats, "=COUNTA('Form Responses 1'!A2:A)")).toBe(2);
    expect(valueOf(stats, '=Tickets!C2+7')).toEqual(
      new Date(Date.UTC(2026, 10, 27, 15))
    );
    expect(valueOf(stats, '=Tickets!C3-Tickets!C2')).toBe(1);
  });

  it('reads a circular reference as #REF!', () => {
    // Sheets shows #REF! with "Circular dependency detected" (https://www.website.thebricks.com/resources/how-to-fix-circular-reference-in-google-sheets)
    const {stats} = tickets();
    stats.getRange('A1:A2').setFormulas([['=A2+1'], ['=A1+1']]);
    expect(stats.getRange('A1').getValue()).toBe('#REF!');
  });

  it('reads HYPERLINK as its label, or its URL without one', () => {
    // https://support.google.com/docs/answer/3093313 (HYPERLINK)
    const {stats} = tickets();
    expect(valueOf(stats, '=HYPERLINK("https://x.example/t/7","T-7")')).toBe(
      'T-7'
    );
    expect(valueOf(stats, '=HYPERLINK("https://x.example/t/7")')).toBe(
      'https://x.example/t/7'
    );
  });

  it('follows the virtual clock in the spreadsheet time zone for TODAY and NOW', () => {
    // https://support.google.com/docs/answer/3092984 (TODAY): the date when the sheet was last recalculated
    const {env, stats} = tickets();
    // 2026-11-22 14:00 UTC is 09:00 in New York.
    stats
      .getRange('A1:A3')
      .setFormulas([
        ['=TODAY()'],
        ['=NOW()'],
        ['=COUNTIF(Tickets!C:C,"<"&TODAY())'],
      ]);
    expect(stats.getRange('A1:A2').getValues()).toEqual([
      [new Date(Date.UTC(2026, 10, 22, 5))],
      [new Date(Date.UTC(2026, 10, 22, 14))],
    ]);
    expect(stats.getRange('A1').getDisplayValue()).toBe('11/22/2026');
    expect(stats.getRange('A3').getValue()).toBe(2);
    env.clock.advance(24 * 3_600_000);
    expect(stats.getRange('A1').getValue()).toEqual(
      new Date(Date.UTC(2026, 10, 23, 5))
    );
    expect(stats.getRange('A3').getValue()).toBe(3);
  });

  it('evaluates a formula a person types', () => {
    // https://developers.google.com/apps-script/guides/triggers/events (edit event)
    const {sheet} = tickets();
    sheet.applyUserEdit('E1', [['=SUM(B2:B4)']], 'tech@school.example');
    expect(sheet.getRange('E1').getValue()).toBe(60);
    expect(sheet.getRange('E1').getFormula()).toBe('=SUM(B2:B4)');
  });

  it('costs a sheet without formulas nothing: its values are read as stored', () => {
    // Emulator budget: the 100k-row ledgers of bench read without recalculation
    const {sheet} = tickets();
    expect(sheet.hostLayers.formulas.lastRow()).toBe(0);
    expect(sheet.getRange('A2:B2').getValues()).toEqual([['Open', 10]]);
  });
});

import {
  appendRows,
  readRecords,
  updateKeyedValues,
} from '../../../src/workspace/sheets/table';
import {useFakeWorkspace} from '../../support/apps-script-globals';

const workspace = useFakeWorkspace();

describe('tables addressed by header', () => {
  it('appends rows past the end of the sheet by growing it first', () => {
    // platform.md: Spreadsheets — a new sheet has 1000 rows; ranges beyond it are refused.
    const sheet = workspace().ss.getSheets()[0];
    sheet.getRange('A1').setValue('Key');
    const rows = Array.from({length: 1200}, (_, i) => [`k${i}`]);
    appendRows(sheet, rows);
    expect(sheet.getLastRow()).toBe(1201);
    expect(sheet.getRange('A1201').getValue()).toBe('k1199');
    appendRows(sheet, [['one more']]);
    expect(sheet.getRange('A1202').getValue()).toBe('one more');
  });

  it('reads records by header, leaving out blank rows', () => {
    const sheet = workspace().ss.getSheets()[0];
    sheet.getRange('A1:B4').setValues([
      ['Key', 'Value'],
      ['Desk Name', 'Peer Desk'],
      ['', ''],
      ['Campuses', 'North, South'],
    ]);
    expect(readRecords(sheet, 'America/Chicago')).toEqual([
      {Key: 'Desk Name', Value: 'Peer Desk'},
      {Key: 'Campuses', Value: 'North, South'},
    ]);
  });

  it('updates values by key and reports which changed', () => {
    const sheet = workspace().ss.getSheets()[0];
    sheet.getRange('A1:B3').setValues([
      ['Key', 'Value'],
      ['Desk Name', 'Peer Desk'],
      ['Day Types', 'weekdays'],
    ]);
    expect(
      updateKeyedValues(sheet, {
        'Desk Name': 'Peer Desk',
        'Day Types': 'A/B',
        Missing: 'x',
      })
    ).toEqual(['Day Types']);
    expect(sheet.getRange('B3').getValue()).toBe('A/B');
  });
});

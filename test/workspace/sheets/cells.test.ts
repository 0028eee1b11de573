import {
  cellAsText,
  cellFromEventValue,
  toCells,
} from '../../../src/workspace/sheets/cells';
import {useFakeWorkspace} from '../../support/apps-script-globals';

const workspace = useFakeWorkspace();

describe('writing text to cells', () => {
  // platform.md: Spreadsheets — writes are parsed as if typed; a leading apostrophe keeps text.
  it('stores hostile and number-like text verbatim, never as a formula or number', () => {
    const sheet = workspace().ss.getSheets()[0];
    const texts = [
      '=HYPERLINK("http://evil.example","x")',
      '+1',
      '-2',
      '@A1',
      '00123',
      '3/4',
      "'quoted",
    ];
    sheet.getRange(1, 1, 1, texts.length).setValues([toCells(texts)]);
    expect(sheet.getRange(1, 1, 1, texts.length).getValues()).toEqual([texts]);
    expect(sheet.getRange('A1').getFormula()).toBe('');
  });

  it('leaves numbers, dates and blanks as they are', () => {
    const when = new Date(Date.UTC(2026, 7, 18, 14, 10));
    expect(toCells([3, when, ''])).toEqual([3, when, '']);
  });
});

describe('reading reference cells as text', () => {
  it('shows typed times as HH:mm, dates as yyyy-MM-dd, in the script time zone', () => {
    // A typed time is stored as a date on 30 December 1899 in the spreadsheet's zone.
    const sheet = workspace().ss.getSheets()[0];
    sheet.getRange('A1:C1').setValues([['8:05', '2026-08-17', 42]]);
    const [time, date, number] = sheet.getRange('A1:C1').getValues()[0];
    expect(cellAsText(time, 'America/Chicago')).toBe('08:05');
    expect(cellAsText(date, 'America/Chicago')).toBe('2026-08-17');
    expect(cellAsText(number, 'America/Chicago')).toBe('42');
  });
});

describe('cellFromEventValue', () => {
  // Edit events carry dates as their serial number in the spreadsheet's zone (platform.md).
  it('turns a date serial back into the moment, in the zone', () => {
    // 46349.5 is 2026-11-23 12:00 local; Chicago is UTC-6 in November.
    expect(cellFromEventValue('46349.5', 'date', 'America/Chicago')).toEqual(
      new Date('2026-11-23T18:00:00Z')
    );
  });

  it('keeps numbers as numbers, text as text, and nothing as empty', () => {
    expect(cellFromEventValue('4', 'number', 'UTC')).toBe(4);
    expect(cellFromEventValue('0042', 'text', 'UTC')).toBe('0042');
    expect(cellFromEventValue(undefined, 'date', 'UTC')).toBe('');
  });
});

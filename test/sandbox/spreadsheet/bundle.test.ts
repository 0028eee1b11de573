import {BundleRealm} from '../../../sandbox/core/realm';
import {workspace} from './fixture';

const SCRIPT = `
function writeAndRead() {
  var sheet = SpreadsheetApp.getActive().getSheetByName('Sheet1');
  sheet.getRange('A1:B1').setValues([[new Date(Date.UTC(2026, 10, 22, 15)), '=HYPERLINK("https://x.example","go")']]);
  var values = sheet.getRange('A1:B1').getValues();
  return {
    isDate: values[0][0] instanceof Date,
    isArray: Array.isArray(values),
    link: values[0][1],
    sameRange: sheet.getRange('A1').getSheet().getName(),
    protectionType: sheet.protect().getProtectionType() === SpreadsheetApp.ProtectionType.SHEET,
    rule: sheet.getRange('C1').setDataValidation(
      SpreadsheetApp.newDataValidation().requireValueInList(['a', 'b']).setAllowInvalid(false).build()
    ).getDataValidation().getCriteriaValues()[0].join('|'),
  };
}
function badWrite() {
  try {
    SpreadsheetApp.getActive().getSheetByName('Sheet1').getRange('C1').setValue('z');
  } catch (e) {
    return [e instanceof Error, e.name, e.message];
  }
}
`;

function bundleWith(
  env: ReturnType<typeof workspace>['env'],
  app: ReturnType<typeof workspace>['app']
): BundleRealm {
  return new BundleRealm(SCRIPT, {SpreadsheetApp: app}, env);
}

describe('the fakes seen from a bundle', () => {
  it('cross the realm boundary with bundle Dates and arrays, and are counted per method', () => {
    // platform.md: Toolchain facts (vm realms)
    const {env, app} = workspace();
    const realm = bundleWith(env, app);
    env.executions.begin({
      functionName: 'writeAndRead',
      cause: 'manual',
      user: env.owner,
    });
    const result = realm.call('writeAndRead');
    const record = env.executions.end('completed');
    expect(result).toEqual({
      isDate: true,
      isArray: true,
      link: 'go',
      sameRange: 'Sheet1',
      protectionType: true,
      rule: 'a|b',
    });
    expect(record.calls['SpreadsheetApp.Range.setValues']).toBe(1);
    expect(record.calls['SpreadsheetApp.Range.getValues']).toBe(1);
    expect(record.calls['SpreadsheetApp.Spreadsheet.getSheetByName']).toBe(1);
    expect(record.calls['SpreadsheetApp.getActive']).toBe(1);
  });

  it('throws Apps Script errors into the bundle as its own Errors', () => {
    // platform.md: Spreadsheets
    const {env, app} = workspace();
    const realm = bundleWith(env, app);
    realm.call('writeAndRead');
    expect(realm.call('badWrite')).toEqual([
      true,
      'Exception',
      'The data you entered in cell C1 violates the data validation rules set on this cell.',
    ]);
  });
});

import {readFileSync} from 'node:fs';
import {notEmulatedMethods} from '../../../sandbox/spreadsheet/not-emulated';
import {
  FakeDataValidation,
  FakeDataValidationBuilder,
} from '../../../sandbox/spreadsheet/data-validation';
import {
  FakeBooleanCondition,
  FakeConditionalFormatRule,
  FakeConditionalFormatRuleBuilder,
} from '../../../sandbox/spreadsheet/conditional-format';
import {
  FakeFilter,
  FakeFilterCriteria,
  FakeFilterCriteriaBuilder,
} from '../../../sandbox/spreadsheet/filter';
import {FakeNamedRange} from '../../../sandbox/spreadsheet/named-range';
import {
  BOOLEAN_CONDITION_METHODS,
  CONDITIONAL_FORMAT_RULE_BUILDER_METHODS,
  CONDITIONAL_FORMAT_RULE_METHODS,
  DATA_VALIDATION_BUILDER_METHODS,
  DATA_VALIDATION_METHODS,
  FILTER_CRITERIA_BUILDER_METHODS,
  FILTER_CRITERIA_METHODS,
  FILTER_METHODS,
  MENU_METHODS,
  NAMED_RANGE_METHODS,
  PROTECTION_METHODS,
  RANGE_LIST_METHODS,
  RANGE_METHODS,
  SELECTION_METHODS,
  SHEET_METHODS,
  SPREADSHEET_APP_METHODS,
  SPREADSHEET_METHODS,
  TEXT_FINDER_METHODS,
  UI_METHODS,
} from '../../../sandbox/spreadsheet/official-methods';
import {FakeProtection} from '../../../sandbox/spreadsheet/protection';
import {FakeRange} from '../../../sandbox/spreadsheet/range';
import {FakeRangeList} from '../../../sandbox/spreadsheet/range-list';
import {FakeSelection} from '../../../sandbox/spreadsheet/selection';
import {FakeSheet} from '../../../sandbox/spreadsheet/sheet';
import {FakeSpreadsheet} from '../../../sandbox/spreadsheet/spreadsheet';
import {FakeSpreadsheetApp} from '../../../sandbox/spreadsheet/spreadsheet-app';
import {FakeTextFinder} from '../../../sandbox/spreadsheet/text-finder';
import {FakeMenu, FakeUi} from '../../../sandbox/spreadsheet/ui';
import {workspace} from './fixture';

// The lists are Google's reference as @types/google-apps-script declares it; the compiler keeps
// them complete (sandbox/spreadsheet/official-methods.ts).
const CLASSES: Array<[string, {prototype: object}, readonly string[]]> = [
  ['SpreadsheetApp', FakeSpreadsheetApp, SPREADSHEET_APP_METHODS],
  ['Spreadsheet', FakeSpreadsheet, SPREADSHEET_METHODS],
  ['Sheet', FakeSheet, SHEET_METHODS],
  ['Range', FakeRange, RANGE_METHODS],
  ['RangeList', FakeRangeList, RANGE_LIST_METHODS],
  ['Selection', FakeSelection, SELECTION_METHODS],
  ['NamedRange', FakeNamedRange, NAMED_RANGE_METHODS],
  ['Protection', FakeProtection, PROTECTION_METHODS],
  ['TextFinder', FakeTextFinder, TEXT_FINDER_METHODS],
  ['DataValidation', FakeDataValidation, DATA_VALIDATION_METHODS],
  [
    'DataValidationBuilder',
    FakeDataValidationBuilder,
    DATA_VALIDATION_BUILDER_METHODS,
  ],
  ['BooleanCondition', FakeBooleanCondition, BOOLEAN_CONDITION_METHODS],
  [
    'ConditionalFormatRule',
    FakeConditionalFormatRule,
    CONDITIONAL_FORMAT_RULE_METHODS,
  ],
  [
    'ConditionalFormatRuleBuilder',
    FakeConditionalFormatRuleBuilder,
    CONDITIONAL_FORMAT_RULE_BUILDER_METHODS,
  ],
  ['Filter', FakeFilter, FILTER_METHODS],
  ['FilterCriteria', FakeFilterCriteria, FILTER_CRITERIA_METHODS],
  [
    'FilterCriteriaBuilder',
    FakeFilterCriteriaBuilder,
    FILTER_CRITERIA_BUILDER_METHODS,
  ],
  ['Ui', FakeUi, UI_METHODS],
  ['Menu', FakeMenu, MENU_METHODS],
];

/** The "- **Class**: `a`, `b`" lines of sandbox/README.md's not-emulated list. */
function readmeList(): Record<string, string[]> {
  const readme = readFileSync('sandbox/README.md', 'utf8');
  const section = readme.split('<!-- not-emulated -->')[1] ?? '';
  const listed: Record<string, string[]> = {};
  for (const [, name, methods] of section.matchAll(
    /^- \*\*(\w+)\*\*: (.*(?:\n {2}.*)*)/gm
  ))
    listed[name] = [...methods.matchAll(/`(\w+)`/g)].map(m => m[1]);
  return listed;
}

describe('documented methods the emulator does not model', () => {
  it('exist on every fake as functions, so a script never sees "is not a function"', () => {
    for (const [, fake, names] of CLASSES)
      for (const name of names)
        expect([name, typeof Reflect.get(fake.prototype, name)]).toEqual([
          name,
          'function',
        ]);
  });

  it('throw an Apps Script exception naming the class and method', () => {
    const {app, spreadsheet, sheet} = workspace();
    const call = (fake: object, method: string) => () =>
      Reflect.get(fake, method).call(fake);
    const calls = [
      call(app, 'newRichTextValue'),
      call(spreadsheet, 'copy'),
      call(sheet, 'insertImage'),
      call(sheet.getRange('A1:B1'), 'merge'),
      call(app.newDataValidation(), 'requireTextIsEmail'),
    ];
    const thrown = calls.map(attempt => {
      try {
        attempt();
        return 'no error';
      } catch (error) {
        return `${(error as Error).name}: ${(error as Error).message}`;
      }
    });
    expect(thrown).toEqual([
      'Exception: not emulated: SpreadsheetApp.newRichTextValue',
      'Exception: not emulated: Spreadsheet.copy',
      'Exception: not emulated: Sheet.insertImage',
      'Exception: not emulated: Range.merge',
      'Exception: not emulated: DataValidationBuilder.requireTextIsEmail',
    ]);
  });

  it('are the ones sandbox/README.md lists', () => {
    const listed = readmeList();
    for (const [name, fake, names] of CLASSES)
      expect([name, listed[name] ?? []]).toEqual([
        name,
        notEmulatedMethods(fake, names),
      ]);
  });
});

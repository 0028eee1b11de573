import {Environment} from '../core/environment';
import {SERVICE, ScriptException} from '../core/service';
import {ApiOf} from '../core/official-types';
import {FakeConditionalFormatRuleBuilder} from './conditional-format';
import {FakeFilterCriteriaBuilder} from './filter';
import {FakeDataValidationBuilder} from './data-validation';
import {
  BooleanCriteria,
  CopyPasteType,
  DataValidationCriteria,
  ProtectionType,
} from './enums';
import {MESSAGES} from './messages';
import {stubNotEmulated} from './not-emulated';
import {SPREADSHEET_APP_METHODS} from './official-methods';
import type {FakeRange} from './range';
import type {FakeRangeList} from './range-list';
import type {FakeSelection} from './selection';
import type {FakeSheet} from './sheet';
import type {FakeSpreadsheet} from './spreadsheet';
import type {SpreadsheetStore} from './store';
import {FakeUi} from './ui';

/** The `SpreadsheetApp` global the bundle sees. */
export class FakeSpreadsheetApp implements ApiOf<
  GoogleAppsScript.Spreadsheet.SpreadsheetApp,
  | 'getActive'
  | 'getActiveSpreadsheet'
  | 'openById'
  | 'openByUrl'
  | 'create'
  | 'getActiveSheet'
  | 'getActiveRange'
  | 'getActiveRangeList'
  | 'getCurrentCell'
  | 'getSelection'
  | 'setActiveSheet'
  | 'setActiveRange'
  | 'setActiveRangeList'
  | 'setCurrentCell'
  | 'flush'
  | 'getUi'
  | 'newDataValidation'
  | 'newConditionalFormatRule'
  | 'newFilterCriteria'
  | 'BooleanCriteria'
  | 'ProtectionType'
  | 'CopyPasteType'
  | 'DataValidationCriteria'
> {
  readonly [SERVICE] = 'SpreadsheetApp';
  readonly ProtectionType = ProtectionType;
  readonly CopyPasteType = CopyPasteType;
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly BooleanCriteria = BooleanCriteria;

  constructor(
    private readonly env: Environment,
    private readonly store: SpreadsheetStore
  ) {}

  /** The spreadsheet the script is bound to; null for a standalone script. */
  getActive(): FakeSpreadsheet | null {
    return this.store.active ?? null;
  }

  getActiveSpreadsheet(): FakeSpreadsheet | null {
    return this.getActive();
  }

  openById(id: string): FakeSpreadsheet {
    const spreadsheet = this.store.byId(id);
    if (!spreadsheet) throw new ScriptException(MESSAGES.openByIdFailed);
    return spreadsheet;
  }

  openByUrl(url: string): FakeSpreadsheet {
    const id = /\/spreadsheets\/d\/([^/]+)/.exec(url)?.[1];
    const spreadsheet = id ? this.store.byId(id) : undefined;
    if (!spreadsheet) throw new ScriptException(MESSAGES.openByUrlFailed);
    return spreadsheet;
  }

  /**
   * A new spreadsheet in the user's Drive with one tab, "Sheet1", of the given size (1000 × 26 by
   * default); the script can open it again by id. Creating or opening another file needs the
   * `spreadsheets` scope, not `spreadsheets.currentonly` (platform.md: Spreadsheets).
   */
  create(name: string, rows?: number, columns?: number): FakeSpreadsheet {
    const spreadsheet = this.store.create(name);
    if (rows !== undefined || columns !== undefined)
      spreadsheet.getSheets()[0].hostResize(rows ?? 1000, columns ?? 26);
    return spreadsheet;
  }

  // The selection of the bound spreadsheet (Spreadsheet.getActiveSheet and the rest).

  getActiveSheet(): FakeSheet {
    return this.bound().getActiveSheet();
  }

  getActiveRange(): FakeRange {
    return this.bound().getActiveRange();
  }

  getActiveRangeList(): FakeRangeList {
    return this.bound().getActiveRangeList();
  }

  getCurrentCell(): FakeRange {
    return this.bound().getCurrentCell();
  }

  getSelection(): FakeSelection<FakeSheet> {
    return this.bound().getSelection();
  }

  setActiveSheet(sheet: FakeSheet): FakeSheet {
    return this.bound().setActiveSheet(sheet);
  }

  setActiveRange(range: FakeRange): FakeRange {
    return this.bound().setActiveRange(range);
  }

  setActiveRangeList(rangeList: FakeRangeList): FakeRangeList {
    return this.bound().setActiveRangeList(rangeList);
  }

  setCurrentCell(cell: FakeRange): FakeRange {
    return this.bound().setCurrentCell(cell);
  }

  /** Writes are applied at once in the emulator, so there is nothing pending to commit. */
  flush(): void {}

  /** Only where a person is looking: not from time-driven or form triggers (store.uiAvailable). */
  getUi(): FakeUi {
    if (!this.store.uiAvailable)
      throw new ScriptException(MESSAGES.uiUnavailable);
    return this.store.ui;
  }

  newDataValidation(): FakeDataValidationBuilder {
    return new FakeDataValidationBuilder();
  }

  newFilterCriteria(): FakeFilterCriteriaBuilder {
    return new FakeFilterCriteriaBuilder();
  }

  newConditionalFormatRule(): FakeConditionalFormatRuleBuilder<FakeRange> {
    return new FakeConditionalFormatRuleBuilder<FakeRange>();
  }

  private bound(): FakeSpreadsheet {
    const spreadsheet = this.store.active;
    if (!spreadsheet) throw new ScriptException(MESSAGES.noActiveSheet);
    return spreadsheet;
  }
}

stubNotEmulated(FakeSpreadsheetApp, 'SpreadsheetApp', SPREADSHEET_APP_METHODS);

export function createSpreadsheetApp(
  env: Environment,
  store: SpreadsheetStore
): FakeSpreadsheetApp {
  return new FakeSpreadsheetApp(env, store);
}

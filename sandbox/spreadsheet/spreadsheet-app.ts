import {Environment} from '../core/environment';
import {SERVICE, ScriptException} from '../core/service';
import {ApiOf} from '../core/official-types';
import {FakeDataValidationBuilder} from './data-validation';
import {DataValidationCriteria, ProtectionType} from './enums';
import {MESSAGES} from './messages';
import type {FakeSpreadsheet} from './spreadsheet';
import type {SpreadsheetStore} from './store';
import {FakeUi} from './ui';

/** The `SpreadsheetApp` global the bundle sees. */
export class FakeSpreadsheetApp implements ApiOf<
  GoogleAppsScript.Spreadsheet.SpreadsheetApp,
  | 'getActive'
  | 'getActiveSpreadsheet'
  | 'openById'
  | 'create'
  | 'flush'
  | 'getUi'
  | 'newDataValidation'
  | 'ProtectionType'
  | 'DataValidationCriteria'
> {
  readonly [SERVICE] = 'SpreadsheetApp';
  readonly ProtectionType = ProtectionType;
  readonly DataValidationCriteria = DataValidationCriteria;

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

  /**
   * A new spreadsheet in the user's Drive with one empty 1000 × 26 tab, "Sheet1"; the script can
   * open it again by id. Creating or opening another file needs the `spreadsheets` scope, not
   * `spreadsheets.currentonly` (platform.md: Spreadsheets).
   */
  create(name: string): FakeSpreadsheet {
    return this.store.create(name);
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
}

export function createSpreadsheetApp(
  env: Environment,
  store: SpreadsheetStore
): FakeSpreadsheetApp {
  return new FakeSpreadsheetApp(env, store);
}

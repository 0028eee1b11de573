// Basic filters: Range.createFilter, criteria from SpreadsheetApp.newFilterCriteria, rows hidden by a filter.
import {ApiOf} from '../core/official-types';
import {SERVICE, ScriptException} from '../core/service';
import {BooleanCriteria} from './enums';
import {stubNotEmulated} from './not-emulated';
import {
  FILTER_CRITERIA_BUILDER_METHODS,
  FILTER_CRITERIA_METHODS,
  FILTER_METHODS,
} from './official-methods';

type Criteria = GoogleAppsScript.Spreadsheet.BooleanCriteria;

interface Settings {
  readonly hiddenValues: readonly string[];
  readonly criteria: Criteria | null;
  readonly values: readonly unknown[];
}

const NO_SETTINGS: Settings = {hiddenValues: [], criteria: null, values: []};

/** Whether a cell showing `shown` stays visible under these settings. */
function shows(settings: Settings, shown: string): boolean {
  if (settings.hiddenValues.includes(shown)) return false;
  const [text] = settings.values;
  switch (settings.criteria) {
    case null:
      return true;
    case BooleanCriteria.CELL_EMPTY:
      return shown === '';
    case BooleanCriteria.CELL_NOT_EMPTY:
      return shown !== '';
    // Compared as written: Google's FilterCriteriaBuilder page does not say whether case counts.
    case BooleanCriteria.TEXT_EQUAL_TO:
      return shown === String(text);
    case BooleanCriteria.TEXT_CONTAINS:
      return shown.includes(String(text));
    default:
      throw new ScriptException(
        `not emulated: filter criteria ${String(settings.criteria)}`
      );
  }
}

/** What built criteria and their builder both report of the settings. */
abstract class CriteriaSettings {
  constructor(protected settings: Settings) {}

  copy(): FakeFilterCriteriaBuilder {
    return new FakeFilterCriteriaBuilder(this.settings);
  }

  /** Null without boolean criteria, as Google's page says (the typings leave the null out). */
  getCriteriaType(): Criteria | null {
    return this.settings.criteria;
  }

  getCriteriaValues(): unknown[] {
    return [...this.settings.values];
  }

  getHiddenValues(): string[] {
    return [...this.settings.hiddenValues];
  }
}

/** Built criteria for one column of a filter. */
export class FakeFilterCriteria
  extends CriteriaSettings
  implements
    ApiOf<
      GoogleAppsScript.Spreadsheet.FilterCriteria,
      'copy' | 'getCriteriaValues' | 'getHiddenValues'
    >
{
  readonly [SERVICE] = 'SpreadsheetApp.FilterCriteria';

  /** Host: the settings a filter applies. */
  hostSettings(): Settings {
    return this.settings;
  }
}

/** SpreadsheetApp.newFilterCriteria(): hidden values, empty or not, and text equal to or containing. */
export class FakeFilterCriteriaBuilder
  extends CriteriaSettings
  implements
    ApiOf<
      GoogleAppsScript.Spreadsheet.FilterCriteriaBuilder,
      | 'build'
      | 'copy'
      | 'getCriteriaValues'
      | 'getHiddenValues'
      | 'setHiddenValues'
      | 'whenCellEmpty'
      | 'whenCellNotEmpty'
      | 'whenTextContains'
      | 'whenTextEqualTo'
    >
{
  readonly [SERVICE] = 'SpreadsheetApp.FilterCriteriaBuilder';

  constructor(settings: Settings = NO_SETTINGS) {
    super(settings);
  }

  private when(criteria: Criteria, values: unknown[]): this {
    this.settings = {...this.settings, criteria, values};
    return this;
  }

  build(): FakeFilterCriteria {
    return new FakeFilterCriteria(this.settings);
  }

  setHiddenValues(values: string[]): this {
    this.settings = {...this.settings, hiddenValues: values.map(String)};
    return this;
  }

  whenCellEmpty(): this {
    return this.when(BooleanCriteria.CELL_EMPTY as Criteria, []);
  }

  whenCellNotEmpty(): this {
    return this.when(BooleanCriteria.CELL_NOT_EMPTY as Criteria, []);
  }

  whenTextContains(text: string): this {
    return this.when(BooleanCriteria.TEXT_CONTAINS as Criteria, [text]);
  }

  whenTextEqualTo(text: string): this {
    return this.when(BooleanCriteria.TEXT_EQUAL_TO as Criteria, [text]);
  }
}

/** What a filter needs of its range: where it is and the text its cells show. */
export interface FilterRange {
  getRow(): number;
  getColumn(): number;
  getNumRows(): number;
  getNumColumns(): number;
  getSheet(): {
    getRange(row: number, column: number): {getDisplayValue(): string};
  };
}

/**
 * A sheet's one basic filter over a range: the first row is its header, and a row below is hidden
 * when the text a criteria column shows fails that column's criteria, evaluated when asked.
 */
export class FakeFilter<R extends FilterRange> implements ApiOf<
  GoogleAppsScript.Spreadsheet.Filter,
  | 'getColumnFilterCriteria'
  | 'getRange'
  | 'remove'
  | 'removeColumnFilterCriteria'
  | 'setColumnFilterCriteria'
> {
  readonly [SERVICE] = 'SpreadsheetApp.Filter';

  private readonly criteria = new Map<number, FakeFilterCriteria>();

  constructor(
    private readonly range: R,
    private readonly onRemove: () => void
  ) {}

  private checkColumn(columnPosition: number): void {
    const first = this.range.getColumn();
    if (
      columnPosition < first ||
      columnPosition >= first + this.range.getNumColumns()
    )
      throw new ScriptException(
        `Column ${columnPosition} is outside the filter's range.`
      );
  }

  getColumnFilterCriteria(columnPosition: number): FakeFilterCriteria | null {
    return this.criteria.get(columnPosition) ?? null;
  }

  getRange(): R {
    return this.range;
  }

  remove(): void {
    this.criteria.clear();
    this.onRemove();
  }

  removeColumnFilterCriteria(columnPosition: number): this {
    this.criteria.delete(columnPosition);
    return this;
  }

  setColumnFilterCriteria(
    columnPosition: number,
    filterCriteria: FakeFilterCriteria | null
  ): this {
    this.checkColumn(columnPosition);
    if (filterCriteria) this.criteria.set(columnPosition, filterCriteria);
    else this.criteria.delete(columnPosition);
    return this;
  }

  /** Host: whether this filter hides the sheet's row `rowPosition` (never its header row). */
  hostHides(rowPosition: number): boolean {
    const first = this.range.getRow();
    if (rowPosition <= first || rowPosition >= first + this.range.getNumRows())
      return false;
    const sheet = this.range.getSheet();
    for (const [column, criteria] of this.criteria)
      if (
        !shows(
          criteria.hostSettings(),
          sheet.getRange(rowPosition, column).getDisplayValue()
        )
      )
        return true;
    return false;
  }
}

stubNotEmulated(FakeFilter, 'Filter', FILTER_METHODS);
stubNotEmulated(FakeFilterCriteria, 'FilterCriteria', FILTER_CRITERIA_METHODS);
stubNotEmulated(
  FakeFilterCriteriaBuilder,
  'FilterCriteriaBuilder',
  FILTER_CRITERIA_BUILDER_METHODS
);

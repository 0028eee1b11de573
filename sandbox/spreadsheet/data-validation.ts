import {SERVICE} from '../core/service';
import {ApiOf} from '../core/official-types';
import {DataValidationCriteria} from './enums';
import {stubNotEmulated} from './not-emulated';
import {
  DATA_VALIDATION_BUILDER_METHODS,
  DATA_VALIDATION_METHODS,
} from './official-methods';

type Criteria = GoogleAppsScript.Spreadsheet.DataValidationCriteria;

/** The range a "value in range" rule lists its allowed values from. */
export interface ListSource {
  getDisplayValues(): string[][];
}

interface Rule {
  readonly criteria: Criteria;
  readonly values: readonly unknown[];
  readonly allowInvalid: boolean;
  readonly helpText: string;
}

/** The getters a built rule and its builder share. */
abstract class RuleGetters {
  protected abstract readonly rule: Rule;

  getCriteriaType(): Criteria {
    return this.rule.criteria;
  }

  getCriteriaValues(): unknown[] {
    return [...this.rule.values];
  }

  getAllowInvalid(): boolean {
    return this.rule.allowInvalid;
  }

  getHelpText(): string {
    return this.rule.helpText;
  }
}

/** A built rule; immutable, so one instance is shared by every cell it is set on. */
export class FakeDataValidation
  extends RuleGetters
  implements
    ApiOf<
      GoogleAppsScript.Spreadsheet.DataValidation,
      | 'getCriteriaType'
      | 'getCriteriaValues'
      | 'getAllowInvalid'
      | 'getHelpText'
      | 'copy'
    >
{
  readonly [SERVICE] = 'SpreadsheetApp.DataValidation';

  constructor(protected readonly rule: Rule) {
    super();
  }

  copy(): FakeDataValidationBuilder {
    return new FakeDataValidationBuilder(this.rule);
  }

  /** Host: the values a checkbox cell holds when checked and unchecked; undefined for other rules. */
  checkboxValues(): {checked: unknown; unchecked: unknown} | undefined {
    if (this.rule.criteria !== DataValidationCriteria.CHECKBOX)
      return undefined;
    const [checked = true, unchecked = false] = this.rule.values;
    return {checked, unchecked};
  }

  /**
   * Host: whether a cell holding `value` and showing `display` satisfies the rule; an empty cell
   * always does.
   */
  accepts(display: string, value: unknown): boolean {
    if (display === '') return true;
    const [first] = this.rule.values;
    switch (this.rule.criteria) {
      case DataValidationCriteria.DATE_IS_VALID_DATE:
        return Object.prototype.toString.call(value) === '[object Date]';
      case DataValidationCriteria.VALUE_IN_LIST:
        return (first as unknown[]).some(item => String(item) === display);
      case DataValidationCriteria.VALUE_IN_RANGE:
        return (first as ListSource)
          .getDisplayValues()
          .some(row => row.includes(display));
      default:
        return true;
    }
  }
}

export class FakeDataValidationBuilder
  extends RuleGetters
  implements
    ApiOf<
      GoogleAppsScript.Spreadsheet.DataValidationBuilder,
      | 'requireValueInList'
      | 'requireValueInRange'
      | 'requireCheckbox'
      | 'requireDate'
      | 'setAllowInvalid'
      | 'setHelpText'
      | 'build'
      | 'getCriteriaType'
      | 'getCriteriaValues'
      | 'getAllowInvalid'
      | 'getHelpText'
    >
{
  readonly [SERVICE] = 'SpreadsheetApp.DataValidationBuilder';

  constructor(
    protected rule: Rule = {
      criteria: DataValidationCriteria.VALUE_IN_LIST,
      values: [[], true],
      allowInvalid: true,
      helpText: '',
    }
  ) {
    super();
  }

  requireValueInList(values: string[], showDropdown = true): this {
    this.rule = {
      ...this.rule,
      criteria: DataValidationCriteria.VALUE_IN_LIST,
      values: [[...values], showDropdown],
    };
    return this;
  }

  requireValueInRange(range: ListSource, showDropdown = true): this {
    this.rule = {
      ...this.rule,
      criteria: DataValidationCriteria.VALUE_IN_RANGE,
      values: [range, showDropdown],
    };
    return this;
  }

  /** A checkbox; checked and unchecked are TRUE and FALSE unless other values are given. */
  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): this {
    this.rule = {
      ...this.rule,
      criteria: DataValidationCriteria.CHECKBOX,
      values: checkedValue === undefined ? [] : [checkedValue, uncheckedValue],
    };
    return this;
  }

  /** A date (a date and time is one too); the rule takes no values. */
  requireDate(): this {
    this.rule = {
      ...this.rule,
      criteria: DataValidationCriteria.DATE_IS_VALID_DATE,
      values: [],
    };
    return this;
  }

  setAllowInvalid(allowInvalidData: boolean): this {
    this.rule = {...this.rule, allowInvalid: allowInvalidData};
    return this;
  }

  setHelpText(helpText: string): this {
    this.rule = {...this.rule, helpText};
    return this;
  }

  build(): FakeDataValidation {
    return new FakeDataValidation(this.rule);
  }
}

stubNotEmulated(FakeDataValidation, 'DataValidation', DATA_VALIDATION_METHODS);
stubNotEmulated(
  FakeDataValidationBuilder,
  'DataValidationBuilder',
  DATA_VALIDATION_BUILDER_METHODS
);

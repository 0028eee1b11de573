import {SERVICE} from '../core/service';
import {ApiOf} from '../core/official-types';
import {DataValidationCriteria} from './enums';

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

  /** Host: whether a cell showing `display` satisfies the rule; an empty cell always does. */
  accepts(display: string): boolean {
    if (display === '') return true;
    const [first] = this.rule.values;
    switch (this.rule.criteria) {
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

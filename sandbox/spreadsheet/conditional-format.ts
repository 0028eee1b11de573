// Conditional format rules: built with SpreadsheetApp.newConditionalFormatRule, recorded on a sheet, never evaluated.
import {ApiOf} from '../core/official-types';
import {SERVICE} from '../core/service';
import {BooleanCriteria} from './enums';
import {stubNotEmulated} from './not-emulated';
import {
  BOOLEAN_CONDITION_METHODS,
  CONDITIONAL_FORMAT_RULE_BUILDER_METHODS,
  CONDITIONAL_FORMAT_RULE_METHODS,
} from './official-methods';

type Criteria = GoogleAppsScript.Spreadsheet.BooleanCriteria;

interface Condition {
  readonly criteria: Criteria;
  readonly values: readonly unknown[];
  readonly background: string | null;
  readonly fontColor: string | null;
  readonly bold: boolean | null;
}

interface Rule<R> {
  readonly condition: Condition | null;
  readonly ranges: readonly R[];
}

/** The condition and the look a rule applies when it holds. */
export class FakeBooleanCondition implements ApiOf<
  GoogleAppsScript.Spreadsheet.BooleanCondition,
  | 'getCriteriaType'
  | 'getCriteriaValues'
  | 'getBackground'
  | 'getFontColor'
  | 'getBold'
> {
  readonly [SERVICE] = 'SpreadsheetApp.BooleanCondition';

  constructor(private readonly condition: Condition) {}

  getCriteriaType(): Criteria {
    return this.condition.criteria;
  }

  getCriteriaValues(): unknown[] {
    return [...this.condition.values];
  }

  getBackground(): string | null {
    return this.condition.background;
  }

  getFontColor(): string | null {
    return this.condition.fontColor;
  }

  getBold(): boolean | null {
    return this.condition.bold;
  }
}

/** A built rule; the sheet keeps it as given (Sheet.setConditionalFormatRules replaces them all). */
export class FakeConditionalFormatRule<R> implements ApiOf<
  GoogleAppsScript.Spreadsheet.ConditionalFormatRule,
  'getRanges' | 'getBooleanCondition' | 'copy'
> {
  readonly [SERVICE] = 'SpreadsheetApp.ConditionalFormatRule';

  constructor(private readonly rule: Rule<R>) {}

  getRanges(): R[] {
    return [...this.rule.ranges];
  }

  getBooleanCondition(): FakeBooleanCondition | null {
    return this.rule.condition && new FakeBooleanCondition(this.rule.condition);
  }

  copy(): FakeConditionalFormatRuleBuilder<R> {
    return new FakeConditionalFormatRuleBuilder(this.rule);
  }
}

const NO_LOOK = {background: null, fontColor: null, bold: null} as const;

/** The boolean rules a script builds; gradients are not emulated. */
export class FakeConditionalFormatRuleBuilder<R> implements ApiOf<
  GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder,
  | 'whenFormulaSatisfied'
  | 'whenTextEqualTo'
  | 'setBackground'
  | 'setFontColor'
  | 'setBold'
  | 'setRanges'
  | 'getRanges'
  | 'getBooleanCondition'
  | 'build'
  | 'copy'
> {
  readonly [SERVICE] = 'SpreadsheetApp.ConditionalFormatRuleBuilder';

  constructor(private rule: Rule<R> = {condition: null, ranges: []}) {}

  private when(criteria: Criteria, values: unknown[]): this {
    this.rule = {
      ...this.rule,
      condition: {...(this.rule.condition ?? NO_LOOK), criteria, values},
    };
    return this;
  }

  private look(change: Partial<Condition>): this {
    const condition = this.rule.condition ?? {
      ...NO_LOOK,
      criteria: BooleanCriteria.CELL_NOT_EMPTY as Criteria,
      values: [],
    };
    this.rule = {...this.rule, condition: {...condition, ...change}};
    return this;
  }

  whenFormulaSatisfied(formula: string): this {
    return this.when(BooleanCriteria.CUSTOM_FORMULA as Criteria, [formula]);
  }

  whenTextEqualTo(text: string): this {
    return this.when(BooleanCriteria.TEXT_EQUAL_TO as Criteria, [text]);
  }

  setBackground(color: string | null): this {
    return this.look({background: color});
  }

  setFontColor(color: string | null): this {
    return this.look({fontColor: color});
  }

  setBold(bold: boolean | null): this {
    return this.look({bold});
  }

  setRanges(ranges: R[]): this {
    this.rule = {...this.rule, ranges: [...ranges]};
    return this;
  }

  getRanges(): R[] {
    return [...this.rule.ranges];
  }

  getBooleanCondition(): FakeBooleanCondition | null {
    return this.rule.condition && new FakeBooleanCondition(this.rule.condition);
  }

  build(): FakeConditionalFormatRule<R> {
    return new FakeConditionalFormatRule(this.rule);
  }

  copy(): FakeConditionalFormatRuleBuilder<R> {
    return new FakeConditionalFormatRuleBuilder(this.rule);
  }
}

stubNotEmulated(
  FakeBooleanCondition,
  'BooleanCondition',
  BOOLEAN_CONDITION_METHODS
);
stubNotEmulated(
  FakeConditionalFormatRule,
  'ConditionalFormatRule',
  CONDITIONAL_FORMAT_RULE_METHODS
);
stubNotEmulated(
  FakeConditionalFormatRuleBuilder,
  'ConditionalFormatRuleBuilder',
  CONDITIONAL_FORMAT_RULE_BUILDER_METHODS
);

/** RangeList: ranges a script acts on together (Sheet.getRangeList, the selection's ranges). */
import {ApiOf} from '../core/official-types';
import {SERVICE} from '../core/service';
import {RANGE_LIST_METHODS} from './official-methods';
import {stubNotEmulated} from './not-emulated';
import type {ClearOptions, FakeRange} from './range';

export class FakeRangeList implements ApiOf<
  GoogleAppsScript.Spreadsheet.RangeList,
  | 'getRanges'
  | 'activate'
  | 'clear'
  | 'clearContent'
  | 'clearFormat'
  | 'clearNote'
  | 'clearDataValidations'
  | 'setValue'
  | 'setFormula'
  | 'setNote'
  | 'setNumberFormat'
  | 'setBackground'
  | 'setFontColor'
  | 'setFontWeight'
  | 'setHorizontalAlignment'
  | 'setWrap'
> {
  readonly [SERVICE] = 'SpreadsheetApp.RangeList';

  constructor(private readonly ranges: readonly FakeRange[]) {}

  getRanges(): FakeRange[] {
    return [...this.ranges];
  }

  /** Selects the ranges; the last becomes the active range (RangeList.activate). */
  activate(): this {
    this.ranges.at(-1)?.activate();
    return this;
  }

  clear(options?: ClearOptions): this {
    return this.each(range => range.clear(options));
  }

  clearContent(): this {
    return this.each(range => range.clearContent());
  }

  clearFormat(): this {
    return this.each(range => range.clearFormat());
  }

  clearNote(): this {
    return this.each(range => range.clearNote());
  }

  clearDataValidations(): this {
    return this.each(range => range.clearDataValidations());
  }

  setValue(value: unknown): this {
    return this.each(range => range.setValue(value));
  }

  setFormula(formula: string): this {
    return this.each(range => range.setFormula(formula));
  }

  setNote(note: string | null): this {
    return this.each(range => range.setNote(note));
  }

  setNumberFormat(format: string): this {
    return this.each(range => range.setNumberFormat(format));
  }

  setBackground(color: string | null): this {
    return this.each(range => range.setBackground(color));
  }

  setFontColor(color: string | null): this {
    return this.each(range => range.setFontColor(color));
  }

  setFontWeight(
    fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null
  ): this {
    return this.each(range => range.setFontWeight(fontWeight));
  }

  setHorizontalAlignment(alignment: string | null): this {
    return this.each(range => range.setHorizontalAlignment(alignment));
  }

  setWrap(isWrapEnabled: boolean): this {
    return this.each(range => range.setWrap(isWrapEnabled));
  }

  private each(act: (range: FakeRange) => unknown): this {
    for (const range of this.ranges) act(range);
    return this;
  }
}

stubNotEmulated(FakeRangeList, 'RangeList', RANGE_LIST_METHODS);

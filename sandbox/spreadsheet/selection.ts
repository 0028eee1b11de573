/** Selection: what a person has selected when the script asks (Spreadsheet.getSelection). */
import {ApiOf} from '../core/official-types';
import {SERVICE} from '../core/service';
import {SELECTION_METHODS} from './official-methods';
import {stubNotEmulated} from './not-emulated';
import type {FakeRange} from './range';
import {FakeRangeList} from './range-list';

/** The selection at the moment it was asked for; `S` is the sheet type. */
export class FakeSelection<S> implements ApiOf<
  GoogleAppsScript.Spreadsheet.Selection,
  'getActiveSheet' | 'getActiveRange' | 'getActiveRangeList' | 'getCurrentCell'
> {
  readonly [SERVICE] = 'SpreadsheetApp.Selection';

  constructor(
    private readonly sheet: S,
    private readonly range: FakeRange,
    private readonly cell: FakeRange
  ) {}

  getActiveSheet(): S {
    return this.sheet;
  }

  getActiveRange(): FakeRange {
    return this.range;
  }

  getActiveRangeList(): FakeRangeList {
    return new FakeRangeList([this.range]);
  }

  getCurrentCell(): FakeRange {
    return this.cell;
  }
}

stubNotEmulated(FakeSelection, 'Selection', SELECTION_METHODS);

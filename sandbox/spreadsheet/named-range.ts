/** NamedRange: a name for a block of cells that follows them as rows and columns move. */
import {ApiOf} from '../core/official-types';
import {SERVICE} from '../core/service';
import type {FakeRange} from './range';
import {stubNotEmulated} from './not-emulated';
import {NAMED_RANGE_METHODS} from './official-methods';

/** What a named range needs of its spreadsheet, which keeps the name → block map. */
export interface NamedRangeOwner {
  getRangeByName(name: string): FakeRange | null;
  removeNamedRange(name: string): void;
}

export class FakeNamedRange implements ApiOf<
  GoogleAppsScript.Spreadsheet.NamedRange,
  'getName' | 'getRange' | 'remove'
> {
  readonly [SERVICE] = 'SpreadsheetApp.NamedRange';

  constructor(
    private readonly owner: NamedRangeOwner,
    private readonly name: string
  ) {}

  getName(): string {
    return this.name;
  }

  getRange(): FakeRange {
    return this.owner.getRangeByName(this.name)!;
  }

  remove(): void {
    this.owner.removeNamedRange(this.name);
  }
}

stubNotEmulated(FakeNamedRange, 'NamedRange', NAMED_RANGE_METHODS);

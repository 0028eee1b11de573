import {SERVICE} from '../core/service';
import {ApiOf} from '../core/official-types';
import {stubNotEmulated} from './not-emulated';
import {TEXT_FINDER_METHODS} from './official-methods';

/** What a text finder searches: a block of display values whose cells it hands back as `R`. */
export interface SearchedRange<R> {
  getDisplayValues(): string[][];
  getCell(row: number, column: number): R;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Finds text in the display values of ranges, row by row
 * (https://developers.google.com/apps-script/reference/spreadsheet/text-finder).
 */
export class FakeTextFinder<R extends SearchedRange<R>> implements ApiOf<
  GoogleAppsScript.Spreadsheet.TextFinder,
  | 'matchCase'
  | 'matchEntireCell'
  | 'useRegularExpression'
  | 'findAll'
  | 'findNext'
  | 'findPrevious'
  | 'getCurrentMatch'
> {
  readonly [SERVICE] = 'SpreadsheetApp.TextFinder';
  private caseSensitive = false;
  private entireCell = false;
  private regularExpression = false;
  private position = -1;

  constructor(
    private readonly scope: () => R[],
    private readonly text: string
  ) {}

  matchCase(matchCase: boolean): this {
    this.caseSensitive = matchCase;
    return this;
  }

  matchEntireCell(matchEntireCell: boolean): this {
    this.entireCell = matchEntireCell;
    return this;
  }

  useRegularExpression(useRegEx: boolean): this {
    this.regularExpression = useRegEx;
    return this;
  }

  findAll(): R[] {
    const source = this.regularExpression ? this.text : escapeRegExp(this.text);
    const pattern = new RegExp(
      this.entireCell ? `^(?:${source})$` : source,
      this.caseSensitive ? '' : 'i'
    );
    const found: R[] = [];
    for (const range of this.scope()) {
      range.getDisplayValues().forEach((line, r) =>
        line.forEach((display, c) => {
          if (display !== '' && pattern.test(display))
            found.push(range.getCell(r + 1, c + 1));
        })
      );
    }
    return found;
  }

  findNext(): R | null {
    const all = this.findAll();
    if (all.length === 0) return null;
    this.position = (this.position + 1) % all.length;
    return all[this.position];
  }

  /** The match before the current one; from a fresh finder, and past the first, it wraps to the last. */
  findPrevious(): R | null {
    const all = this.findAll();
    if (all.length === 0) return null;
    this.position =
      this.position < 0
        ? all.length - 1
        : (this.position - 1 + all.length) % all.length;
    return all[this.position];
  }

  getCurrentMatch(): R | null {
    return this.position < 0 ? null : (this.findAll()[this.position] ?? null);
  }
}

stubNotEmulated(FakeTextFinder, 'TextFinder', TEXT_FINDER_METHODS);

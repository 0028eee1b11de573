import {SERVICE, ScriptException} from '../core/service';
import {ApiOf} from '../core/official-types';
import {a1Of} from './a1-notation';
import {Area} from './area';
import {CellGrid} from './cell-grid';
import type {FakeDataValidation} from './data-validation';
import {FormulaSheet, refreshFormulas} from './formulas/recalculate';
import {MESSAGES} from './messages';
import type {FakeProtection} from './protection';
import {FakeTextFinder} from './text-finder';
import type {CellValue} from './typed-input';
import type {Writer} from './user-edit';

type RangeApi = GoogleAppsScript.Spreadsheet.Range;

/** A protection of a block of a sheet, or of a whole sheet. */
export type RangeProtection = FakeProtection<FakeRange>;

/** Formatting the emulator records (and saves to .xlsx) without rendering anything. */
export type StyleName =
  'fontWeight' | 'background' | 'fontColor' | 'wrap' | 'horizontalAlignment';

/** The cell layers of a sheet, each a dense row store (0-based). */
export interface CellLayers {
  values: CellGrid<CellValue>;
  formulas: CellGrid<string>;
  notes: CellGrid<string>;
  numberFormats: CellGrid<string>;
  validations: CellGrid<FakeDataValidation>;
}

/**
 * What a range needs of the sheet it lies on (FakeSheet provides it). Declared here, beside its
 * user, so that the range does not import the sheet that creates it.
 */
export interface RangeSheet extends FormulaSheet {
  readonly hostLayers: CellLayers;
  getName(): string;
  getRange(
    row: number,
    column: number,
    numRows?: number,
    numColumns?: number
  ): FakeRange;
  hostWrite(
    area: Area,
    data: readonly (readonly unknown[])[],
    writer: Writer
  ): void;
  hostScriptWriter(): Writer;
  hostDisplayValues(area: Area): string[][];
  hostClearContent(area: Area): void;
  hostClearFormat(area: Area): void;
  hostStyle(name: StyleName): CellGrid<string>;
  hostProtect(area: Area): RangeProtection;
  hostActivate(range: FakeRange): void;
}

/** Options of Range.clear(options) (https://developers.google.com/apps-script/reference/spreadsheet/range#clearoptions). */
export interface ClearOptions {
  contentsOnly?: boolean;
  formatOnly?: boolean;
  commentsOnly?: boolean;
  validationsOnly?: boolean;
}

function checkShape<T>(
  data: readonly (readonly T[])[],
  numRows: number,
  numColumns: number
): void {
  if (data.length !== numRows)
    throw new ScriptException(MESSAGES.rowsMismatch(data.length, numRows));
  for (const row of data) {
    if (row.length !== numColumns)
      throw new ScriptException(
        MESSAGES.columnsMismatch(row.length, numColumns)
      );
  }
}

/**
 * A block of cells at fixed coordinates on a sheet (1-based). Like an Apps Script Range, it does
 * not move when rows are inserted above it.
 */
export class FakeRange implements ApiOf<
  RangeApi,
  | 'getValues'
  | 'setValues'
  | 'getValue'
  | 'setValue'
  | 'getDisplayValues'
  | 'getDisplayValue'
  | 'getFormulas'
  | 'getFormula'
  | 'setFormula'
  | 'setFormulas'
  | 'getA1Notation'
  | 'getRow'
  | 'getColumn'
  | 'getLastRow'
  | 'getLastColumn'
  | 'getNumRows'
  | 'getNumColumns'
  | 'getHeight'
  | 'getWidth'
  | 'getSheet'
  | 'getCell'
  | 'offset'
  | 'clear'
  | 'clearContent'
  | 'clearFormat'
  | 'setNumberFormat'
  | 'setNumberFormats'
  | 'getNumberFormat'
  | 'getNumberFormats'
  | 'setNote'
  | 'getNote'
  | 'setNotes'
  | 'getNotes'
  | 'clearNote'
  | 'setDataValidation'
  | 'setDataValidations'
  | 'getDataValidation'
  | 'getDataValidations'
  | 'clearDataValidations'
  | 'protect'
  | 'setFontWeight'
  | 'getFontWeight'
  | 'setBackground'
  | 'getBackground'
  | 'setFontColor'
  | 'setWrap'
  | 'setHorizontalAlignment'
  | 'createTextFinder'
  | 'activate'
  | 'isBlank'
> {
  readonly [SERVICE] = 'SpreadsheetApp.Range';

  constructor(
    private readonly sheet: RangeSheet,
    private readonly row: number,
    private readonly column: number,
    private readonly numRows: number,
    private readonly numColumns: number
  ) {}

  /** Host: the block this range covers. */
  area(): Area {
    return {
      row: this.row,
      column: this.column,
      numRows: this.numRows,
      numColumns: this.numColumns,
    };
  }

  getValues(): unknown[][] {
    refreshFormulas(this.sheet, this.area());
    const values = this.sheet.hostLayers.values;
    const out = new Array<unknown[]>(this.numRows);
    for (let r = 0; r < this.numRows; r++) {
      const source = values.row(this.row - 1 + r);
      const line = new Array<unknown>(this.numColumns);
      for (let c = 0; c < this.numColumns; c++) {
        const value = source?.[this.column - 1 + c];
        // Dates are the only objects a cell holds; each read gets its own copy.
        line[c] =
          value === undefined
            ? ''
            : typeof value === 'object'
              ? new Date(value.getTime())
              : value;
      }
      out[r] = line;
    }
    return out;
  }

  getValue(): unknown {
    refreshFormulas(this.sheet, {...this.area(), numRows: 1, numColumns: 1});
    const value = this.sheet.hostLayers.values.get(
      this.row - 1,
      this.column - 1
    );
    if (value === undefined) return '';
    return typeof value === 'object' ? new Date(value.getTime()) : value;
  }

  setValues(values: unknown[][]): this {
    checkShape(values, this.numRows, this.numColumns);
    this.sheet.hostWrite(this.area(), values, this.sheet.hostScriptWriter());
    return this;
  }

  /** Sets every cell of the range to the value. */
  setValue(value: unknown): this {
    const line = new Array<unknown>(this.numColumns).fill(value);
    const block = Array.from({length: this.numRows}, () => line);
    this.sheet.hostWrite(this.area(), block, this.sheet.hostScriptWriter());
    return this;
  }

  getDisplayValues(): string[][] {
    return this.sheet.hostDisplayValues(this.area());
  }

  getDisplayValue(): string {
    return this.sheet.hostDisplayValues({
      ...this.area(),
      numRows: 1,
      numColumns: 1,
    })[0][0];
  }

  getFormulas(): string[][] {
    return this.readLayer(this.sheet.hostLayers.formulas, '');
  }

  getFormula(): string {
    return (
      this.sheet.hostLayers.formulas.get(this.row - 1, this.column - 1) ?? ''
    );
  }

  setFormula(formula: string): this {
    return this.setValue(formula);
  }

  setFormulas(formulas: string[][]): this {
    return this.setValues(formulas);
  }

  getA1Notation(): string {
    return a1Of(this.row, this.column, this.numRows, this.numColumns);
  }

  getRow(): number {
    return this.row;
  }

  getColumn(): number {
    return this.column;
  }

  getLastRow(): number {
    return this.row + this.numRows - 1;
  }

  getLastColumn(): number {
    return this.column + this.numColumns - 1;
  }

  getNumRows(): number {
    return this.numRows;
  }

  getNumColumns(): number {
    return this.numColumns;
  }

  getHeight(): number {
    return this.numRows;
  }

  getWidth(): number {
    return this.numColumns;
  }

  getSheet(): RangeSheet {
    return this.sheet;
  }

  /** A cell of this range, 1-based relative to its top-left corner. */
  getCell(row: number, column: number): FakeRange {
    if (row < 1 || row > this.numRows || column < 1 || column > this.numColumns)
      throw new ScriptException(MESSAGES.outsideSheet);
    return this.sheet.getRange(this.row + row - 1, this.column + column - 1);
  }

  offset(
    rowOffset: number,
    columnOffset: number,
    numRows = this.numRows,
    numColumns = this.numColumns
  ): FakeRange {
    return this.sheet.getRange(
      this.row + rowOffset,
      this.column + columnOffset,
      numRows,
      numColumns
    );
  }

  /** Contents and formats by default; the options narrow it (notes are "comments" here). */
  clear(options?: ClearOptions): this {
    const only =
      options &&
      (options.contentsOnly ||
        options.formatOnly ||
        options.commentsOnly ||
        options.validationsOnly);
    const area = this.area();
    if (!only || options.contentsOnly) this.sheet.hostClearContent(area);
    if (!only || options.formatOnly) this.sheet.hostClearFormat(area);
    if (options?.commentsOnly)
      this.sheet.hostLayers.notes.fill(
        area.row - 1,
        area.column - 1,
        area.numRows,
        area.numColumns,
        undefined
      );
    if (options?.validationsOnly) this.clearDataValidations();
    return this;
  }

  clearContent(): this {
    this.sheet.hostClearContent(this.area());
    return this;
  }

  clearFormat(): this {
    this.sheet.hostClearFormat(this.area());
    return this;
  }

  setNumberFormat(numberFormat: string): this {
    this.fillLayer(this.sheet.hostLayers.numberFormats, numberFormat);
    return this;
  }

  setNumberFormats(numberFormats: string[][]): this {
    checkShape(numberFormats, this.numRows, this.numColumns);
    this.writeLayer(this.sheet.hostLayers.numberFormats, numberFormats);
    return this;
  }

  /** A cell without a format of its own reads as 'General' (Automatic). */
  getNumberFormat(): string {
    return (
      this.sheet.hostLayers.numberFormats.get(this.row - 1, this.column - 1) ??
      'General'
    );
  }

  getNumberFormats(): string[][] {
    return this.readLayer(this.sheet.hostLayers.numberFormats, 'General');
  }

  setNote(note: string | null): this {
    this.fillLayer(this.sheet.hostLayers.notes, note || undefined);
    return this;
  }

  getNote(): string {
    return this.sheet.hostLayers.notes.get(this.row - 1, this.column - 1) ?? '';
  }

  setNotes(notes: Array<Array<string | null>>): this {
    checkShape(notes, this.numRows, this.numColumns);
    this.writeLayer(
      this.sheet.hostLayers.notes,
      notes.map(line => line.map(note => note || undefined))
    );
    return this;
  }

  getNotes(): string[][] {
    return this.readLayer(this.sheet.hostLayers.notes, '');
  }

  clearNote(): this {
    return this.setNote(null);
  }

  setDataValidation(rule: FakeDataValidation | null): this {
    this.fillLayer(this.sheet.hostLayers.validations, rule ?? undefined);
    return this;
  }

  setDataValidations(rules: Array<Array<FakeDataValidation | null>>): this {
    checkShape(rules, this.numRows, this.numColumns);
    this.writeLayer(
      this.sheet.hostLayers.validations,
      rules.map(line => line.map(rule => rule ?? undefined))
    );
    return this;
  }

  getDataValidation(): FakeDataValidation | null {
    return (
      this.sheet.hostLayers.validations.get(this.row - 1, this.column - 1) ??
      null
    );
  }

  getDataValidations(): Array<Array<FakeDataValidation | null>> {
    return this.readLayer(this.sheet.hostLayers.validations, null);
  }

  clearDataValidations(): this {
    return this.setDataValidation(null);
  }

  protect(): RangeProtection {
    return this.sheet.hostProtect(this.area());
  }

  setFontWeight(
    fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null
  ): this {
    return this.setStyle('fontWeight', fontWeight);
  }

  getFontWeight(): GoogleAppsScript.Spreadsheet.FontWeight {
    return this.getStyle(
      'fontWeight',
      'normal'
    ) as GoogleAppsScript.Spreadsheet.FontWeight;
  }

  setBackground(color: string | null): this {
    return this.setStyle('background', color);
  }

  getBackground(): string {
    return this.getStyle('background', '#ffffff');
  }

  setFontColor(color: string | null): this {
    return this.setStyle('fontColor', color);
  }

  setWrap(isWrapEnabled: boolean): this {
    return this.setStyle('wrap', String(isWrapEnabled));
  }

  setHorizontalAlignment(alignment: string | null): this {
    return this.setStyle('horizontalAlignment', alignment);
  }

  createTextFinder(findText: string): FakeTextFinder<FakeRange> {
    return new FakeTextFinder<FakeRange>(() => [this], findText);
  }

  activate(): this {
    this.sheet.hostActivate(this);
    return this;
  }

  isBlank(): boolean {
    const {values, formulas} = this.sheet.hostLayers;
    for (let r = this.row - 1; r < this.row - 1 + this.numRows; r++) {
      for (
        let c = this.column - 1;
        c < this.column - 1 + this.numColumns;
        c++
      ) {
        if (values.get(r, c) !== undefined || formulas.get(r, c) !== undefined)
          return false;
      }
    }
    return true;
  }

  private setStyle(name: StyleName, value: string | null): this {
    this.fillLayer(this.sheet.hostStyle(name), value ?? undefined);
    return this;
  }

  private getStyle(name: StyleName, fallback: string): string {
    return (
      this.sheet.hostStyle(name).get(this.row - 1, this.column - 1) ?? fallback
    );
  }

  private fillLayer<T>(layer: CellGrid<T>, value: T | undefined): void {
    layer.fill(
      this.row - 1,
      this.column - 1,
      this.numRows,
      this.numColumns,
      value
    );
  }

  private writeLayer<T>(
    layer: CellGrid<T>,
    data: Array<Array<T | undefined>>
  ): void {
    data.forEach((line, r) =>
      line.forEach((value, c) =>
        layer.set(this.row - 1 + r, this.column - 1 + c, value)
      )
    );
  }

  private readLayer<T, F>(layer: CellGrid<T>, empty: F): Array<Array<T | F>> {
    const out = new Array<Array<T | F>>(this.numRows);
    for (let r = 0; r < this.numRows; r++) {
      const source = layer.row(this.row - 1 + r);
      const line = new Array<T | F>(this.numColumns);
      for (let c = 0; c < this.numColumns; c++)
        line[c] = source?.[this.column - 1 + c] ?? empty;
      out[r] = line;
    }
    return out;
  }
}

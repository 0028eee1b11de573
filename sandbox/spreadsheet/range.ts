import {SERVICE, ScriptException} from '../core/service';
import {ApiOf} from '../core/official-types';
import {a1Of} from './a1-notation';
import {Area} from './area';
import {CellGrid} from './cell-grid';
import {FakeDataValidation, FakeDataValidationBuilder} from './data-validation';
import type {FakeFilter} from './filter';
import {FormulaSheet, refreshFormulas} from './formulas/recalculate';
import {MESSAGES} from './messages';
import {stubNotEmulated} from './not-emulated';
import {RANGE_METHODS} from './official-methods';
import type {FakeProtection} from './protection';
import {FakeTextFinder} from './text-finder';
import type {CellValue} from './typed-input';
import type {Writer} from './user-edit';

type RangeApi = GoogleAppsScript.Spreadsheet.Range;

/** A protection of a block of a sheet, or of a whole sheet. */
export type RangeProtection = FakeProtection<FakeRange>;

/** Formatting the emulator records (and saves to .xlsx) without rendering anything. */
export type StyleName =
  | 'fontWeight'
  | 'background'
  | 'fontColor'
  | 'wrap'
  | 'horizontalAlignment'
  | 'verticalAlignment'
  | 'fontSize'
  | 'fontFamily'
  | 'fontStyle';

/** A layer of a sheet's cells by name: a CellLayers key, or `style:` and a StyleName. */
export type LayerName = keyof CellLayers | `style:${StyleName}`;

/** A block's cells, layer by layer, as Range.copyTo and moveTo carry them. */
export interface CopiedCells {
  numRows: number;
  numColumns: number;
  layers: ReadonlyArray<[LayerName, unknown[][]]>;
}

const CONTENT_LAYERS: ReadonlySet<LayerName> = new Set(['values', 'formulas']);

const isFormat = (layer: LayerName) =>
  !CONTENT_LAYERS.has(layer) && layer !== 'notes';

/** Which layers a copy carries, or why the emulator cannot make it. */
function pastedLayers(
  how: CopyHow | undefined
): ((layer: LayerName) => boolean) | string {
  if (typeof how === 'object') {
    if (how.contentsOnly) return layer => CONTENT_LAYERS.has(layer);
    if (how.formatOnly) return isFormat;
    return () => true;
  }
  const type = String(how ?? 'PASTE_NORMAL');
  switch (type) {
    case 'PASTE_NORMAL':
    case 'PASTE_NO_BORDERS':
      return () => true;
    case 'PASTE_VALUES':
      return layer => layer === 'values';
    case 'PASTE_FORMAT':
      return isFormat;
    case 'PASTE_DATA_VALIDATION':
      return layer => layer === 'validations';
    default:
      return `not emulated: Range.copyTo with ${type}`;
  }
}

/** Range.copyTo's second argument: options, or a SpreadsheetApp.CopyPasteType. */
type CopyHow =
  | {formatOnly?: boolean; contentsOnly?: boolean}
  | GoogleAppsScript.Spreadsheet.CopyPasteType;

/** Range.sort's argument: a column, `{column, ascending}`, or several of them, most significant first. */
type SortSpec =
  | number
  | {column: number; ascending?: boolean}
  | Array<number | {column: number; ascending?: boolean}>;

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
  hostFocus(row: number, column: number): void;
  hostCopyOut(area: Area): CopiedCells;
  hostPasteIn(
    row: number,
    column: number,
    cells: CopiedCells,
    carries: (layer: LayerName) => boolean
  ): void;
  hostClearAll(area: Area): void;
  hostCreateFilter(range: FakeRange): FakeFilter<FakeRange>;
  getFilter(): FakeFilter<FakeRange> | null;
  hostSortRows(
    area: Area,
    keys: ReadonlyArray<{column: number; ascending: boolean}>
  ): void;
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
  | 'activateAsCurrentCell'
  | 'insertCheckboxes'
  | 'copyTo'
  | 'moveTo'
  | 'removeCheckboxes'
  | 'check'
  | 'uncheck'
  | 'isChecked'
  | 'isBlank'
  | 'getRowIndex'
  | 'sort'
  | 'trimWhitespace'
  | 'getFontColor'
  | 'getFontColors'
  | 'setFontColors'
  | 'getBackgrounds'
  | 'setBackgrounds'
  | 'getFontWeights'
  | 'setFontWeights'
  | 'getWrap'
  | 'setFontSize'
  | 'getFontSize'
  | 'setFontFamily'
  | 'getFontFamily'
  | 'setFontStyle'
  | 'getFontStyle'
  | 'setVerticalAlignment'
  | 'createFilter'
  | 'getFilter'
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

  /** The same as getRow (https://developers.google.com/apps-script/reference/spreadsheet/range#getrowindex). */
  getRowIndex(): number {
    return this.row;
  }

  /**
   * The same as getColumn. Missing from Google's reference and @types 2.0.13, but classic scripts
   * call it (`e.source.getActiveRange().getColumnIndex()` in onEdit handlers) and it works there.
   */
  getColumnIndex(): number {
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

  createFilter(): FakeFilter<FakeRange> {
    return this.sheet.hostCreateFilter(this);
  }

  /** The filter of this range's sheet, wherever it lies (Google's Range page). */
  getFilter(): FakeFilter<FakeRange> | null {
    return this.sheet.getFilter();
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

  getFontColor(): string {
    return this.getStyle('fontColor', '#000000');
  }

  getFontColors(): string[][] {
    return this.readLayer(this.sheet.hostStyle('fontColor'), '#000000');
  }

  setFontColors(colors: Array<Array<string | null>>): this {
    return this.setStyles('fontColor', colors);
  }

  getBackgrounds(): string[][] {
    return this.readLayer(this.sheet.hostStyle('background'), '#ffffff');
  }

  setBackgrounds(color: Array<Array<string | null>>): this {
    return this.setStyles('background', color);
  }

  getFontWeights(): GoogleAppsScript.Spreadsheet.FontWeight[][] {
    return this.readLayer(
      this.sheet.hostStyle('fontWeight'),
      'normal'
    ) as GoogleAppsScript.Spreadsheet.FontWeight[][];
  }

  setFontWeights(
    fontWeights: Array<Array<GoogleAppsScript.Spreadsheet.FontWeight | null>>
  ): this {
    return this.setStyles('fontWeight', fontWeights);
  }

  /** Sheets' default font: Arial, 10 point, normal style. */
  setFontSize(size: number): this {
    return this.setStyle('fontSize', String(size));
  }

  getFontSize(): number {
    return Number(this.getStyle('fontSize', '10'));
  }

  setFontFamily(fontFamily: string | null): this {
    return this.setStyle('fontFamily', fontFamily);
  }

  getFontFamily(): string {
    return this.getStyle('fontFamily', 'Arial');
  }

  setFontStyle(fontStyle: GoogleAppsScript.Spreadsheet.FontStyle | null): this {
    return this.setStyle('fontStyle', fontStyle);
  }

  getFontStyle(): GoogleAppsScript.Spreadsheet.FontStyle {
    return this.getStyle(
      'fontStyle',
      'normal'
    ) as GoogleAppsScript.Spreadsheet.FontStyle;
  }

  setVerticalAlignment(alignment: string | null): this {
    return this.setStyle('verticalAlignment', alignment);
  }

  /** New cells overflow rather than wrap. */
  getWrap(): boolean {
    return this.getStyle('wrap', 'false') === 'true';
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

  /** Shows its sheet with this range selected and focus on its top-left cell. */
  activate(): this {
    this.sheet.hostActivate(this);
    return this;
  }

  /** Focus on this range's top-left cell, keeping the selection if it holds the cell. */
  activateAsCurrentCell(): this {
    this.sheet.hostFocus(this.row, this.column);
    return this;
  }

  /**
   * Copies values and formatting to the block starting at the destination's top-left cell (the
   * rest of the destination does not matter). A formula would need its relative references moved,
   * which the emulator does not do: copying one (except as PASTE_VALUES) stops with "not emulated".
   */
  copyTo(destination: FakeRange, how?: CopyHow, transposed?: boolean): void {
    const carries = pastedLayers(how);
    if (typeof carries === 'string') throw new ScriptException(carries);
    if (transposed)
      throw new ScriptException('not emulated: Range.copyTo transposed');
    if (carries('formulas')) this.refuseFormulas('copyTo');
    destination.sheet.hostPasteIn(
      destination.row,
      destination.column,
      this.sheet.hostCopyOut(this.area()),
      carries
    );
  }

  /** Cuts and pastes values and formatting to the block starting at the target's top-left cell. */
  moveTo(target: FakeRange): void {
    this.refuseFormulas('moveTo');
    const cells = this.sheet.hostCopyOut(this.area());
    this.sheet.hostClearAll(this.area());
    target.sheet.hostPasteIn(target.row, target.column, cells, () => true);
  }

  /**
   * Every cell becomes a checkbox, unchecked: TRUE/FALSE, or the values given
   * (https://developers.google.com/apps-script/reference/spreadsheet/range#insertcheckboxes).
   */
  insertCheckboxes(checkedValue?: unknown, uncheckedValue?: unknown): this {
    const rule = new FakeDataValidationBuilder()
      .requireCheckbox(checkedValue, uncheckedValue)
      .build();
    this.setDataValidation(rule);
    return this.setValue(rule.checkboxValues()!.unchecked);
  }

  /** Drops the checkboxes, and the values of cells that held a checkbox state. */
  removeCheckboxes(): this {
    this.eachCheckbox((cell, states, value) => {
      cell.clearDataValidations();
      if (value === states.checked || value === states.unchecked)
        cell.clearContent();
    });
    return this;
  }

  /** Checks the checkboxes; cells holding neither state are left alone. */
  check(): this {
    return this.setCheckboxes('checked');
  }

  uncheck(): this {
    return this.setCheckboxes('unchecked');
  }

  /** True when every cell is a checked checkbox, false when every one is unchecked, else null. */
  isChecked(): boolean | null {
    const seen = new Set<boolean | undefined>();
    for (let r = 1; r <= this.numRows; r++)
      for (let c = 1; c <= this.numColumns; c++) {
        const cell = this.getCell(r, c);
        const states = cell.getDataValidation()?.checkboxValues();
        const value = cell.getValue();
        seen.add(
          states && value === states.checked
            ? true
            : states && value === states.unchecked
              ? false
              : undefined
        );
      }
    return seen.size === 1 && !seen.has(undefined) ? seen.has(true) : null;
  }

  /** Sorts the range's rows by sheet column numbers, ascending unless told otherwise. */
  sort(sortSpecObj: SortSpec): this {
    const specs = Array.isArray(sortSpecObj) ? sortSpecObj : [sortSpecObj];
    const keys = specs.map(spec =>
      typeof spec === 'number'
        ? {column: spec, ascending: true}
        : {column: spec.column, ascending: spec.ascending ?? true}
    );
    this.sheet.hostSortRows(this.area(), keys);
    return this;
  }

  /** Strips leading and trailing spaces from text cells and squeezes inner runs to one. */
  trimWhitespace(): this {
    const values = this.getValues();
    const formulas = this.getFormulas();
    const trimmed = values.map((line, r) =>
      line.map((value, c) =>
        formulas[r][c] === '' && typeof value === 'string'
          ? value.trim().replace(/\s+/g, ' ')
          : formulas[r][c] || value
      )
    );
    return this.setValues(trimmed);
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

  private refuseFormulas(method: string): void {
    if (this.getFormulas().some(line => line.some(formula => formula !== '')))
      throw new ScriptException(`not emulated: Range.${method} of a formula`);
  }

  private setCheckboxes(state: 'checked' | 'unchecked'): this {
    this.eachCheckbox((cell, states, value) => {
      if (value === states.checked || value === states.unchecked)
        cell.setValue(states[state]);
    });
    return this;
  }

  private eachCheckbox(
    act: (
      cell: FakeRange,
      states: {checked: unknown; unchecked: unknown},
      value: unknown
    ) => void
  ): void {
    for (let r = 1; r <= this.numRows; r++)
      for (let c = 1; c <= this.numColumns; c++) {
        const cell = this.getCell(r, c);
        const states = cell.getDataValidation()?.checkboxValues();
        if (states) act(cell, states, cell.getValue());
      }
  }

  private setStyles(
    name: StyleName,
    values: Array<Array<string | null>>
  ): this {
    checkShape(values, this.numRows, this.numColumns);
    this.writeLayer(
      this.sheet.hostStyle(name),
      values.map(line => line.map(value => value ?? undefined))
    );
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

stubNotEmulated(FakeRange, 'Range', RANGE_METHODS);

import {SERVICE, ScriptException} from '../core/service';
import {ApiOf} from '../core/official-types';
import {parseA1} from './a1-notation';
import {Area} from './area';
import {CellGrid} from './cell-grid';
import {FakeEmbeddedChart, FakeEmbeddedChartBuilder} from './charts';
import {FormulaBook, refreshFormulas} from './formulas/recalculate';
import {FakeDataValidation} from './data-validation';
import {displayValueOf} from './display-format';
import {ProtectionType} from './enums';
import {FormLink} from './form-link';
import {MESSAGES} from './messages';
import {CellLayers, FakeRange, RangeProtection, StyleName} from './range';
import {FakeTextFinder} from './text-finder';
import {CellValue, formulaOf, valueOf} from './typed-input';
import {eventValueOf, UserEditRejected, Writer} from './user-edit';

/**
 * What a sheet needs of its spreadsheet (FakeSpreadsheet provides it). Declared here, beside its
 * user, so that the sheet does not import the spreadsheet that creates it.
 */
export interface SheetParent extends FormulaBook {
  getSheets(): FakeSheet[];
  getSpreadsheetTimeZone(): string;
  setActiveSheet(sheet: FakeSheet): FakeSheet;
  hostCheckSheetName(name: string): void;
  hostCheckCanHide(sheet: FakeSheet): void;
  hostCurrentUser(): string;
  hostCheckScriptWrite(data: readonly (readonly unknown[])[]): void;
  hostProtect(sheet: FakeSheet, area: Area | undefined): RangeProtection;
  hostProtections(): readonly RangeProtection[];
  hostSetActiveRange(range: FakeRange): void;
  hostNewChartId(): number;
  hostEnsureRoomFor(addedCells: number): void;
  hostShiftAreas(
    sheet: FakeSheet,
    axis: 'row' | 'column',
    at: number,
    count: number
  ): void;
}

/**
 * What Google puts in an edit event about the change (PLATFORM.md: Trigger events): `value` and
 * `oldValue` only for a single cell, `oldValue` absent when the cell was empty.
 */
export interface UserEdit {
  range: FakeRange;
  value?: string;
  oldValue?: string;
}

/** A new sheet's size (PLATFORM.md: Spreadsheets). */
export const NEW_SHEET_ROWS = 1000;
export const NEW_SHEET_COLUMNS = 26;

/** Everything a cell holds besides its value, for tests and the .xlsx writer. */
export interface CellDetails {
  value: CellValue | '';
  formula: string;
  note: string;
  numberFormat: string | undefined;
  validation: FakeDataValidation | undefined;
  styles: Partial<Record<StyleName, string>>;
  protections: RangeProtection[];
}

export class FakeSheet implements ApiOf<
  GoogleAppsScript.Spreadsheet.Sheet,
  | 'getName'
  | 'setName'
  | 'getSheetId'
  | 'getIndex'
  | 'getParent'
  | 'getRange'
  | 'getDataRange'
  | 'getLastRow'
  | 'getLastColumn'
  | 'getMaxRows'
  | 'getMaxColumns'
  | 'appendRow'
  | 'insertRowBefore'
  | 'insertRowAfter'
  | 'insertRowsBefore'
  | 'insertRowsAfter'
  | 'insertColumnsBefore'
  | 'insertColumnsAfter'
  | 'deleteRow'
  | 'deleteRows'
  | 'deleteColumns'
  | 'clear'
  | 'clearContents'
  | 'setFrozenRows'
  | 'getFrozenRows'
  | 'setFrozenColumns'
  | 'getFrozenColumns'
  | 'hideColumns'
  | 'hideSheet'
  | 'showSheet'
  | 'isSheetHidden'
  | 'setColumnWidth'
  | 'getColumnWidth'
  | 'autoResizeColumns'
  | 'setTabColor'
  | 'getTabColor'
  | 'activate'
  | 'protect'
  | 'getProtections'
  | 'createTextFinder'
  | 'getCharts'
  | 'insertChart'
  | 'removeChart'
  | 'updateChart'
  | 'newChart'
  | 'setConditionalFormatRules'
  | 'getConditionalFormatRules'
  | 'getFormUrl'
> {
  readonly [SERVICE] = 'SpreadsheetApp.Sheet';
  /** Host: the cell layers, each a dense row store (0-based). */
  readonly hostLayers: CellLayers = {
    values: new CellGrid<CellValue>(),
    formulas: new CellGrid<string>(),
    notes: new CellGrid<string>(),
    numberFormats: new CellGrid<string>(),
    validations: new CellGrid<FakeDataValidation>(),
  };
  private readonly styles = new Map<StyleName, CellGrid<string>>();
  private maxRows = NEW_SHEET_ROWS;
  private maxColumns = NEW_SHEET_COLUMNS;
  private frozenRows = 0;
  private frozenColumns = 0;
  private hidden = false;
  private tabColor: string | null = null;
  /** Host: pixel widths set with setColumnWidth (1-based column → px). */
  readonly columnWidths = new Map<number, number>();
  readonly hiddenColumns = new Set<number>();
  private readonly charts: Array<FakeEmbeddedChart<FakeRange>> = [];
  private conditionalFormatRules: unknown[] = [];
  /** Host: the form whose responses this sheet receives, set by the Forms fake. */
  hostFormLink: FormLink | undefined;

  constructor(
    private readonly spreadsheet: SheetParent,
    private name: string,
    private readonly sheetId: number
  ) {}

  getName(): string {
    return this.name;
  }

  setName(name: string): this {
    if (name !== this.name) {
      this.spreadsheet.hostCheckSheetName(name);
      this.name = name;
    }
    return this;
  }

  getSheetId(): number {
    return this.sheetId;
  }

  /** 1-based position among the spreadsheet's sheets. */
  getIndex(): number {
    return this.spreadsheet.getSheets().indexOf(this) + 1;
  }

  getParent(): SheetParent {
    return this.spreadsheet;
  }

  getRange(
    rowOrA1: number | string,
    column?: number,
    numRows = 1,
    numColumns = 1
  ): FakeRange {
    if (typeof rowOrA1 === 'string') return this.rangeOfA1(rowOrA1);
    const row = rowOrA1;
    if (column === undefined) throw new ScriptException(MESSAGES.rangeNotFound);
    if (row < 1) throw new ScriptException(MESSAGES.startRowTooSmall);
    if (column < 1) throw new ScriptException(MESSAGES.startColumnTooSmall);
    if (numRows < 1) throw new ScriptException(MESSAGES.rowsAtLeastOne);
    if (numColumns < 1) throw new ScriptException(MESSAGES.columnsAtLeastOne);
    if (
      row + numRows - 1 > this.maxRows ||
      column + numColumns - 1 > this.maxColumns
    )
      throw new ScriptException(MESSAGES.outsideSheet);
    return new FakeRange(this, row, column, numRows, numColumns);
  }

  /** From A1 to the last row and column with content; A1 on an empty sheet. */
  getDataRange(): FakeRange {
    return this.getRange(
      1,
      1,
      Math.max(1, this.getLastRow()),
      Math.max(1, this.getLastColumn())
    );
  }

  getLastRow(): number {
    return Math.max(
      this.hostLayers.values.lastRow(),
      this.hostLayers.formulas.lastRow()
    );
  }

  getLastColumn(): number {
    return Math.max(
      this.hostLayers.values.lastColumn(),
      this.hostLayers.formulas.lastColumn()
    );
  }

  getMaxRows(): number {
    return this.maxRows;
  }

  getMaxColumns(): number {
    return this.maxColumns;
  }

  /** Writes after the last row with content, growing the sheet when it is full. */
  appendRow(rowContents: unknown[]): this {
    const row = this.getLastRow() + 1;
    if (row > this.maxRows) this.insertRowsAfter(this.maxRows, 1);
    if (rowContents.length > this.maxColumns)
      this.insertColumnsAfter(
        this.maxColumns,
        rowContents.length - this.maxColumns
      );
    if (rowContents.length === 0) return this;
    this.hostWrite(
      {row, column: 1, numRows: 1, numColumns: rowContents.length},
      [rowContents],
      this.hostScriptWriter()
    );
    return this;
  }

  insertRowBefore(beforePosition: number): this {
    return this.insertRowsBefore(beforePosition, 1);
  }

  insertRowAfter(afterPosition: number): this {
    return this.insertRowsAfter(afterPosition, 1);
  }

  insertRowsBefore(beforePosition: number, howMany: number): this {
    this.checkLine(beforePosition, this.maxRows, 'rows');
    this.insertLines('row', beforePosition, howMany);
    return this;
  }

  insertRowsAfter(afterPosition: number, howMany: number): this {
    this.checkLine(afterPosition, this.maxRows, 'rows');
    this.insertLines('row', afterPosition + 1, howMany);
    return this;
  }

  insertColumnsBefore(columnIndex: number, numColumns: number): this {
    this.checkLine(columnIndex, this.maxColumns, 'columns');
    this.insertLines('column', columnIndex, numColumns);
    return this;
  }

  insertColumnsAfter(afterPosition: number, howMany: number): this {
    this.checkLine(afterPosition, this.maxColumns, 'columns');
    this.insertLines('column', afterPosition + 1, howMany);
    return this;
  }

  deleteRow(rowPosition: number): this {
    return this.deleteRows(rowPosition, 1);
  }

  deleteRows(rowPosition: number, howMany: number): this {
    this.checkDelete(rowPosition, howMany, this.maxRows, 'rows');
    this.deleteLines('row', rowPosition, howMany);
    return this;
  }

  deleteColumns(columnPosition: number, howMany: number): this {
    this.checkDelete(columnPosition, howMany, this.maxColumns, 'columns');
    this.deleteLines('column', columnPosition, howMany);
    return this;
  }

  /** Content and formatting; notes and validations stay. */
  clear(): this {
    const all = this.wholeSheet();
    this.hostClearContent(all);
    this.hostClearFormat(all);
    return this;
  }

  clearContents(): this {
    this.hostClearContent(this.wholeSheet());
    return this;
  }

  setFrozenRows(rows: number): this {
    this.frozenRows = rows;
    return this;
  }

  getFrozenRows(): number {
    return this.frozenRows;
  }

  setFrozenColumns(columns: number): this {
    this.frozenColumns = columns;
    return this;
  }

  getFrozenColumns(): number {
    return this.frozenColumns;
  }

  hideColumns(columnIndex: number, numColumns = 1): void {
    for (let c = columnIndex; c < columnIndex + numColumns; c++)
      this.hiddenColumns.add(c);
  }

  hideSheet(): this {
    this.spreadsheet.hostCheckCanHide(this);
    this.hidden = true;
    return this;
  }

  showSheet(): this {
    this.hidden = false;
    return this;
  }

  isSheetHidden(): boolean {
    return this.hidden;
  }

  setColumnWidth(columnPosition: number, width: number): this {
    this.columnWidths.set(columnPosition, width);
    return this;
  }

  /** Sheets' default column width is 100 pixels. */
  getColumnWidth(columnPosition: number): number {
    return this.columnWidths.get(columnPosition) ?? 100;
  }

  /** Recorded as a width fitted to the longest display value (about 7 px a character). */
  autoResizeColumns(startColumn: number, numColumns: number): this {
    const lastRow = Math.max(1, this.getLastRow());
    const display = this.hostDisplayValues({
      row: 1,
      column: startColumn,
      numRows: lastRow,
      numColumns,
    });
    for (let c = 0; c < numColumns; c++) {
      const longest = Math.max(0, ...display.map(line => line[c].length));
      this.columnWidths.set(startColumn + c, Math.max(30, longest * 7 + 10));
    }
    return this;
  }

  setTabColor(color: string | null): this {
    this.tabColor = color;
    return this;
  }

  getTabColor(): string | null {
    return this.tabColor;
  }

  activate(): this {
    this.spreadsheet.setActiveSheet(this);
    return this;
  }

  /** The sheet's existing protection if it has one (https://developers.google.com/apps-script/reference/spreadsheet/sheet#protect). */
  protect(): RangeProtection {
    return (
      this.getProtections(ProtectionType.SHEET)[0] ??
      this.spreadsheet.hostProtect(this, undefined)
    );
  }

  getProtections(
    type: GoogleAppsScript.Spreadsheet.ProtectionType
  ): RangeProtection[] {
    return this.spreadsheet
      .hostProtections()
      .filter(p => p.sheet === this && p.type === type);
  }

  createTextFinder(findText: string): FakeTextFinder<FakeRange> {
    return new FakeTextFinder(() => [this.getDataRange()], findText);
  }

  getCharts(): Array<FakeEmbeddedChart<FakeRange>> {
    return [...this.charts];
  }

  newChart(): FakeEmbeddedChartBuilder<FakeRange> {
    return new FakeEmbeddedChartBuilder(() =>
      this.spreadsheet.hostNewChartId()
    );
  }

  insertChart(chart: FakeEmbeddedChart<FakeRange>): void {
    this.charts.push(chart);
  }

  updateChart(chart: FakeEmbeddedChart<FakeRange>): void {
    const index = this.charts.findIndex(c => c.chartId === chart.chartId);
    if (index >= 0) this.charts[index] = chart;
    else this.charts.push(chart);
  }

  removeChart(chart: FakeEmbeddedChart<FakeRange>): void {
    const index = this.charts.findIndex(c => c.chartId === chart.chartId);
    if (index >= 0) this.charts.splice(index, 1);
  }

  setConditionalFormatRules(rules: unknown[]): void {
    this.conditionalFormatRules = [...rules];
  }

  getConditionalFormatRules(): unknown[] {
    return [...this.conditionalFormatRules];
  }

  /**
   * The URL of the form that writes its responses here, null when none: it follows the sheet
   * whatever the tab is called (https://developers.google.com/apps-script/reference/spreadsheet/sheet#getformurl).
   */
  getFormUrl(): string | null {
    return this.hostFormLink?.formUrl ?? null;
  }

  // ---- Host side: not part of the Apps Script API ----

  /** Host: the whole sheet's values up to its last row and column, as getValues returns them. */
  hostValues(): unknown[][] {
    if (this.getLastRow() === 0) return [];
    return this.getDataRange().getValues();
  }

  /** Host: everything one cell holds, by A1 notation. */
  hostCell(a1: string): CellDetails {
    const range = this.rangeOfA1(a1);
    refreshFormulas(this, range.area());
    const r = range.getRow() - 1;
    const c = range.getColumn() - 1;
    const styles: Partial<Record<StyleName, string>> = {};
    for (const [name, layer] of this.styles) {
      const value = layer.get(r, c);
      if (value !== undefined) styles[name] = value;
    }
    const area = range.area();
    return {
      value: this.hostLayers.values.get(r, c) ?? '',
      formula: this.hostLayers.formulas.get(r, c) ?? '',
      note: this.hostLayers.notes.get(r, c) ?? '',
      numberFormat: this.hostLayers.numberFormats.get(r, c),
      validation: this.hostLayers.validations.get(r, c),
      styles,
      protections: this.spreadsheet
        .hostProtections()
        .filter(p => p.sheet === this && p.hostCovers(area)),
    };
  }

  /** Host: protects a block of this sheet (Range.protect). */
  hostProtect(area: Area): RangeProtection {
    return this.spreadsheet.hostProtect(this, area);
  }

  /** Host: makes this sheet active with `range` selected (Range.activate). */
  hostActivate(range: FakeRange): void {
    this.activate();
    this.spreadsheet.hostSetActiveRange(range);
  }

  /** Host: the layer holding one kind of recorded formatting. */
  hostStyle(name: StyleName): CellGrid<string> {
    let layer = this.styles.get(name);
    if (!layer) {
      layer = new CellGrid<string>();
      this.styles.set(name, layer);
    }
    return layer;
  }

  /** Host: the kinds of formatting recorded on this sheet. */
  hostStyleNames(): StyleName[] {
    return [...this.styles.keys()];
  }

  /** Host: sets the sheet's size, as a loaded workbook dictates. */
  hostResize(maxRows: number, maxColumns: number): void {
    this.maxRows = maxRows;
    this.maxColumns = maxColumns;
  }

  /**
   * Host: a person types or pastes `values` into the block starting at `a1` (PLATFORM.md: Trigger
   * events). Parsed as script writes are; refused (UserEditRejected, nothing written) when a
   * rejecting validation fails or a protection that is not warning-only excludes `user`. Returns
   * what the edit event carries; the caller fires the triggers.
   */
  applyUserEdit(a1: string, values: unknown[][], user: string): UserEdit {
    const start = this.rangeOfA1(a1);
    const numRows = values.length;
    const numColumns = Math.max(0, ...values.map(line => line.length));
    const range = this.getRange(
      start.getRow(),
      start.getColumn(),
      numRows,
      numColumns
    );
    const padded = values.map(line =>
      line.length === numColumns
        ? line
        : [...line, ...new Array<unknown>(numColumns - line.length).fill('')]
    );
    const single = numRows === 1 && numColumns === 1;
    const tz = this.spreadsheet.getSpreadsheetTimeZone();
    const r = range.getRow() - 1;
    const c = range.getColumn() - 1;
    const oldValue = single
      ? eventValueOf(this.hostLayers.values.get(r, c), tz)
      : undefined;
    this.hostWrite(range.area(), padded, {kind: 'person', user});
    const edit: UserEdit = {range};
    if (!single) return edit;
    const value = eventValueOf(this.hostLayers.values.get(r, c), tz);
    if (value !== undefined) edit.value = value;
    if (oldValue !== undefined) edit.oldValue = oldValue;
    return edit;
  }

  /** Host: the writer of a script call: the user the current execution runs as. */
  hostScriptWriter(): Writer {
    return {kind: 'script', user: this.spreadsheet.hostCurrentUser()};
  }

  /**
   * Host: writes a block as typed, all or nothing: protections and rejecting validations are
   * checked before any cell changes.
   */
  hostWrite(
    area: Area,
    data: readonly (readonly unknown[])[],
    writer: Writer
  ): void {
    if (writer.kind === 'script') this.spreadsheet.hostCheckScriptWrite(data);
    this.checkProtections(area, writer);
    const tz = this.spreadsheet.getSpreadsheetTimeZone();
    const {values, formulas, numberFormats} = this.hostLayers;
    const parsed = new Array<Array<CellValue | undefined>>(area.numRows);
    for (let r = 0; r < area.numRows; r++) {
      const formats = numberFormats.row(area.row - 1 + r);
      const input = data[r];
      const line = new Array<CellValue | undefined>(area.numColumns);
      for (let c = 0; c < area.numColumns; c++)
        line[c] = valueOf(input[c], tz, formats?.[area.column - 1 + c] === '@');
      parsed[r] = line;
    }
    this.checkValidations(area, parsed, writer);
    for (let r = 0; r < area.numRows; r++) {
      const row = area.row - 1 + r;
      const formats = numberFormats.row(row);
      const input = data[r];
      values.setRow(row, area.column - 1, parsed[r]);
      for (let c = 0; c < area.numColumns; c++) {
        const column = area.column - 1 + c;
        const formula = formulaOf(input[c], formats?.[column] === '@');
        if (formula !== undefined || formulas.row(row))
          formulas.set(row, column, formula);
      }
    }
  }

  /** Host: removes values and formulas (a write of empty cells, so protections apply). */
  hostClearContent(area: Area): void {
    this.checkProtections(area, this.hostScriptWriter());
    const {row, column, numRows, numColumns} = area;
    this.hostLayers.values.fill(
      row - 1,
      column - 1,
      numRows,
      numColumns,
      undefined
    );
    this.hostLayers.formulas.fill(
      row - 1,
      column - 1,
      numRows,
      numColumns,
      undefined
    );
  }

  /** Host: removes number formats and recorded formatting. */
  hostClearFormat(area: Area): void {
    const {row, column, numRows, numColumns} = area;
    for (const layer of [
      this.hostLayers.numberFormats,
      ...this.styles.values(),
    ])
      layer.fill(row - 1, column - 1, numRows, numColumns, undefined);
  }

  /** Host: display strings of a block (getDisplayValues). */
  hostDisplayValues(area: Area): string[][] {
    refreshFormulas(this, area);
    const tz = this.spreadsheet.getSpreadsheetTimeZone();
    const {values, numberFormats} = this.hostLayers;
    const out = new Array<string[]>(area.numRows);
    for (let r = 0; r < area.numRows; r++) {
      const source = values.row(area.row - 1 + r);
      const formats = numberFormats.row(area.row - 1 + r);
      const line = new Array<string>(area.numColumns);
      for (let c = 0; c < area.numColumns; c++) {
        const column = area.column - 1 + c;
        line[c] = displayValueOf(source?.[column], formats?.[column], tz);
      }
      out[r] = line;
    }
    return out;
  }

  private rangeOfA1(a1: string): FakeRange {
    const reference = parseA1(a1);
    if (!reference) throw new ScriptException(MESSAGES.rangeNotFound);
    const row = reference.startRow ?? 1;
    const column = reference.startColumn ?? 1;
    const endRow = reference.endRow ?? this.maxRows;
    const endColumn = reference.endColumn ?? this.maxColumns;
    return this.getRange(
      Math.min(row, endRow),
      Math.min(column, endColumn),
      Math.abs(endRow - row) + 1,
      Math.abs(endColumn - column) + 1
    );
  }

  private wholeSheet(): Area {
    return {
      row: 1,
      column: 1,
      numRows: this.maxRows,
      numColumns: this.maxColumns,
    };
  }

  private allLayers(): Array<CellGrid<unknown>> {
    return [...Object.values(this.hostLayers), ...this.styles.values()];
  }

  private insertLines(axis: 'row' | 'column', at: number, count: number): void {
    const added =
      axis === 'row' ? count * this.maxColumns : count * this.maxRows;
    this.spreadsheet.hostEnsureRoomFor(added);
    for (const layer of this.allLayers()) {
      if (axis === 'row') layer.insertRows(at - 1, count);
      else layer.insertColumns(at - 1, count);
    }
    if (axis === 'row') this.maxRows += count;
    else this.maxColumns += count;
    if (axis === 'column') this.hostFormLink?.shiftColumns(at, count);
    this.spreadsheet.hostShiftAreas(this, axis, at, count);
  }

  private deleteLines(axis: 'row' | 'column', at: number, count: number): void {
    for (const layer of this.allLayers()) {
      if (axis === 'row') layer.deleteRows(at - 1, count);
      else layer.deleteColumns(at - 1, count);
    }
    if (axis === 'row') this.maxRows -= count;
    else this.maxColumns -= count;
    if (axis === 'column') this.hostFormLink?.shiftColumns(at, -count);
    this.spreadsheet.hostShiftAreas(this, axis, at, -count);
  }

  private checkLine(
    position: number,
    max: number,
    what: 'rows' | 'columns'
  ): void {
    if (position < 1 || position > max)
      throw new ScriptException(MESSAGES.outOfBounds(what));
  }

  private checkDelete(
    position: number,
    count: number,
    max: number,
    what: 'rows' | 'columns'
  ): void {
    if (position < 1 || count < 1 || position + count - 1 > max)
      throw new ScriptException(MESSAGES.outOfBounds(what));
    if (count === max)
      throw new ScriptException(
        what === 'rows' ? MESSAGES.deleteAllRows : MESSAGES.deleteAllColumns
      );
  }

  private checkProtections(area: Area, writer: Writer): void {
    const blocked = this.spreadsheet
      .hostProtections()
      .some(
        p =>
          p.sheet === this &&
          !p.isWarningOnly() &&
          p.hostCovers(area) &&
          !p.hostCanEdit(writer.user)
      );
    if (!blocked) return;
    if (writer.kind === 'script')
      throw new ScriptException(MESSAGES.protectedCell);
    throw new UserEditRejected(MESSAGES.protectedCell, 'protection');
  }

  private checkValidations(
    area: Area,
    parsed: Array<Array<CellValue | undefined>>,
    writer: Writer
  ): void {
    const tz = this.spreadsheet.getSpreadsheetTimeZone();
    const {validations, numberFormats} = this.hostLayers;
    for (let r = 0; r < area.numRows; r++) {
      const rules = validations.row(area.row - 1 + r);
      if (!rules) continue;
      for (let c = 0; c < area.numColumns; c++) {
        const column = area.column - 1 + c;
        const rule = rules[column];
        if (!rule || rule.getAllowInvalid()) continue;
        const display = displayValueOf(
          parsed[r][c],
          numberFormats.get(area.row - 1 + r, column),
          tz
        );
        if (rule.accepts(display)) continue;
        const message = MESSAGES.validationViolated(area.row + r, column + 1);
        if (writer.kind === 'script') throw new ScriptException(message);
        throw new UserEditRejected(message, 'validation');
      }
    }
  }
}

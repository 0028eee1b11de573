import {SERVICE, ScriptException} from '../core/service';
import {ApiOf} from '../core/official-types';
import {parseA1} from './a1-notation';
import {Area} from './area';
import {CellGrid} from './cell-grid';
import {FakeEmbeddedChart, FakeEmbeddedChartBuilder} from './charts';
import {FormulaBook, refreshFormulas} from './formulas/recalculate';
import {FakeDataValidation} from './data-validation';
import {FakeFilter} from './filter';
import {displayValueOf} from './display-format';
import {ProtectionType} from './enums';
import {FormLink} from './form-link';
import {MESSAGES} from './messages';
import type {FakeNamedRange} from './named-range';
import {stubNotEmulated} from './not-emulated';
import {SHEET_METHODS} from './official-methods';
import {
  CellLayers,
  CopiedCells,
  FakeRange,
  LayerName,
  RangeProtection,
  StyleName,
} from './range';
import {FakeRangeList} from './range-list';
import type {FakeSelection} from './selection';
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
  getActiveRange(): FakeRange;
  getActiveRangeList(): FakeRangeList;
  getCurrentCell(): FakeRange;
  getSelection(): FakeSelection<FakeSheet>;
  setActiveRange(range: FakeRange): FakeRange;
  setActiveRangeList(rangeList: FakeRangeList): FakeRangeList;
  setCurrentCell(cell: FakeRange): FakeRange;
  getNamedRanges(): FakeNamedRange[];
  hostCheckSheetName(name: string): void;
  hostCheckCanHide(sheet: FakeSheet): void;
  hostCurrentUser(): string;
  hostCheckScriptWrite(data: readonly (readonly unknown[])[]): void;
  hostProtect(sheet: FakeSheet, area: Area | undefined): RangeProtection;
  hostProtections(): readonly RangeProtection[];
  hostSelect(sheet: FakeSheet, area: Area): void;
  hostSetCurrentCell(sheet: FakeSheet, row: number, column: number): void;
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
  | 'clearConditionalFormatRules'
  | 'getActiveCell'
  | 'getActiveRange'
  | 'getActiveRangeList'
  | 'getCurrentCell'
  | 'getSelection'
  | 'setActiveRange'
  | 'setActiveRangeList'
  | 'setActiveSelection'
  | 'setCurrentCell'
  | 'getRangeList'
  | 'getNamedRanges'
  | 'getSheetName'
  | 'getSheetValues'
  | 'insertRows'
  | 'insertColumns'
  | 'insertColumnBefore'
  | 'insertColumnAfter'
  | 'deleteColumn'
  | 'hideColumn'
  | 'hideRow'
  | 'hideRows'
  | 'showRows'
  | 'showColumns'
  | 'unhideRow'
  | 'unhideColumn'
  | 'isRowHiddenByUser'
  | 'isRowHiddenByFilter'
  | 'getFilter'
  | 'isColumnHiddenByUser'
  | 'getRowHeight'
  | 'setRowHeight'
  | 'setRowHeights'
  | 'setRowHeightsForced'
  | 'setColumnWidths'
  | 'autoResizeColumn'
  | 'clearFormats'
  | 'clearNotes'
  | 'sort'
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
  readonly hiddenRows = new Set<number>();
  /** Host: pixel heights set with setRowHeight (1-based row → px). */
  readonly rowHeights = new Map<number, number>();
  /** Host: the rows whose height was forced, so wrapped text does not grow them. */
  readonly forcedRowHeights = new Set<number>();
  private readonly charts: Array<FakeEmbeddedChart<FakeRange>> = [];
  private conditionalFormatRules: unknown[] = [];
  private filter: FakeFilter<FakeRange> | null = null;
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

  getSheetName(): string {
    return this.name;
  }

  /** Ranges of this sheet by A1 notation (Sheet.getRangeList). */
  getRangeList(a1Notations: string[]): FakeRangeList {
    return new FakeRangeList(a1Notations.map(a1 => this.rangeOfA1(a1)));
  }

  /** The spreadsheet's named ranges that lie on this sheet. */
  getNamedRanges(): FakeNamedRange[] {
    return this.spreadsheet
      .getNamedRanges()
      .filter(named => named.getRange().getSheet() === this);
  }

  /** A -1 for numRows or numColumns reads up to the last row or column with content. */
  getSheetValues(
    startRow: number,
    startColumn: number,
    numRows: number,
    numColumns: number
  ): unknown[][] {
    const rows = numRows === -1 ? this.getLastRow() - startRow + 1 : numRows;
    const columns =
      numColumns === -1 ? this.getLastColumn() - startColumn + 1 : numColumns;
    return this.getRange(startRow, startColumn, rows, columns).getValues();
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

  /** Blank rows before `rowIndex` (Sheet.insertRows). */
  insertRows(rowIndex: number, numRows = 1): void {
    this.insertRowsBefore(rowIndex, numRows);
  }

  insertColumns(columnIndex: number, numColumns = 1): void {
    this.insertColumnsBefore(columnIndex, numColumns);
  }

  insertColumnBefore(beforePosition: number): this {
    return this.insertColumnsBefore(beforePosition, 1);
  }

  insertColumnAfter(afterPosition: number): this {
    return this.insertColumnsAfter(afterPosition, 1);
  }

  deleteColumn(columnPosition: number): this {
    return this.deleteColumns(columnPosition, 1);
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

  clearFormats(): this {
    this.hostClearFormat(this.wholeSheet());
    return this;
  }

  clearNotes(): this {
    const {numRows, numColumns} = this.wholeSheet();
    this.hostLayers.notes.fill(0, 0, numRows, numColumns, undefined);
    return this;
  }

  /** The rows below the frozen ones, by one column (Sheet.sort). */
  sort(columnPosition: number, ascending = true): this {
    const first = this.frozenRows + 1;
    const last = this.getLastRow();
    if (last >= first)
      this.hostSortRows(
        {
          row: first,
          column: 1,
          numRows: last - first + 1,
          numColumns: Math.max(this.getLastColumn(), columnPosition),
        },
        [{column: columnPosition, ascending}]
      );
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

  showColumns(columnIndex: number, numColumns = 1): void {
    for (let c = columnIndex; c < columnIndex + numColumns; c++)
      this.hiddenColumns.delete(c);
  }

  hideColumn(column: FakeRange): void {
    this.hideColumns(column.getColumn(), column.getNumColumns());
  }

  unhideColumn(column: FakeRange): void {
    this.showColumns(column.getColumn(), column.getNumColumns());
  }

  hideRows(rowIndex: number, numRows = 1): void {
    for (let r = rowIndex; r < rowIndex + numRows; r++) this.hiddenRows.add(r);
  }

  showRows(rowIndex: number, numRows = 1): void {
    for (let r = rowIndex; r < rowIndex + numRows; r++)
      this.hiddenRows.delete(r);
  }

  hideRow(row: FakeRange): void {
    this.hideRows(row.getRow(), row.getNumRows());
  }

  unhideRow(row: FakeRange): void {
    this.showRows(row.getRow(), row.getNumRows());
  }

  isRowHiddenByUser(rowPosition: number): boolean {
    return this.hiddenRows.has(rowPosition);
  }

  /** True when the sheet's filter hides the row; rows hidden by hand are isRowHiddenByUser's. */
  isRowHiddenByFilter(rowPosition: number): boolean {
    return this.filter?.hostHides(rowPosition) ?? false;
  }

  getFilter(): FakeFilter<FakeRange> | null {
    return this.filter;
  }

  /** Host: Range.createFilter; a sheet holds one basic filter (Google's Range page). */
  hostCreateFilter(range: FakeRange): FakeFilter<FakeRange> {
    if (this.filter) throw new ScriptException(MESSAGES.filterExists);
    const filter = new FakeFilter(range, () => {
      if (this.filter === filter) this.filter = null;
    });
    this.filter = filter;
    return filter;
  }

  isColumnHiddenByUser(columnPosition: number): boolean {
    return this.hiddenColumns.has(columnPosition);
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

  setColumnWidths(
    startColumn: number,
    numColumns: number,
    width: number
  ): this {
    for (let c = startColumn; c < startColumn + numColumns; c++)
      this.columnWidths.set(c, width);
    return this;
  }

  /** Sheets' default row height is 21 pixels. */
  getRowHeight(rowPosition: number): number {
    return this.rowHeights.get(rowPosition) ?? 21;
  }

  setRowHeight(rowPosition: number, height: number): this {
    this.rowHeights.set(rowPosition, height);
    return this;
  }

  setRowHeights(startRow: number, numRows: number, height: number): this {
    for (let r = startRow; r < startRow + numRows; r++) {
      this.rowHeights.set(r, height);
      this.forcedRowHeights.delete(r);
    }
    return this;
  }

  /** Unlike setRowHeights, the height holds however much wrapped text the row's cells hold. */
  setRowHeightsForced(startRow: number, numRows: number, height: number): this {
    this.setRowHeights(startRow, numRows, height);
    for (let r = startRow; r < startRow + numRows; r++)
      this.forcedRowHeights.add(r);
    return this;
  }

  autoResizeColumn(columnPosition: number): this {
    return this.autoResizeColumns(columnPosition, 1);
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

  // The selection is the active sheet's, whichever sheet is asked (Sheet.getActiveRange).

  getActiveRange(): FakeRange {
    return this.spreadsheet.getActiveRange();
  }

  getActiveRangeList(): FakeRangeList {
    return this.spreadsheet.getActiveRangeList();
  }

  getActiveCell(): FakeRange {
    return this.spreadsheet.getCurrentCell();
  }

  getCurrentCell(): FakeRange {
    return this.spreadsheet.getCurrentCell();
  }

  getSelection(): FakeSelection<FakeSheet> {
    return this.spreadsheet.getSelection();
  }

  setActiveRange(range: FakeRange): FakeRange {
    return this.spreadsheet.setActiveRange(range);
  }

  setActiveRangeList(rangeList: FakeRangeList): FakeRangeList {
    return this.spreadsheet.setActiveRangeList(rangeList);
  }

  /** A1 notation here is on this sheet. */
  setActiveSelection(rangeOrA1: FakeRange | string): FakeRange {
    return this.spreadsheet.setActiveRange(
      typeof rangeOrA1 === 'string' ? this.getRange(rangeOrA1) : rangeOrA1
    );
  }

  setCurrentCell(cell: FakeRange): FakeRange {
    return this.spreadsheet.setCurrentCell(cell);
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

  clearConditionalFormatRules(): void {
    this.conditionalFormatRules = [];
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

  /** Host: shows this sheet with `range` selected (Range.activate). */
  hostActivate(range: FakeRange): void {
    this.spreadsheet.hostSelect(this, range.area());
  }

  /** Host: shows this sheet with focus on a cell (Range.activateAsCurrentCell). */
  hostFocus(row: number, column: number): void {
    this.spreadsheet.hostSetCurrentCell(this, row, column);
  }

  /** Host: the cells of a block, layer by layer (Range.copyTo). */
  hostCopyOut(area: Area): CopiedCells {
    refreshFormulas(this, area);
    const layers = this.namedLayers().map(
      ([name, layer]): [LayerName, unknown[][]] => [
        name,
        Array.from({length: area.numRows}, (_, r) =>
          Array.from({length: area.numColumns}, (_, c) =>
            layer.get(area.row - 1 + r, area.column - 1 + c)
          )
        ),
      ]
    );
    return {numRows: area.numRows, numColumns: area.numColumns, layers};
  }

  /**
   * Host: pastes copied cells with their top-left at (row, column), the layers `carries` accepts.
   * Pasting values replaces the formulas there unless formulas come too.
   */
  hostPasteIn(
    row: number,
    column: number,
    cells: CopiedCells,
    carries: (layer: LayerName) => boolean
  ): void {
    const target = this.getRange(row, column, cells.numRows, cells.numColumns);
    this.checkProtections(target.area(), this.hostScriptWriter());
    const pasted = cells.layers.filter(([name]) => carries(name));
    const names = new Set(pasted.map(([name]) => name));
    if (names.has('values') && !names.has('formulas'))
      this.hostLayers.formulas.fill(
        row - 1,
        column - 1,
        cells.numRows,
        cells.numColumns,
        undefined
      );
    for (const [name, block] of pasted) {
      const layer = this.layerNamed(name);
      block.forEach((line, r) =>
        line.forEach((value, c) =>
          layer.set(row - 1 + r, column - 1 + c, value)
        )
      );
    }
  }

  /** Host: empties every layer of a block (the source of Range.moveTo). */
  hostClearAll(area: Area): void {
    this.checkProtections(area, this.hostScriptWriter());
    for (const layer of this.allLayers())
      layer.fill(
        area.row - 1,
        area.column - 1,
        area.numRows,
        area.numColumns,
        undefined
      );
  }

  /**
   * Host: reorders the rows of `area`, every layer with them, by the values of the key columns
   * (1-based sheet columns). Numbers and dates sort before text before booleans, text ignores
   * case, and empty cells go last whichever the order (the emulator's reading, unverified).
   */
  hostSortRows(
    area: Area,
    keys: ReadonlyArray<{column: number; ascending: boolean}>
  ): void {
    this.checkProtections(area, this.hostScriptWriter());
    // Sheets moves a sorted formula's references with its row; the emulator does not.
    if (this.hasFormulaIn(area))
      throw new ScriptException(
        'not emulated: sorting rows that hold formulas'
      );
    const values = this.hostLayers.values;
    const order = Array.from({length: area.numRows}, (_, i) => i);
    order.sort((a, b) => {
      for (const {column, ascending} of keys) {
        const x = values.get(area.row - 1 + a, column - 1);
        const y = values.get(area.row - 1 + b, column - 1);
        const byValue = compareCells(x, y, ascending);
        if (byValue !== 0) return byValue;
      }
      return a - b;
    });
    for (const layer of this.allLayers()) {
      const moved = order.map(from =>
        Array.from({length: area.numColumns}, (_, c) =>
          layer.get(area.row - 1 + from, area.column - 1 + c)
        )
      );
      moved.forEach((line, r) =>
        line.forEach((value, c) =>
          layer.set(area.row - 1 + r, area.column - 1 + c, value)
        )
      );
    }
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

  private hasFormulaIn(area: Area): boolean {
    const {formulas} = this.hostLayers;
    for (let r = area.row - 1; r < area.row - 1 + area.numRows; r++)
      for (let c = area.column - 1; c < area.column - 1 + area.numColumns; c++)
        if (formulas.get(r, c) !== undefined) return true;
    return false;
  }

  private namedLayers(): Array<[LayerName, CellGrid<unknown>]> {
    return [
      ...(Object.entries(this.hostLayers) as Array<
        [keyof CellLayers, CellGrid<unknown>]
      >),
      ...[...this.styles].map(
        ([name, layer]): [LayerName, CellGrid<unknown>] => [
          `style:${name}`,
          layer,
        ]
      ),
    ];
  }

  private layerNamed(name: LayerName): CellGrid<unknown> {
    return name.startsWith('style:')
      ? this.hostStyle(name.slice('style:'.length) as StyleName)
      : this.hostLayers[name as keyof CellLayers];
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
        if (rule.accepts(display, parsed[r][c])) continue;
        const message = MESSAGES.validationViolated(area.row + r, column + 1);
        if (writer.kind === 'script') throw new ScriptException(message);
        throw new UserEditRejected(message, 'validation');
      }
    }
  }
}

function sortRank(value: CellValue): number {
  if (typeof value === 'string') return 1;
  if (typeof value === 'boolean') return 2;
  return 0;
}

/** The order of two cells in a sort; an empty cell goes last both ways. */
function compareCells(
  x: CellValue | undefined,
  y: CellValue | undefined,
  ascending: boolean
): number {
  const xEmpty = x === undefined || x === '';
  const yEmpty = y === undefined || y === '';
  if (xEmpty || yEmpty) return Number(xEmpty) - Number(yEmpty);
  const rank = sortRank(x) - sortRank(y);
  let order: number;
  if (rank !== 0) order = rank;
  else if (typeof x === 'string' && typeof y === 'string')
    order = x.localeCompare(y, 'en', {sensitivity: 'base'});
  else order = Number(x) - Number(y);
  return ascending ? order : -order;
}

stubNotEmulated(FakeSheet, 'Sheet', SHEET_METHODS);

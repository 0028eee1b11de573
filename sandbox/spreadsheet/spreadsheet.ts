import {effectiveUserEmail, Environment} from '../core/environment';
import {SERVICE, ScriptException} from '../core/service';
import {ApiOf} from '../core/official-types';
import {parseA1} from './a1-notation';
import {Area, isEmptyArea, shiftForDelete, shiftForInsert} from './area';
import {ProtectionType} from './enums';
import {MESSAGES} from './messages';
import {FakeUser} from '../session/user';
import {FakeNamedRange} from './named-range';
import {stubNotEmulated} from './not-emulated';
import {SPREADSHEET_METHODS} from './official-methods';
import {FakeProtection} from './protection';
import {FakeRange, RangeProtection, RangeSheet} from './range';
import {FakeRangeList} from './range-list';
import {FakeSelection} from './selection';
import {FakeSheet, NEW_SHEET_COLUMNS, NEW_SHEET_ROWS} from './sheet';
import {FakeTextFinder} from './text-finder';
import type {FakeUi} from './ui';
import {UserView} from './user-view';

/** Google Sheets' size limit per spreadsheet (PLATFORM.md: Spreadsheets). */
export const MAX_CELLS = 10_000_000;

export interface Toast {
  message: string;
  title: string;
  timeoutSeconds: number;
}

/** An entry of Spreadsheet.addMenu's list; null draws a separator. */
type AddedMenuItem = {name: string; functionName: string} | null;

interface NamedArea {
  sheet: RangeSheet;
  area: Area;
}

export class FakeSpreadsheet implements ApiOf<
  GoogleAppsScript.Spreadsheet.Spreadsheet,
  | 'getId'
  | 'getUrl'
  | 'getName'
  | 'rename'
  | 'getSheets'
  | 'getSheetByName'
  | 'getSheetById'
  | 'insertSheet'
  | 'deleteSheet'
  | 'moveActiveSheet'
  | 'getRange'
  | 'getRangeByName'
  | 'setNamedRange'
  | 'getNamedRanges'
  | 'removeNamedRange'
  | 'getSpreadsheetTimeZone'
  | 'setSpreadsheetTimeZone'
  | 'setActiveSheet'
  | 'getActiveSheet'
  | 'getActiveRange'
  | 'getActiveRangeList'
  | 'getActiveCell'
  | 'getCurrentCell'
  | 'getSelection'
  | 'setActiveRange'
  | 'setActiveRangeList'
  | 'setActiveSelection'
  | 'setCurrentCell'
  | 'addMenu'
  | 'updateMenu'
  | 'removeMenu'
  | 'getNumSheets'
  | 'getSheetName'
  | 'getSheetId'
  | 'getSheetValues'
  | 'getDataRange'
  | 'getLastRow'
  | 'getLastColumn'
  | 'getRangeList'
  | 'appendRow'
  | 'deleteRow'
  | 'deleteRows'
  | 'deleteColumn'
  | 'deleteColumns'
  | 'insertRowBefore'
  | 'insertRowAfter'
  | 'insertRowsBefore'
  | 'insertRowsAfter'
  | 'insertColumnBefore'
  | 'insertColumnAfter'
  | 'insertColumnsBefore'
  | 'insertColumnsAfter'
  | 'getFrozenRows'
  | 'getFrozenColumns'
  | 'setFrozenRows'
  | 'setFrozenColumns'
  | 'hideRow'
  | 'hideColumn'
  | 'unhideRow'
  | 'unhideColumn'
  | 'isRowHiddenByUser'
  | 'isColumnHiddenByUser'
  | 'getColumnWidth'
  | 'setColumnWidth'
  | 'getRowHeight'
  | 'setRowHeight'
  | 'autoResizeColumn'
  | 'sort'
  | 'deleteActiveSheet'
  | 'renameActiveSheet'
  | 'getProtections'
  | 'getSpreadsheetLocale'
  | 'setSpreadsheetLocale'
  | 'toast'
  | 'getFormUrl'
  | 'createTextFinder'
  | 'getOwner'
> {
  readonly [SERVICE] = 'SpreadsheetApp.Spreadsheet';
  private readonly sheets: FakeSheet[] = [];
  private readonly namedRanges = new Map<string, NamedArea>();
  private readonly protections: RangeProtection[] = [];
  /** What the running execution sees as selected: a person's view, or a fresh one. */
  private view = this.newView();
  /** Each person's view, by email, while they have the spreadsheet open. */
  private readonly sessions = new Map<string, UserView>();
  private timeZone: string;
  private locale = 'en_US';
  private nextSheetId = 0;
  private nextChartId = 1;
  /** Host: toasts shown, oldest first. */
  readonly toasts: Toast[] = [];

  constructor(
    private readonly env: Environment,
    private readonly id: string,
    private name: string,
    private readonly ui: FakeUi
  ) {
    this.timeZone = env.timeZone;
  }

  getId(): string {
    return this.id;
  }

  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }

  getName(): string {
    return this.name;
  }

  rename(newName: string): void {
    this.name = newName;
  }

  getOwner(): FakeUser {
    return new FakeUser(this.env.owner, 'SpreadsheetApp.User');
  }

  getSheets(): FakeSheet[] {
    return [...this.sheets];
  }

  getSheetByName(name: string): FakeSheet | null {
    return this.sheets.find(sheet => sheet.getName() === name) ?? null;
  }

  getSheetById(id: number): FakeSheet | null {
    return this.sheets.find(sheet => sheet.getSheetId() === id) ?? null;
  }

  /** A new 1000 × 26 sheet, named "SheetN" when no name is given, placed at a 0-based index. */
  insertSheet(sheetName?: string | number, sheetIndex?: number): FakeSheet {
    let name: string;
    let index = this.sheets.length;
    if (typeof sheetName === 'number') index = sheetName;
    else if (sheetIndex !== undefined) index = sheetIndex;
    if (typeof sheetName === 'string') {
      this.hostCheckSheetName(sheetName);
      name = sheetName;
    } else {
      let n = this.sheets.length + 1;
      while (this.getSheetByName(`Sheet${n}`)) n++;
      name = `Sheet${n}`;
    }
    this.hostEnsureRoomFor(NEW_SHEET_ROWS * NEW_SHEET_COLUMNS);
    const sheet = new FakeSheet(this, name, this.nextSheetId++);
    this.sheets.splice(Math.min(index, this.sheets.length), 0, sheet);
    this.view.show(sheet);
    return sheet;
  }

  deleteSheet(sheet: FakeSheet): void {
    if (this.sheets.length === 1)
      throw new ScriptException(MESSAGES.deleteOnlySheet);
    const index = this.sheets.indexOf(sheet);
    if (index < 0) return;
    this.sheets.splice(index, 1);
    for (const [name, named] of this.namedRanges)
      if (named.sheet === sheet) this.namedRanges.delete(name);
    this.protections.splice(
      0,
      this.protections.length,
      ...this.protections.filter(p => p.sheet !== sheet)
    );
  }

  /** `Sheet1!A1:B2`, or A1 notation on the active sheet. */
  getRange(a1Notation: string): FakeRange {
    const reference = parseA1(a1Notation);
    if (!reference) throw new ScriptException(MESSAGES.rangeNotFound);
    const sheet =
      reference.sheetName === undefined
        ? this.getActiveSheet()
        : this.getSheetByName(reference.sheetName);
    if (!sheet) throw new ScriptException(MESSAGES.rangeNotFound);
    const bang = a1Notation.lastIndexOf('!');
    return sheet.getRange(a1Notation.slice(bang + 1));
  }

  getRangeByName(name: string): FakeRange | null {
    const named = this.namedRanges.get(name);
    if (!named) return null;
    const {row, column, numRows, numColumns} = named.area;
    return named.sheet.getRange(row, column, numRows, numColumns);
  }

  getRangeList(a1Notations: string[]): FakeRangeList {
    return this.getActiveSheet().getRangeList(a1Notations);
  }

  setNamedRange(name: string, range: FakeRange): void {
    this.namedRanges.set(name, {sheet: range.getSheet(), area: range.area()});
  }

  getNamedRanges(): FakeNamedRange[] {
    return [...this.namedRanges.keys()].map(
      name => new FakeNamedRange(this, name)
    );
  }

  removeNamedRange(name: string): void {
    this.namedRanges.delete(name);
  }

  getSpreadsheetTimeZone(): string {
    return this.timeZone;
  }

  setSpreadsheetTimeZone(timezone: string): void {
    this.timeZone = timezone;
  }

  getSpreadsheetLocale(): string {
    return this.locale;
  }

  setSpreadsheetLocale(locale: string): void {
    this.locale = locale;
  }

  // ---- What the person sees: the active sheet and the selection ----

  /** Shows the sheet; each sheet keeps its own selection (restoreSelection is always honoured). */
  setActiveSheet(sheet: FakeSheet): FakeSheet {
    this.view.show(sheet);
    return sheet;
  }

  getActiveSheet(): FakeSheet {
    return this.view.activeSheet();
  }

  /** Moves the active sheet to a 1-based position among the tabs (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#moveactivesheetpos). */
  moveActiveSheet(pos: number): void {
    const sheet = this.getActiveSheet();
    const index =
      Math.min(Math.max(1, Math.floor(pos)), this.sheets.length) - 1;
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(index, 0, sheet);
  }

  getActiveRange(): FakeRange {
    const sheet = this.getActiveSheet();
    const {area} = this.view.selectionOn(sheet);
    return sheet.getRange(area.row, area.column, area.numRows, area.numColumns);
  }

  getActiveRangeList(): FakeRangeList {
    return new FakeRangeList([this.getActiveRange()]);
  }

  getCurrentCell(): FakeRange {
    const sheet = this.getActiveSheet();
    const {current} = this.view.selectionOn(sheet);
    return sheet.getRange(current.row, current.column);
  }

  getActiveCell(): FakeRange {
    return this.getCurrentCell();
  }

  getSelection(): FakeSelection<FakeSheet> {
    return new FakeSelection(
      this.getActiveSheet(),
      this.getActiveRange(),
      this.getCurrentCell()
    );
  }

  setActiveRange(range: FakeRange): FakeRange {
    return range.activate();
  }

  setActiveRangeList(rangeList: FakeRangeList): FakeRangeList {
    return rangeList.activate();
  }

  /** A1 notation here may name a sheet; without one it is on the active sheet. */
  setActiveSelection(rangeOrA1: FakeRange | string): FakeRange {
    return this.setActiveRange(
      typeof rangeOrA1 === 'string' ? this.getRange(rangeOrA1) : rangeOrA1
    );
  }

  setCurrentCell(cell: FakeRange): FakeRange {
    return cell.activateAsCurrentCell();
  }

  // ---- Menus in the menu bar of the person running the script ----

  /** A menu of items that run functions; a null entry is a separator (Spreadsheet.addMenu). */
  addMenu(name: string, subMenus: AddedMenuItem[]): void {
    const menu = this.ui.createMenu(name);
    for (const item of subMenus) {
      if (item) menu.addItem(item.name, item.functionName);
      else menu.addSeparator();
    }
    menu.addToUi();
  }

  updateMenu(name: string, subMenus: AddedMenuItem[]): void {
    this.addMenu(name, subMenus);
  }

  removeMenu(name: string): void {
    this.ui.hostRemoveMenu(name);
  }

  // ---- Shortcuts Google gives the spreadsheet for its active sheet ----

  getNumSheets(): number {
    return this.sheets.length;
  }

  getSheetName(): string {
    return this.getActiveSheet().getName();
  }

  getSheetId(): number {
    return this.getActiveSheet().getSheetId();
  }

  getSheetValues(
    startRow: number,
    startColumn: number,
    numRows: number,
    numColumns: number
  ): unknown[][] {
    return this.getActiveSheet().getSheetValues(
      startRow,
      startColumn,
      numRows,
      numColumns
    );
  }

  getDataRange(): FakeRange {
    return this.getActiveSheet().getDataRange();
  }

  getLastRow(): number {
    return this.getActiveSheet().getLastRow();
  }

  getLastColumn(): number {
    return this.getActiveSheet().getLastColumn();
  }

  appendRow(rowContents: unknown[]): FakeSheet {
    return this.getActiveSheet().appendRow(rowContents);
  }

  deleteRow(rowPosition: number): FakeSheet {
    return this.getActiveSheet().deleteRow(rowPosition);
  }

  deleteRows(rowPosition: number, howMany: number): void {
    this.getActiveSheet().deleteRows(rowPosition, howMany);
  }

  deleteColumn(columnPosition: number): FakeSheet {
    return this.getActiveSheet().deleteColumn(columnPosition);
  }

  deleteColumns(columnPosition: number, howMany: number): void {
    this.getActiveSheet().deleteColumns(columnPosition, howMany);
  }

  insertRowBefore(beforePosition: number): FakeSheet {
    return this.getActiveSheet().insertRowBefore(beforePosition);
  }

  insertRowAfter(afterPosition: number): FakeSheet {
    return this.getActiveSheet().insertRowAfter(afterPosition);
  }

  insertRowsBefore(beforePosition: number, howMany: number): FakeSheet {
    return this.getActiveSheet().insertRowsBefore(beforePosition, howMany);
  }

  insertRowsAfter(afterPosition: number, howMany: number): FakeSheet {
    return this.getActiveSheet().insertRowsAfter(afterPosition, howMany);
  }

  insertColumnBefore(beforePosition: number): FakeSheet {
    return this.getActiveSheet().insertColumnBefore(beforePosition);
  }

  insertColumnAfter(afterPosition: number): FakeSheet {
    return this.getActiveSheet().insertColumnAfter(afterPosition);
  }

  insertColumnsBefore(beforePosition: number, howMany: number): FakeSheet {
    return this.getActiveSheet().insertColumnsBefore(beforePosition, howMany);
  }

  insertColumnsAfter(afterPosition: number, howMany: number): FakeSheet {
    return this.getActiveSheet().insertColumnsAfter(afterPosition, howMany);
  }

  getFrozenRows(): number {
    return this.getActiveSheet().getFrozenRows();
  }

  getFrozenColumns(): number {
    return this.getActiveSheet().getFrozenColumns();
  }

  setFrozenRows(rows: number): void {
    this.getActiveSheet().setFrozenRows(rows);
  }

  setFrozenColumns(columns: number): void {
    this.getActiveSheet().setFrozenColumns(columns);
  }

  hideRow(row: FakeRange): void {
    this.getActiveSheet().hideRow(row);
  }

  hideColumn(column: FakeRange): void {
    this.getActiveSheet().hideColumn(column);
  }

  unhideRow(row: FakeRange): void {
    this.getActiveSheet().unhideRow(row);
  }

  unhideColumn(column: FakeRange): void {
    this.getActiveSheet().unhideColumn(column);
  }

  isRowHiddenByUser(rowPosition: number): boolean {
    return this.getActiveSheet().isRowHiddenByUser(rowPosition);
  }

  isColumnHiddenByUser(columnPosition: number): boolean {
    return this.getActiveSheet().isColumnHiddenByUser(columnPosition);
  }

  getColumnWidth(columnPosition: number): number {
    return this.getActiveSheet().getColumnWidth(columnPosition);
  }

  setColumnWidth(columnPosition: number, width: number): FakeSheet {
    return this.getActiveSheet().setColumnWidth(columnPosition, width);
  }

  getRowHeight(rowPosition: number): number {
    return this.getActiveSheet().getRowHeight(rowPosition);
  }

  setRowHeight(rowPosition: number, height: number): FakeSheet {
    return this.getActiveSheet().setRowHeight(rowPosition, height);
  }

  autoResizeColumn(columnPosition: number): FakeSheet {
    return this.getActiveSheet().autoResizeColumn(columnPosition);
  }

  sort(columnPosition: number, ascending = true): FakeSheet {
    return this.getActiveSheet().sort(columnPosition, ascending);
  }

  deleteActiveSheet(): FakeSheet {
    this.deleteSheet(this.getActiveSheet());
    return this.getActiveSheet();
  }

  renameActiveSheet(newName: string): void {
    this.getActiveSheet().setName(newName);
  }

  getProtections(
    type: GoogleAppsScript.Spreadsheet.ProtectionType
  ): RangeProtection[] {
    return this.protections.filter(p => p.type === type);
  }

  /** A negative or null timeout keeps the toast up until closed; the default is 5 seconds. */
  toast(msg: string, title = '', timeoutSeconds: number | null = 5): void {
    this.toasts.push({
      message: msg,
      title,
      timeoutSeconds: timeoutSeconds ?? -1,
    });
  }

  /** The form of the first response sheet; null when no sheet receives a form's responses. */
  getFormUrl(): string | null {
    return this.sheets.find(sheet => sheet.hostFormLink)?.getFormUrl() ?? null;
  }

  createTextFinder(findText: string): FakeTextFinder<FakeRange> {
    return new FakeTextFinder(
      () => this.sheets.map(sheet => sheet.getDataRange()),
      findText
    );
  }

  // ---- Host side: not part of the Apps Script API ----

  hostOwner(): string {
    return this.env.owner;
  }

  /** Host: the virtual clock's moment, for TODAY() and NOW(). */
  hostNow(): Date {
    return this.env.clock.date();
  }

  /** Host: who a script call runs as: the current execution's user, or the owner outside one. */
  hostCurrentUser(): string {
    return effectiveUserEmail(this.env);
  }

  hostProtections(): readonly RangeProtection[] {
    return this.protections;
  }

  hostProtect(sheet: FakeSheet, area: Area | undefined): RangeProtection {
    const protection = new FakeProtection(
      this,
      sheet,
      area ? ProtectionType.RANGE : ProtectionType.SHEET,
      area
    );
    this.protections.push(protection);
    return protection;
  }

  hostRemoveProtection(protection: RangeProtection): void {
    const index = this.protections.indexOf(protection);
    if (index >= 0) this.protections.splice(index, 1);
  }

  /**
   * Host: an execution starts. One a person started from the spreadsheet (a menu item, their open
   * or edit) sees and moves that person's selection; any other starts on the first sheet with A1
   * selected, and what it activates is gone when it ends.
   */
  hostBeginExecution(sessionUser: string | undefined): void {
    this.view =
      sessionUser === undefined
        ? this.newView()
        : this.hostSession(sessionUser);
  }

  /** Host: the view of someone who has the spreadsheet open (a fresh one the first time). */
  hostSession(user: string): UserView {
    let view = this.sessions.get(user);
    if (!view) {
      view = this.newView();
      this.sessions.set(user, view);
    }
    return view;
  }

  /** Host: someone (re)loads the spreadsheet: the first sheet, A1 selected. */
  hostOpenSession(user: string): void {
    this.sessions.set(user, this.newView());
  }

  /** Host: `area` of `sheet` becomes the selection, with focus on `current` (Range.activate). */
  hostSelect(
    sheet: FakeSheet,
    area: Area,
    current?: {row: number; column: number}
  ): void {
    this.view.select(sheet, area, current);
  }

  /** Host: focus moves to a cell, inside the selection if it holds it (activateAsCurrentCell). */
  hostSetCurrentCell(sheet: FakeSheet, row: number, column: number): void {
    const {area} = this.view.selectionOn(sheet);
    const inside =
      row >= area.row &&
      row < area.row + area.numRows &&
      column >= area.column &&
      column < area.column + area.numColumns;
    this.view.select(
      sheet,
      inside ? area : {row, column, numRows: 1, numColumns: 1},
      {row, column}
    );
  }

  hostNewChartId(): number {
    return this.nextChartId++;
  }

  hostCheckSheetName(name: string): void {
    if (this.getSheetByName(name))
      throw new ScriptException(MESSAGES.sheetNameTaken(name));
  }

  /** Host fault: a script's writes holding a text containing any of these fail. */
  readonly refusedTexts: string[] = [];

  /**
   * Host: a script's write that Sheets fails on. Google gives no cause for this error (seen in
   * execution logs, wording *unverified*); the emulator raises it, while a script runs, for
   * writes of chosen text.
   */
  hostCheckScriptWrite(data: readonly (readonly unknown[])[]): void {
    if (this.refusedTexts.length === 0 || !this.env.executions.current())
      return;
    const refused = data.some(row =>
      row.some(
        cell =>
          typeof cell === 'string' &&
          this.refusedTexts.some(text => cell.includes(text))
      )
    );
    if (refused)
      throw new ScriptException(MESSAGES.serviceFailed(this.getId()));
  }

  hostCheckCanHide(sheet: FakeSheet): void {
    const visible = this.sheets.filter(s => !s.isSheetHidden() && s !== sheet);
    if (visible.length === 0) throw new ScriptException(MESSAGES.hideOnlySheet);
  }

  /** Host: all cells of all sheets (rows × columns each, used or not, as Google counts them). */
  hostCellCount(): number {
    return this.sheets.reduce(
      (n, sheet) => n + sheet.getMaxRows() * sheet.getMaxColumns(),
      0
    );
  }

  hostEnsureRoomFor(addedCells: number): void {
    if (this.hostCellCount() + addedCells > MAX_CELLS)
      throw new ScriptException(MESSAGES.tooManyCells);
  }

  /** Host: protected and named ranges follow their cells when lines are inserted (+) or deleted (−). */
  private newView(): UserView {
    return new UserView(() => this.sheets);
  }

  hostShiftAreas(
    sheet: FakeSheet,
    axis: 'row' | 'column',
    at: number,
    count: number
  ): void {
    const areas: Area[] = [];
    for (const p of this.protections)
      if (p.sheet === sheet && p.area) areas.push(p.area);
    for (const named of this.namedRanges.values())
      if (named.sheet === sheet) areas.push(named.area);
    for (const area of areas) {
      if (count > 0) shiftForInsert(area, axis, at, count);
      else shiftForDelete(area, axis, at, -count);
    }
    for (const p of [...this.protections])
      if (p.area && isEmptyArea(p.area)) this.hostRemoveProtection(p);
    for (const [name, named] of this.namedRanges)
      if (isEmptyArea(named.area)) this.namedRanges.delete(name);
  }
}

stubNotEmulated(FakeSpreadsheet, 'Spreadsheet', SPREADSHEET_METHODS);

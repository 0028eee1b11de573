import {activeUserEmail, Environment} from '../core/environment';
import {SERVICE, ScriptException} from '../core/service';
import {ApiOf} from '../core/official-types';
import {parseA1} from './a1-notation';
import {Area, isEmptyArea, shiftForDelete, shiftForInsert} from './area';
import {ProtectionType} from './enums';
import {MESSAGES} from './messages';
import {FakeUser} from '../session/user';
import {FakeProtection} from './protection';
import {FakeRange, RangeProtection, RangeSheet} from './range';
import {FakeSheet, NEW_SHEET_COLUMNS, NEW_SHEET_ROWS} from './sheet';
import {FakeTextFinder} from './text-finder';

/** Google Sheets' size limit per spreadsheet (PLATFORM.md: Spreadsheets). */
export const MAX_CELLS = 10_000_000;

export interface Toast {
  message: string;
  title: string;
  timeoutSeconds: number;
}

interface NamedArea {
  sheet: RangeSheet;
  area: Area;
}

export class FakeNamedRange implements ApiOf<
  GoogleAppsScript.Spreadsheet.NamedRange,
  'getName' | 'getRange' | 'remove'
> {
  readonly [SERVICE] = 'SpreadsheetApp.NamedRange';

  constructor(
    private readonly spreadsheet: FakeSpreadsheet,
    private readonly name: string
  ) {}

  getName(): string {
    return this.name;
  }

  getRange(): FakeRange {
    return this.spreadsheet.getRangeByName(this.name)!;
  }

  remove(): void {
    this.spreadsheet.removeNamedRange(this.name);
  }
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
  | 'toast'
  | 'getFormUrl'
  | 'createTextFinder'
  | 'getOwner'
> {
  readonly [SERVICE] = 'SpreadsheetApp.Spreadsheet';
  private readonly sheets: FakeSheet[] = [];
  private readonly namedRanges = new Map<string, NamedArea>();
  private readonly protections: RangeProtection[] = [];
  private activeSheet: FakeSheet | undefined;
  private activeRange: FakeRange | undefined;
  private timeZone: string;
  private nextSheetId = 0;
  private nextChartId = 1;
  /** Host: toasts shown, oldest first. */
  readonly toasts: Toast[] = [];

  constructor(
    private readonly env: Environment,
    private readonly id: string,
    private name: string
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
    this.activeSheet = sheet;
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
    if (this.activeSheet === sheet) this.activeSheet = this.sheets[0];
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

  setActiveSheet(sheet: FakeSheet): FakeSheet {
    this.activeSheet = sheet;
    return sheet;
  }

  getActiveSheet(): FakeSheet {
    return this.activeSheet ?? this.sheets[0];
  }

  getActiveRange(): FakeRange | null {
    return this.activeRange ?? null;
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
    return activeUserEmail(this.env);
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

  hostSetActiveRange(range: FakeRange): void {
    this.activeRange = range;
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

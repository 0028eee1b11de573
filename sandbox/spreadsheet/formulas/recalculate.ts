// Recomputes the formulas of the cells being read, so every read sees current values.
import type {Area} from '../area';
import type {FakeSheet} from '../sheet';
import {dateOfSerial, serialOf} from '../serial-date';
import type {CellValue} from '../typed-input';
import {CellBlock, CellSource, evaluateFormula} from './evaluate';
import {FormulaError, Matrix, Scalar, SerialDate} from './formula-values';

/** Google Sheets' column limit (PLATFORM.md: Spreadsheets): a cell's key is row × this + column. */
const MAX_COLUMNS = 18_278;

function scalarOfCell(value: CellValue | undefined, timeZone: string): Scalar {
  if (value === undefined) return null;
  if (typeof value === 'object')
    return new SerialDate(serialOf(value, timeZone));
  return value;
}

function cellValueOf(value: Scalar, timeZone: string): CellValue | undefined {
  if (value === null || value === '') return undefined;
  if (value instanceof FormulaError) return value.code;
  if (value instanceof SerialDate) return dateOfSerial(value.serial, timeZone);
  return value;
}

/**
 * One recalculation: each formula cell is evaluated at most once, those it depends on first (on
 * any tab); a formula that depends on itself is `#REF!`, as Sheets reports a circular dependency.
 */
class Recalculation implements CellSource {
  private readonly done = new Map<FakeSheet, Map<number, Scalar>>();
  private readonly timeZone: string;

  constructor(private readonly sheet: FakeSheet) {
    this.timeZone = sheet.getParent().getSpreadsheetTimeZone();
  }

  nowSerial(): number {
    return serialOf(this.sheet.getParent().hostNow(), this.timeZone);
  }

  /** The value of a formula cell (0-based), storing it in the sheet's values. */
  formulaCell(sheet: FakeSheet, row: number, column: number): Scalar {
    let results = this.done.get(sheet);
    if (!results) this.done.set(sheet, (results = new Map()));
    const key = row * MAX_COLUMNS + column;
    if (results.has(key)) return results.get(key)!;
    results.set(key, new FormulaError('#REF!'));
    const formula = sheet.hostLayers.formulas.get(row, column)!;
    const value = evaluateFormula(formula, this.on(sheet));
    results.set(key, value);
    sheet.hostLayers.values.set(row, column, cellValueOf(value, this.timeZone));
    return value;
  }

  read(block: CellBlock): Matrix | FormulaError {
    return this.readOn(this.sheet, block);
  }

  named(name: string): CellBlock | undefined {
    const range = this.sheet.getParent().getRangeByName(name);
    if (!range) return undefined;
    return {
      sheetName: range.getSheet().getName(),
      top: range.getRow() - 1,
      left: range.getColumn() - 1,
      bottom: range.getLastRow() - 1,
      right: range.getLastColumn() - 1,
    };
  }

  private on(sheet: FakeSheet): CellSource {
    return {
      nowSerial: () => this.nowSerial(),
      named: name => this.named(name),
      read: block => this.readOn(sheet, block),
    };
  }

  private readOn(home: FakeSheet, block: CellBlock): Matrix | FormulaError {
    const sheet = block.sheetName ? this.sheetNamed(block.sheetName) : home;
    if (!sheet) return new FormulaError('#REF!');
    const top = block.top ?? 0;
    const left = block.left ?? 0;
    const bottom = Math.min(
      block.bottom ?? sheet.getMaxRows() - 1,
      sheet.getMaxRows() - 1
    );
    const right = Math.min(
      block.right ?? sheet.getMaxColumns() - 1,
      sheet.getMaxColumns() - 1
    );
    if (top > bottom || left > right) return new FormulaError('#REF!');
    const {values, formulas} = sheet.hostLayers;
    const hasFormulas = formulas.lastRow() > 0;
    const out: Matrix = new Array(bottom - top + 1);
    for (let r = top; r <= bottom; r++) {
      const stored = values.row(r);
      const written = hasFormulas ? formulas.row(r) : undefined;
      const line = new Array<Scalar>(right - left + 1);
      for (let c = left; c <= right; c++) {
        line[c - left] =
          written?.[c] !== undefined
            ? this.formulaCell(sheet, r, c)
            : scalarOfCell(stored?.[c], this.timeZone);
      }
      out[r - top] = line;
    }
    return out;
  }

  private sheetNamed(name: string): FakeSheet | undefined {
    const spreadsheet = this.sheet.getParent();
    const exact = spreadsheet.getSheetByName(name);
    if (exact) return exact;
    const lower = name.toLowerCase();
    return spreadsheet
      .getSheets()
      .find(sheet => sheet.getName().toLowerCase() === lower);
  }
}

/**
 * Recomputes every formula in `area` of `sheet` (and what they depend on) into the sheet's values,
 * before the area is read. A sheet without formulas pays one check.
 */
export function refreshFormulas(sheet: FakeSheet, area: Area): void {
  const formulas = sheet.hostLayers.formulas;
  if (formulas.lastRow() === 0) return;
  let pass: Recalculation | undefined;
  const lastRow = Math.min(area.row - 1 + area.numRows, formulas.lastRow());
  for (let r = area.row - 1; r < lastRow; r++) {
    const line = formulas.row(r);
    if (!line) continue;
    const end = Math.min(area.column - 1 + area.numColumns, line.length);
    for (let c = area.column - 1; c < end; c++) {
      if (line[c] === undefined) continue;
      pass ??= new Recalculation(sheet);
      pass.formulaCell(sheet, r, c);
    }
  }
}

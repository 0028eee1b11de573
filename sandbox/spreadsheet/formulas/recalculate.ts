// Recomputes the formulas of the cells being read, so every read sees current values.
import type {Area} from '../area';
import type {CellGrid} from '../cell-grid';
import {dateOfSerial, serialOf} from '../serial-date';
import type {CellValue} from '../typed-input';
import {CellBlock, CellSource, evaluateFormula} from './evaluate';
import {FormulaError, Matrix, Scalar, SerialDate} from './formula-values';

/** What a recalculation needs of a sheet: its values and formulas, size, name and spreadsheet. */
export interface FormulaSheet {
  readonly hostLayers: {
    readonly values: CellGrid<CellValue>;
    readonly formulas: CellGrid<string>;
  };
  getName(): string;
  getMaxRows(): number;
  getMaxColumns(): number;
  getParent(): FormulaBook;
}

/** What a recalculation needs of the spreadsheet: its tabs, named ranges, zone and clock. */
export interface FormulaBook {
  getSheets(): FormulaSheet[];
  getSpreadsheetTimeZone(): string;
  getRangeByName(name: string): NamedBlock | null;
  hostNow(): Date;
}

interface NamedBlock {
  getSheet(): {getName(): string};
  getRow(): number;
  getColumn(): number;
  getLastRow(): number;
  getLastColumn(): number;
}

/** Google Sheets' column limit (platform.md: Spreadsheets): a cell's key is row × this + column. */
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
class Recalculation {
  private readonly done = new Map<FormulaSheet, Map<number, Scalar>>();
  private readonly timeZone: string;

  constructor(private readonly sheet: FormulaSheet) {
    this.timeZone = sheet.getParent().getSpreadsheetTimeZone();
  }

  private nowSerial(): number {
    return serialOf(this.sheet.getParent().hostNow(), this.timeZone);
  }

  /** The value of a formula cell (0-based), storing it in the sheet's values. */
  formulaCell(sheet: FormulaSheet, row: number, column: number): Scalar {
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

  private named(name: string): CellBlock | undefined {
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

  /** The cells as a formula on `sheet` sees them: a reference without a tab is to its own. */
  private on(sheet: FormulaSheet): CellSource {
    return {
      nowSerial: () => this.nowSerial(),
      named: name => this.named(name),
      read: block => this.readOn(sheet, block),
    };
  }

  private readOn(home: FormulaSheet, block: CellBlock): Matrix | FormulaError {
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

  private sheetNamed(name: string): FormulaSheet | undefined {
    const sheets = this.sheet.getParent().getSheets();
    const lower = name.toLowerCase();
    return (
      sheets.find(sheet => sheet.getName() === name) ??
      sheets.find(sheet => sheet.getName().toLowerCase() === lower)
    );
  }
}

/**
 * Recomputes every formula in `area` of `sheet` (and what they depend on) into the sheet's values,
 * before the area is read. A sheet without formulas pays one check.
 */
export function refreshFormulas(sheet: FormulaSheet, area: Area): void {
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

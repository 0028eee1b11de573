import {basename, extname} from 'node:path';
import ExcelJS from 'exceljs';
import {parseA1} from '../spreadsheet/a1-notation';
import {
  FakeDataValidation,
  FakeDataValidationBuilder,
} from '../spreadsheet/data-validation';
import {
  NEW_SHEET_COLUMNS,
  NEW_SHEET_ROWS,
  FakeSheet,
} from '../spreadsheet/sheet';
import type {FakeSpreadsheet} from '../spreadsheet/spreadsheet';
import type {SpreadsheetStore} from '../spreadsheet/store';
import {CellValue} from '../spreadsheet/typed-input';
import {
  DEFAULT_DATE_FORMAT,
  DEFAULT_DATE_TIME_FORMAT,
  fromWorkbookDate,
} from './xlsx-dates';

interface PendingRangeRule {
  sheet: FakeSheet;
  row: number;
  column: number;
  source: string;
  validation: ExcelJS.DataValidation;
}

function noteText(note: ExcelJS.Cell['note']): string {
  if (typeof note === 'string') return note;
  return (note?.texts ?? []).map(t => t.text).join('');
}

function cellValueOf(
  value: ExcelJS.CellValue,
  timeZone: string
): CellValue | undefined {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date) return fromWorkbookDate(value, timeZone);
  if (typeof value !== 'object') return value === '' ? undefined : value;
  if ('richText' in value) return value.richText.map(t => t.text).join('');
  if ('text' in value && 'hyperlink' in value) return String(value.text);
  if ('error' in value) return String(value.error);
  return undefined;
}

function builderFor(
  validation: ExcelJS.DataValidation
): FakeDataValidationBuilder {
  const builder = new FakeDataValidationBuilder().setAllowInvalid(
    !validation.showErrorMessage
  );
  return validation.prompt ? builder.setHelpText(validation.prompt) : builder;
}

/** exceljs keeps a sheet's validations by cell address (ranges expanded); its typings omit it. */
interface WithValidations {
  dataValidations?: {model: Record<string, ExcelJS.DataValidation>};
}

function readValidations(
  sheet: FakeSheet,
  worksheet: ExcelJS.Worksheet,
  pending: PendingRangeRule[]
): void {
  const model =
    (worksheet as unknown as WithValidations).dataValidations?.model ?? {};
  const built = new Map<ExcelJS.DataValidation, FakeDataValidation>();
  for (const [address, validation] of Object.entries(model)) {
    const cell = parseA1(address);
    const source = String(validation.formulae?.[0] ?? '');
    if (
      validation.type !== 'list' ||
      !cell?.startRow ||
      !cell.startColumn ||
      !source
    )
      continue;
    const row = cell.startRow - 1;
    const column = cell.startColumn - 1;
    if (!source.startsWith('"')) {
      pending.push({sheet, row, column, source, validation});
      continue;
    }
    let rule = built.get(validation);
    if (!rule) {
      const items = source.slice(1, -1).split(',');
      rule = builderFor(validation).requireValueInList(items, true).build();
      built.set(validation, rule);
    }
    sheet.hostLayers.validations.set(row, column, rule);
  }
}

/** Adds the worksheet as a sheet; true when it is hidden (hidden once all sheets exist). */
function readSheet(
  spreadsheet: FakeSpreadsheet,
  worksheet: ExcelJS.Worksheet,
  pending: PendingRangeRule[]
): boolean {
  const sheet = spreadsheet.insertSheet(worksheet.name);
  sheet.hostResize(
    Math.max(NEW_SHEET_ROWS, worksheet.rowCount),
    Math.max(NEW_SHEET_COLUMNS, worksheet.columnCount)
  );
  const tz = spreadsheet.getSpreadsheetTimeZone();
  const {values, formulas, notes, numberFormats} = sheet.hostLayers;
  worksheet.eachRow(row => {
    row.eachCell(cell => {
      const r = Number(cell.row) - 1;
      const c = Number(cell.col) - 1;
      const raw = cell.value;
      if (raw && typeof raw === 'object' && 'formula' in raw && raw.formula) {
        formulas.set(r, c, `=${raw.formula}`);
        values.set(r, c, cellValueOf(raw.result as ExcelJS.CellValue, tz));
      } else {
        values.set(r, c, cellValueOf(raw, tz));
      }
      const format = cell.numFmt;
      const defaultForDate =
        raw instanceof Date &&
        (format === DEFAULT_DATE_FORMAT || format === DEFAULT_DATE_TIME_FORMAT);
      if (format && format !== 'General' && !defaultForDate)
        numberFormats.set(r, c, format);
      if (cell.note) notes.set(r, c, noteText(cell.note));
      if (cell.font?.bold) sheet.hostStyle('fontWeight').set(r, c, 'bold');
      const fill = cell.fill;
      if (fill?.type === 'pattern' && fill.fgColor?.argb)
        sheet
          .hostStyle('background')
          .set(r, c, `#${fill.fgColor.argb.slice(2).toLowerCase()}`);
    });
  });
  readValidations(sheet, worksheet, pending);
  // exceljs leaves `views` null for a worksheet saved without any.
  const view = worksheet.views?.[0];
  if (view?.state === 'frozen') {
    sheet.setFrozenRows(view.ySplit ?? 0);
    sheet.setFrozenColumns(view.xSplit ?? 0);
  }
  return worksheet.state !== 'visible';
}

/**
 * Reads an .xlsx workbook into a new spreadsheet of the store (values stored as read, not
 * re-parsed): sheet order, values, dates, formulas, number formats, notes, list validations,
 * frozen panes, hidden sheets, bold and background colours.
 */
export async function loadXlsx(
  path: string,
  store: SpreadsheetStore
): Promise<FakeSpreadsheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const spreadsheet = store.createEmpty(
    workbook.title || basename(path, extname(path))
  );
  const pending: PendingRangeRule[] = [];
  const hidden = workbook.worksheets.filter(worksheet =>
    readSheet(spreadsheet, worksheet, pending)
  );
  for (const worksheet of hidden)
    spreadsheet.getSheetByName(worksheet.name)?.hideSheet();
  for (const rule of pending) {
    const source = spreadsheet.getRange(rule.source.replace(/\$/g, ''));
    rule.sheet.hostLayers.validations.set(
      rule.row,
      rule.column,
      builderFor(rule.validation).requireValueInRange(source, true).build()
    );
  }
  const first = spreadsheet.getSheets()[0];
  if (first) spreadsheet.setActiveSheet(first);
  return spreadsheet;
}

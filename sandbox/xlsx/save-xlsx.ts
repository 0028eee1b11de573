import ExcelJS from 'exceljs';
import {DataValidationCriteria} from '../spreadsheet/enums';
import type {FakeRange} from '../spreadsheet/range';
import {quoteSheetName} from '../spreadsheet/a1-notation';
import type {FakeSheet} from '../spreadsheet/sheet';
import type {FakeSpreadsheet} from '../spreadsheet/spreadsheet';
import {wallTimeOf} from '../core/zoned-time';
import {
  DEFAULT_DATE_FORMAT,
  DEFAULT_DATE_TIME_FORMAT,
  toWorkbookDate,
} from './xlsx-dates';
import {xlsxSheetNameProblem} from './sheet-names';
import type {FakeConditionalFormatRule} from '../spreadsheet/conditional-format';
import {FakeDataValidation} from '../spreadsheet/data-validation';
import {refreshFormulas} from '../spreadsheet/formulas/recalculate';
import {errorOfCode} from '../spreadsheet/formulas/formula-values';
import {
  CHART_HEIGHT,
  CHART_WIDTH,
  chartData,
  chartPng,
} from './chart-image/chart-image';

/** Excel measures a column in characters of its default font, about 7 pixels each. */
const PIXELS_PER_CHARACTER = 7;
/** Sheets' default column is 100 pixels wide, wider than Excel's 64. */
const SHEETS_COLUMN_WIDTH = 100;
const POINTS_PER_PIXEL = 0.75;

function argb(color: string): string {
  return `FF${color.replace('#', '').toUpperCase()}`;
}

/** Bold, size and colour from their style layers, as one exceljs font per cell. */
function writeFonts(sheet: FakeSheet, cellAt: CellAt): void {
  const fonts = new Map<ExcelJS.Cell, Partial<ExcelJS.Font>>();
  const font = (r: number, c: number) => {
    const cell = cellAt(r, c);
    const current = fonts.get(cell) ?? {};
    fonts.set(cell, current);
    return current;
  };
  sheet.hostStyle('fontWeight').forEach((weight, r, c) => {
    if (weight === 'bold') font(r, c).bold = true;
  });
  sheet.hostStyle('fontSize').forEach((size, r, c) => {
    font(r, c).size = Number(size);
  });
  sheet.hostStyle('fontColor').forEach((color, r, c) => {
    if (color.startsWith('#')) font(r, c).color = {argb: argb(color)};
  });
  for (const [cell, value] of fonts) cell.font = value;
}

/** Each chart as a picture at its anchor: exceljs writes images, not charts. */
function writeCharts(
  workbook: ExcelJS.Workbook,
  worksheet: ExcelJS.Worksheet,
  sheet: FakeSheet
): void {
  for (const chart of sheet.getCharts()) {
    const {anchorRow, anchorColumn, offsetX, offsetY} = chart.spec.position;
    const imageId = workbook.addImage({
      buffer: chartPng(chartData(chart.spec)) as unknown as ExcelJS.Buffer,
      extension: 'png',
    });
    worksheet.addImage(imageId, {
      tl: {
        col: anchorColumn - 1 + offsetX / sheet.getColumnWidth(anchorColumn),
        row: anchorRow - 1 + offsetY / sheet.getRowHeight(anchorRow),
      } as ExcelJS.Anchor,
      ext: {width: CHART_WIDTH, height: CHART_HEIGHT},
    });
  }
}

type CellAt = (r: number, c: number) => ExcelJS.Cell;

function checkSheetNames(spreadsheet: FakeSpreadsheet, path: string): void {
  for (const sheet of spreadsheet.getSheets()) {
    const problem = xlsxSheetNameProblem(sheet.getName());
    if (problem)
      throw new Error(
        `Cannot save "${spreadsheet.getName()}" to ${path}: the sheet "${sheet.getName()}" cannot be kept in an .xlsx workbook (${problem}). Rename that sheet.`
      );
  }
}

function validationFor(
  rule: FakeDataValidation
): ExcelJS.DataValidation | undefined {
  const [source] = rule.getCriteriaValues();
  let formula: string;
  if (rule.getCriteriaType() === DataValidationCriteria.VALUE_IN_LIST) {
    formula = `"${(source as unknown[]).map(String).join(',')}"`;
  } else if (rule.getCriteriaType() === DataValidationCriteria.VALUE_IN_RANGE) {
    const range = source as FakeRange;
    const a1 = range.getA1Notation().replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
    formula = `${quoteSheetName(range.getSheet().getName())}!${a1}`;
  } else {
    return undefined;
  }
  return {
    type: 'list',
    allowBlank: true,
    formulae: [formula],
    showErrorMessage: !rule.getAllowInvalid(),
    ...(rule.getHelpText()
      ? {showInputMessage: true, prompt: rule.getHelpText()}
      : {}),
  };
}

function writeSheet(workbook: ExcelJS.Workbook, sheet: FakeSheet): void {
  const frozenRows = sheet.getFrozenRows();
  const frozenColumns = sheet.getFrozenColumns();
  const worksheet = workbook.addWorksheet(sheet.getName(), {
    state: sheet.isSheetHidden() ? 'hidden' : 'visible',
    views:
      frozenRows || frozenColumns
        ? [{state: 'frozen', xSplit: frozenColumns, ySplit: frozenRows}]
        : [],
  });
  const tz = sheet.getParent().getSpreadsheetTimeZone();
  refreshFormulas(sheet, {
    row: 1,
    column: 1,
    numRows: sheet.getMaxRows(),
    numColumns: sheet.getMaxColumns(),
  });
  const {values, formulas, notes, numberFormats, validations} =
    sheet.hostLayers;
  const cellAt: CellAt = (r, c) => worksheet.getCell(r + 1, c + 1);

  values.forEach((value, r, c) => {
    const cell = cellAt(r, c);
    if (typeof value === 'object') {
      cell.value = toWorkbookDate(value, tz);
      const t = wallTimeOf(value.getTime(), tz);
      const midnight = t.hour === 0 && t.minute === 0 && t.second === 0;
      cell.numFmt = midnight ? DEFAULT_DATE_FORMAT : DEFAULT_DATE_TIME_FORMAT;
    } else {
      cell.value = value;
    }
  });
  formulas.forEach((formula, r, c) => {
    const cell = cellAt(r, c);
    const result = values.get(r, c);
    const error = typeof result === 'string' ? errorOfCode(result) : undefined;
    cell.value = {
      formula: formula.slice(1),
      result: error
        ? {error: error.code}
        : typeof result === 'object'
          ? toWorkbookDate(result, tz)
          : result,
    } as ExcelJS.CellFormulaValue;
  });
  numberFormats.forEach((format, r, c) => {
    cellAt(r, c).numFmt = format;
  });
  notes.forEach((note, r, c) => {
    cellAt(r, c).note = note;
  });
  validations.forEach((rule, r, c) => {
    const validation = validationFor(rule);
    if (validation) cellAt(r, c).dataValidation = validation;
  });
  writeFonts(sheet, cellAt);
  sheet.hostStyle('wrap').forEach((wrap, r, c) => {
    const cell = cellAt(r, c);
    if (wrap === 'true')
      cell.alignment = {...cell.alignment, wrapText: true, vertical: 'top'};
  });
  for (const column of sheet.hiddenColumns)
    worksheet.getColumn(column).hidden = true;
  writeConditionalFormats(worksheet, sheet);
  sheet.hostStyle('background').forEach((color, r, c) => {
    cellAt(r, c).fill = {
      type: 'pattern',
      pattern: 'solid',
      fgColor: {argb: argb(color)},
    };
  });
  sheet.hostStyle('horizontalAlignment').forEach((alignment, r, c) => {
    if (alignment === 'center' || alignment === 'left' || alignment === 'right')
      cellAt(r, c).alignment = {horizontal: alignment};
  });
  worksheet.properties.defaultColWidth =
    SHEETS_COLUMN_WIDTH / PIXELS_PER_CHARACTER;
  for (const [column, width] of sheet.columnWidths)
    worksheet.getColumn(column).width = width / PIXELS_PER_CHARACTER;
  for (const [row, height] of sheet.rowHeights)
    worksheet.getRow(row).height = height * POINTS_PER_PIXEL;
  writeCharts(workbook, worksheet, sheet);
}

/** Custom-formula rules as Excel expressions, so a viewer shows the same highlights. */
function writeConditionalFormats(
  worksheet: ExcelJS.Worksheet,
  sheet: FakeSheet
): void {
  const rules =
    sheet.getConditionalFormatRules() as FakeConditionalFormatRule<FakeRange>[];
  rules.forEach((rule, i) => {
    const condition = rule.getBooleanCondition();
    const [formula] = condition?.getCriteriaValues() ?? [];
    if (!condition || typeof formula !== 'string') return;
    const background = condition.getBackground();
    const fontColor = condition.getFontColor();
    worksheet.addConditionalFormatting({
      ref: rule
        .getRanges()
        .map(r => r.getA1Notation())
        .join(' '),
      rules: [
        {
          type: 'expression',
          priority: i + 1,
          formulae: [formula.replace(/^=/, '')],
          style: {
            ...(background
              ? {
                  fill: {
                    type: 'pattern',
                    pattern: 'solid',
                    bgColor: {argb: argb(background)},
                  },
                }
              : {}),
            font: {
              ...(fontColor ? {color: {argb: argb(fontColor)}} : {}),
              ...(condition.getBold() ? {bold: true} : {}),
            },
          },
        },
      ],
    });
  });
}

/**
 * Writes every sheet of the spreadsheet, in order, to an .xlsx workbook: values (dates as dates),
 * formulas, number formats, notes, list validations, frozen panes, hidden sheets, bold, font
 * sizes and colours, backgrounds, horizontal alignment, wrapping, column widths, hidden columns and
 * row heights, custom-formula conditional formats, and each chart drawn as a PNG picture at its
 * anchor (exceljs cannot write charts). Protections are not saved.
 */
export async function saveXlsx(
  spreadsheet: FakeSpreadsheet,
  path: string
): Promise<void> {
  checkSheetNames(spreadsheet, path);
  const workbook = new ExcelJS.Workbook();
  workbook.title = spreadsheet.getName();
  for (const sheet of spreadsheet.getSheets()) writeSheet(workbook, sheet);
  await workbook.xlsx.writeFile(path);
}

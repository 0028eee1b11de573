import ExcelJS from 'exceljs';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {inflateSync} from 'node:zlib';
import {saveXlsx} from '../../../sandbox/xlsx/save-xlsx';
import {
  chartData,
  chartPng,
} from '../../../sandbox/xlsx/chart-image/chart-image';
import {workspace} from '../spreadsheet/fixture';

/** A PNG's width and height and its decoded pixel rows (no filtering, as chartPng writes). */
function decodePng(png: Buffer) {
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const idat = png.indexOf('IDAT');
  const raw = inflateSync(
    png.subarray(idat + 4, idat + png.readUInt32BE(idat - 4) + 4)
  );
  const pixel = (x: number, y: number) => {
    const start = y * (width * 4 + 1) + 1 + x * 4;
    return [...raw.subarray(start, start + 4)];
  };
  return {width, height, pixel};
}

function chartSheet() {
  const {spreadsheet, sheet} = workspace();
  sheet.setName('Dashboard');
  sheet.getRange('A1:B4').setValues([
    ['Week', 'SLA compliance'],
    ['w1', 0.5],
    ['w2', 1],
    ['w3', 0.75],
  ]);
  sheet.getRange('B2:B4').setNumberFormat('0%');
  sheet.getRange('A1:B1').setFontWeight('bold').setFontSize(14);
  sheet.setColumnWidth(1, 210);
  sheet.setFrozenRows(1);
  sheet.insertChart(
    sheet
      .newChart()
      .asColumnChart()
      .addRange(sheet.getRange('A1:A4'))
      .addRange(sheet.getRange('B1:B4'))
      .setOption('title', 'SLA compliance')
      .setPosition(2, 4, 0, 0)
      .build()
  );
  return {spreadsheet, sheet};
}

describe('what the .xlsx keeps of how a sheet looks', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'peer-desk-looks-'));
  });
  afterEach(() => rmSync(dir, {recursive: true, force: true}));

  it('keeps number formats, fonts, column widths and frozen rows, and draws each chart as a picture at its anchor', async () => {
    const {spreadsheet} = chartSheet();
    const path = join(dir, 'looks.xlsx');
    await saveXlsx(spreadsheet, path);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const sheet = workbook.getWorksheet('Dashboard') as ExcelJS.Worksheet;
    expect(sheet.getCell('B3').numFmt).toBe('0%');
    expect(sheet.getCell('A1').font).toMatchObject({bold: true, size: 14});
    expect(sheet.getColumn(1).width).toBe(30);
    expect(sheet.views[0]).toMatchObject({state: 'frozen', ySplit: 1});
    const images = sheet.getImages();
    expect(images).toHaveLength(1);
    expect(images[0].range.tl).toMatchObject({nativeCol: 3, nativeRow: 1});
    const media = workbook.getImage(Number(images[0].imageId));
    expect(media.extension).toBe('png');
    expect(decodePng(media.buffer as unknown as Buffer)).toMatchObject({
      width: 600,
      height: 371,
    });
  });

  it('draws the values it reads from the chart’s ranges, labelled as the cells show them', () => {
    const {sheet} = chartSheet();
    const [chart] = sheet.getCharts();
    const data = chartData(chart.spec);
    expect(data).toEqual({
      type: 'COLUMN',
      title: 'SLA compliance',
      labels: ['w1', 'w2', 'w3'],
      values: [0.5, 1, 0.75],
      valueTexts: ['50%', '100%', '75%'],
    });
    const png = decodePng(chartPng(data));
    // The tallest column (w2, 100%) reaches the top of the plot; the first only halfway.
    const blue = [0x42, 0x85, 0xf4, 255];
    expect(png.pixel(300, 70)).toEqual(blue);
    expect(png.pixel(130, 70)).toEqual([255, 255, 255, 255]);
    expect(png.pixel(130, 300)).toEqual(blue);
  });
});

// Draws a recorded chart as a PNG, so the .xlsx shows what the Dashboard's charts show.
import type {ChartSpec} from '../../spreadsheet/charts';
import type {FakeRange} from '../../spreadsheet/range';
import {encodePng} from './png';
import {ADVANCE, GLYPH_HEIGHT, textWidth} from './pixel-font';
import {Colour, colourOf, Raster} from './raster';

/** Sheets draws a new embedded chart about 600 × 371 pixels. */
export const CHART_WIDTH = 600;
export const CHART_HEIGHT = 371;

const PALETTE = [
  '#4285f4',
  '#db4437',
  '#f4b400',
  '#0f9d58',
  '#ab47bc',
  '#00acc1',
  '#ff7043',
].map(colourOf);
const INK = colourOf('#202124');
const GRID = colourOf('#bdc1c6');
const WHITE = colourOf('#ffffff');

/** What a chart draws: a label and a value per point, each value also as its cell shows it. */
export interface ChartData {
  readonly type: string;
  readonly title: string;
  readonly labels: readonly string[];
  readonly values: readonly (number | undefined)[];
  readonly valueTexts: readonly string[];
}

/** The first column the chart's ranges hold gives the labels, the next the values; row 1 is the header. */
export function chartData(spec: ChartSpec<FakeRange>): ChartData {
  const columns = spec.ranges.flatMap(range => {
    const values = range.getValues();
    const shown = range.getDisplayValues();
    return Array.from({length: range.getNumColumns()}, (_, c) => ({
      values: values.slice(1).map(r => r[c]),
      shown: shown.slice(1).map(r => r[c]),
    }));
  });
  const [labels, series] = columns;
  return {
    type: spec.chartType,
    title: String(spec.options.title ?? ''),
    labels: labels?.shown ?? [],
    values: (series?.values ?? []).map(v =>
      typeof v === 'number' ? v : undefined
    ),
    valueTexts: series?.shown ?? [],
  };
}

function centred(
  raster: Raster,
  x: number,
  y: number,
  text: string,
  colour: Colour,
  maxWidth = Infinity,
  scale = 1
): void {
  const fit = text.slice(
    0,
    Math.max(1, Math.floor(maxWidth / (ADVANCE * scale)))
  );
  raster.text(x - textWidth(fit, scale) / 2, y, fit, colour, scale);
}

const PLOT = {
  left: 40,
  right: CHART_WIDTH - 20,
  top: 60,
  bottom: CHART_HEIGHT - 40,
};

function drawSeries(raster: Raster, data: ChartData): void {
  const {left, right, top, bottom} = PLOT;
  const n = Math.max(1, data.values.length);
  const max = Math.max(0, ...data.values.map(v => v ?? 0)) || 1;
  const slot = (right - left) / n;
  const yOf = (v: number) => bottom - ((bottom - top) * v) / max;
  raster.line(left, bottom, right, bottom, GRID);
  raster.line(left, top, left, bottom, GRID);
  const maxText = data.valueTexts[data.values.indexOf(max)] ?? '';
  raster.text(4, top - 4, maxText, INK);
  let previous: {x: number; y: number} | undefined;
  data.values.forEach((value, i) => {
    const x = left + slot * (i + 0.5);
    const label = data.labels[i] ?? '';
    // Dates show as month-day when the full text would crowd its neighbours.
    const short = /^\d{4}-\d\d-\d\d/.test(label) ? label.slice(5, 10) : label;
    centred(raster, x, bottom + 8, short, INK, slot - 2);
    if (value === undefined) {
      previous = undefined;
      return;
    }
    const y = yOf(value);
    if (data.type === 'LINE' || data.type === 'AREA') {
      if (previous) raster.line(previous.x, previous.y, x, y, PALETTE[0], 3);
      raster.fillRect(x - 3, y - 3, 7, 7, PALETTE[0]);
      previous = {x, y};
    } else {
      const w = slot * 0.6;
      raster.fillRect(x - w / 2, y, w, bottom - y, PALETTE[0]);
    }
    centred(
      raster,
      x,
      y - GLYPH_HEIGHT - 6,
      data.valueTexts[i] ?? '',
      INK,
      slot
    );
  });
}

function drawPie(raster: Raster, data: ChartData): void {
  const shares = data.values.map(v => Math.max(0, v ?? 0));
  const radius = 120;
  const cx = 40 + radius;
  const cy = 60 + radius;
  raster.pie(cx, cy, radius, shares, PALETTE);
  data.labels.forEach((label, i) => {
    const y = 80 + i * 18;
    if (y > CHART_HEIGHT - 20) return;
    raster.fillRect(cx + radius + 30, y, 10, 10, PALETTE[i % PALETTE.length]);
    raster.text(
      cx + radius + 48,
      y + 2,
      `${label}: ${data.valueTexts[i] ?? ''}`,
      INK
    );
  });
}

/** The chart as a PNG: its title on top, then columns, a line or a pie with a legend. */
export function chartPng(data: ChartData): Buffer {
  const raster = new Raster(CHART_WIDTH, CHART_HEIGHT, WHITE);
  raster.line(0, 0, CHART_WIDTH - 1, 0, GRID);
  raster.line(0, CHART_HEIGHT - 1, CHART_WIDTH - 1, CHART_HEIGHT - 1, GRID);
  raster.line(0, 0, 0, CHART_HEIGHT - 1, GRID);
  raster.line(CHART_WIDTH - 1, 0, CHART_WIDTH - 1, CHART_HEIGHT - 1, GRID);
  centred(raster, CHART_WIDTH / 2, 16, data.title, INK, CHART_WIDTH - 20, 2);
  if (data.type === 'PIE') drawPie(raster, data);
  else drawSeries(raster, data);
  return encodePng(CHART_WIDTH, CHART_HEIGHT, raster.pixels);
}

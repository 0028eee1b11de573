import {SERVICE} from '../core/service';
import {ApiOf} from '../core/official-types';

/** Where a chart is anchored: a cell and a pixel offset (EmbeddedChartBuilder.setPosition). */
export interface ChartPosition {
  anchorRow: number;
  anchorColumn: number;
  offsetX: number;
  offsetY: number;
}

/** What a chart is made of, `R` being the ranges it draws. */
export interface ChartSpec<R> {
  chartType: string;
  ranges: R[];
  position: ChartPosition;
  options: Record<string, unknown>;
}

export class FakeEmbeddedChart<R> implements ApiOf<
  GoogleAppsScript.Spreadsheet.EmbeddedChart,
  'getChartId' | 'getRanges' | 'modify'
> {
  readonly [SERVICE] = 'SpreadsheetApp.EmbeddedChart';

  constructor(
    readonly chartId: number,
    /** Host: the recorded chart. */
    readonly spec: ChartSpec<R>
  ) {}

  getChartId(): number {
    return this.chartId;
  }

  getRanges(): R[] {
    return [...this.spec.ranges];
  }

  modify(): FakeEmbeddedChartBuilder<R> {
    return new FakeEmbeddedChartBuilder(
      () => this.chartId,
      structuredClone({...this.spec, ranges: []}),
      this.spec.ranges
    );
  }
}

/**
 * Sheet.newChart(): records the type, ranges, position and options. The typed sub-builders
 * (asLineChart()…) are this same builder, with setTitle recorded as the `title` option.
 */
export class FakeEmbeddedChartBuilder<R> implements ApiOf<
  GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder,
  | 'addRange'
  | 'clearRanges'
  | 'removeRange'
  | 'getRanges'
  | 'setChartType'
  | 'setOption'
  | 'setPosition'
  | 'build'
> {
  readonly [SERVICE] = 'SpreadsheetApp.EmbeddedChartBuilder';
  private readonly spec: ChartSpec<R>;

  constructor(
    private readonly newId: () => number,
    spec: ChartSpec<R> = {
      chartType: 'COLUMN',
      ranges: [],
      position: {anchorRow: 1, anchorColumn: 1, offsetX: 0, offsetY: 0},
      options: {},
    },
    ranges: R[] = []
  ) {
    this.spec = {...spec, ranges: [...ranges]};
  }

  addRange(range: R): this {
    this.spec.ranges.push(range);
    return this;
  }

  clearRanges(): this {
    this.spec.ranges = [];
    return this;
  }

  removeRange(range: R): this {
    this.spec.ranges = this.spec.ranges.filter(r => r !== range);
    return this;
  }

  getRanges(): R[] {
    return [...this.spec.ranges];
  }

  setChartType(type: GoogleAppsScript.Charts.ChartType): this {
    this.spec.chartType = String(type);
    return this;
  }

  asAreaChart(): this {
    return this.setChartType('AREA' as never);
  }

  asBarChart(): this {
    return this.setChartType('BAR' as never);
  }

  asColumnChart(): this {
    return this.setChartType('COLUMN' as never);
  }

  asLineChart(): this {
    return this.setChartType('LINE' as never);
  }

  asPieChart(): this {
    return this.setChartType('PIE' as never);
  }

  asTableChart(): this {
    return this.setChartType('TABLE' as never);
  }

  setTitle(chartTitle: string): this {
    return this.setOption('title', chartTitle);
  }

  setOption(option: string, value: unknown): this {
    this.spec.options[option] = value;
    return this;
  }

  setPosition(
    anchorRowPos: number,
    anchorColPos: number,
    offsetX: number,
    offsetY: number
  ): this {
    this.spec.position = {
      anchorRow: anchorRowPos,
      anchorColumn: anchorColPos,
      offsetX,
      offsetY,
    };
    return this;
  }

  build(): FakeEmbeddedChart<R> {
    return new FakeEmbeddedChart(this.newId(), {
      ...this.spec,
      ranges: [...this.spec.ranges],
      options: {...this.spec.options},
    });
  }
}

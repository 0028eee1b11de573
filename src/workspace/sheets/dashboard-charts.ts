// Replaces the charts on the Dashboard tab with the planned ones.
import {ChartPlan} from '../../domain/metrics/dashboard-layout';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type ChartBuilder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;

function typed(builder: ChartBuilder, type: ChartPlan['type']): ChartBuilder {
  switch (type) {
    case 'COLUMN':
      return builder.asColumnChart();
    case 'LINE':
      return builder.asLineChart();
    case 'PIE':
      return builder.asPieChart();
  }
}

/**
 * Replaces the Dashboard's embedded charts with the planned ones: a chart keeps the ranges it was
 * built with, and the tables it draws from change size between rebuilds.
 */
export function replaceCharts(sheet: Sheet, plans: readonly ChartPlan[]): void {
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  for (const plan of plans) {
    const builder = typed(sheet.newChart(), plan.type);
    for (const r of plan.ranges)
      builder.addRange(sheet.getRange(r.row, r.column, r.rows, r.columns));
    sheet.insertChart(
      builder
        .setOption('title', plan.title)
        .setPosition(plan.anchorRow, plan.anchorColumn, 0, 0)
        .build()
    );
  }
}

// The Dashboard tab: its cells written when they change, its formats and charts when their plan does.
import {
  CHART_EXTENT,
  ChartPlan,
  dashboardLayout,
} from '../../domain/metrics/dashboard-layout';
import {fingerprintOf} from '../../domain/metrics/fingerprint';
import {
  leaderboardOf,
  recurringAssets,
  recurringRooms,
} from '../../domain/metrics/leader-figures';
import {LEADER_TAB} from '../../domain/metrics/tabs';
import {addDays} from '../../domain/school-time/local-time';
import {localMidnightMs} from '../../domain/school-time/zoned-dates';
import {replaceCharts} from '../../workspace/sheets/dashboard-charts';
import {
  replaceTable,
  sheetNamed,
  writeCells,
} from '../../workspace/sheets/output-table';
import {applySheetFormat} from '../../workspace/sheets/sheet-format';
import {Figures, RECURRING_DAYS} from './figures';
import {TabLayouts} from './tab-layout';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const RECENT_RECOGNITIONS = 10;

/** Rows and columns the Dashboard keeps for its charts, each about 7 columns by 18 rows. */
function chartRoom(charts: readonly ChartPlan[]): {
  rows: number;
  columns: number;
} {
  return {
    rows: Math.max(0, ...charts.map(c => c.anchorRow + CHART_EXTENT.rows)),
    columns: Math.max(
      0,
      ...charts.map(c => c.anchorColumn + CHART_EXTENT.columns)
    ),
  };
}

/**
 * Writes the Dashboard unless its cells are what the last run wrote (`written`, a fingerprint;
 * none after a full read) and its look is current. Returns the cells' fingerprint.
 */
export function writeDashboard(
  ss: Spreadsheet,
  figures: Figures,
  layouts: TabLayouts,
  written: string | undefined
): string {
  const {recent, thisWeek, offset, today, badges, reference} = figures;
  const since = addDays(today, -RECURRING_DAYS);
  const names = new Map(reference.techs.map(t => [t.email, t.name]));
  const badgeCounts = new Map<string, number>();
  for (const b of badges)
    badgeCounts.set(b.techEmail, (badgeCounts.get(b.techEmail) ?? 0) + 1);
  const recentBadges = [...badges].reverse().slice(0, RECENT_RECOGNITIONS);
  const layout = dashboardLayout({
    deskName: reference.config.deskName,
    today,
    thisWeek,
    lastWeek: figures.lastWeek,
    weeks: figures.trend,
    weekDates: figures.trend.map(
      w => new Date(localMidnightMs(w.weekStart, offset))
    ),
    categories: [...figures.categories]
      .sort(([a, n], [b, m]) => m - n || a.localeCompare(b))
      .map(([label, n]) => ({label, tickets: n})),
    rooms: recurringRooms(recent, since),
    assets: recurringAssets(recent, since),
    leaderboard: leaderboardOf(
      figures.records,
      thisWeek.weekStart,
      names,
      badgeCounts
    ),
    recognitions: recentBadges,
    recognitionDates: recentBadges.map(b => new Date(b.earnedMs)),
    years: figures.years,
    articles: figures.articles,
  });
  const sheet = sheetNamed(ss, LEADER_TAB.dashboard);
  const room = chartRoom(layout.charts);
  const size = [layout.cells.length, layout.cells[0]?.length ?? 0];
  const print = fingerprintOf(layout.cells);
  // Charts keep the ranges they were built with: the same plan draws the new figures in place.
  const look = {format: layout.format, charts: layout.charts, room, size};
  if (layouts.isCurrent(sheet, look)) {
    if (print !== written) writeCells(sheet, layout.cells);
    return print;
  }
  replaceTable(sheet, layout.cells, room);
  layouts.applyOnce(sheet, look, () => {
    applySheetFormat(sheet, layout.format, true);
    replaceCharts(sheet, layout.charts);
  });
  return print;
}

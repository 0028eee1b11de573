// The Metrics and Daily tabs kept in place: a full read rewrites what differs, a window run its own rows.
import {
  DAILY_FORMATS,
  DAILY_HEADERS,
  dailyRows,
} from '../../domain/metrics/daily-metrics';
import {windowDailyStart} from '../../domain/metrics/ledger-summary';
import {fingerprintOf} from '../../domain/metrics/fingerprint';
import {
  METRICS_FORMATS,
  METRICS_HEADERS,
  metricsTable,
} from '../../domain/metrics/metrics-table';
import {formattedRows} from '../../domain/metrics/presentation/sheet-format';
import {LEADER_TAB} from '../../domain/metrics/tabs';
import {daysBetween} from '../../domain/school-time/local-time';
import {UtcOffset} from '../../domain/school-time/zoned-dates';
import {CellValue} from '../../domain/tickets/ticket-row';
import {replaceTable, sheetNamed} from '../../workspace/sheets/output-table';
import {updateTable, writeRowsAt} from '../../workspace/sheets/table-update';
import {LedgerView} from './ledger-window';
import {TabLayouts} from './tab-layout';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Brings the Metrics tab up to date: one row per ticket, the settled tickets' first and the
 * window's after them, each part in ledger order (Looker reads the rows in any order; keeping the
 * window's rows together makes an hourly run's writes one block, not one per weeks-old open
 * ticket). A full read reads the tab back and writes only the rows that differ, correcting a
 * person's edit, sort or deletion there; a window run writes those of its tickets' rows whose
 * figures changed since written (the settled tickets' rows stay as written). Returns the window's rows' fingerprints by row, for the next run.
 */
export function updateMetricsTab(
  ss: Spreadsheet,
  view: LedgerView,
  offset: UtcOffset,
  layouts: TabLayouts
): Record<string, string> {
  const metrics = sheetNamed(ss, LEADER_TAB.metrics);
  layouts.formatTable(
    metrics,
    METRICS_HEADERS.map(h => METRICS_FORMATS[h]),
    view.metricsRows
  );
  if (view.all) {
    const inWindow = new Set(view.window);
    const settled = view.all.filter(t => !inWindow.has(t));
    const rows = [
      [...METRICS_HEADERS],
      ...metricsTable([...settled, ...view.window], offset),
    ];
    updateTable(metrics, rows, formattedRows(rows.length - 1) + 1);
  }
  const values = metricsTable(view.window, offset);
  const prints: Record<string, string> = Object.fromEntries(
    view.metricsRowOf.map((row, i) => [row, fingerprintOf(values[i])])
  );
  if (!view.all)
    writeRowsAt(
      metrics,
      view.metricsRowOf.flatMap((row, i) =>
        view.written?.metrics[row] === prints[row]
          ? []
          : [{row, values: values[i]}]
      )
    );
  return prints;
}

/**
 * Brings the Daily tab up to date: whole on a full read; else only the window's days, which
 * follow the settled days' rows (one per date and campus) unchanged, and only when they differ
 * from what the last run wrote. Returns the window's days' fingerprint, for the next run.
 */
export function updateDailyTab(
  ss: Spreadsheet,
  view: LedgerView,
  today: string,
  offset: UtcOffset,
  layouts: TabLayouts
): string {
  const daily = sheetNamed(ss, LEADER_TAB.daily);
  const start = windowDailyStart(view.summary);
  const recent: CellValue[][] = start
    ? dailyRows(view.window, start, today, offset).rows
    : [];
  const before =
    start && view.summary.daily
      ? daysBetween(view.summary.daily.first, start.from) *
        start.campuses.length
      : 0;
  const dataRows = before + recent.length;
  layouts.formatTable(
    daily,
    DAILY_HEADERS.map(h => DAILY_FORMATS[h]),
    dataRows
  );
  const print = fingerprintOf([before, recent]);
  if (view.all)
    replaceTable(
      daily,
      [[...DAILY_HEADERS], ...(view.dailyBefore ?? []), ...recent],
      {rows: formattedRows(dataRows) + 1, columns: 0}
    );
  else if (view.written?.daily !== print)
    writeRowsAt(
      daily,
      recent.map((values, i) => ({row: before + 2 + i, values}))
    );
  return print;
}

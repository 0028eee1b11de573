// The Metrics tab kept in place: closed tickets' rows written once, then only the rows that change.
import {
  METRICS_FORMATS,
  METRICS_HEADERS,
  metricsTable,
} from '../../domain/metrics/metrics-table';
import {tableFormat} from '../../domain/metrics/presentation/sheet-format';
import {
  blockFingerprints,
  parseBlocks,
  serialiseBlocks,
  trustedBlocks,
} from '../../domain/metrics/table-blocks';
import {TicketMetrics} from '../../domain/metrics/ticket-metrics';
import {LEADER_TAB} from '../../domain/metrics/tabs';
import {UtcOffset} from '../../domain/school-time/zoned-dates';
import {
  deleteScriptProperty,
  PROPERTY,
  scriptProperty,
  setScriptProperty,
} from '../../workspace/services/properties';
import {sheetNamed} from '../../workspace/sheets/output-table';
import {applySheetFormat} from '../../workspace/sheets/sheet-format';
import {updateTable} from '../../workspace/sheets/table-update';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Brings the Metrics tab up to date. Blocks of rows whose figures are what the last update
 * recorded today are neither read nor written; the others are read back and only differing rows
 * written. `full` (the menu's rebuild), like each day's first update, reads every row, so a
 * person's edit or sort there is corrected by the next day at the latest; a row added or deleted
 * there is noticed at once (the tab's length no longer matches). The record is written last: an update
 * stopped part-way leaves the old one, whose blocks no longer match and are read again.
 */
export function updateMetricsTab(
  ss: Spreadsheet,
  tickets: readonly TicketMetrics[],
  offset: UtcOffset,
  today: string,
  full: boolean
): void {
  const metrics = sheetNamed(ss, LEADER_TAB.metrics);
  const rows = [[...METRICS_HEADERS], ...metricsTable(tickets, offset)];
  const prints = blockFingerprints(rows);
  const width = METRICS_HEADERS.length;
  const trusted = full
    ? new Set<number>()
    : trustedBlocks(
        parseBlocks(scriptProperty(PROPERTY.metricsBlocks)),
        {today, width, rows: metrics.getLastRow()},
        prints
      );
  updateTable(metrics, rows, trusted);
  applySheetFormat(
    metrics,
    tableFormat(
      METRICS_HEADERS.map(h => METRICS_FORMATS[h]),
      rows.length - 1
    )
  );
  const record = serialiseBlocks({
    day: today,
    width,
    rows: rows.length,
    blocks: prints,
  });
  if (record) setScriptProperty(PROPERTY.metricsBlocks, record);
  else deleteScriptProperty(PROPERTY.metricsBlocks);
}

// Menu item "Open in Looker Studio": a dialog linking to a new report on the Metrics tab.
import {lookerStudioUrl} from '../../domain/metrics/looker-link';
import {LEADER_TAB} from '../../domain/metrics/tabs';
import {escapeHtml} from '../../domain/text';
import {activeSpreadsheet} from '../../workspace/sheets/spreadsheet';
import {showDialog} from '../../workspace/sheets/ui';
import {rebuildMetrics} from './metrics';

/** Menu item "Open in Looker Studio": a link that opens a new report on the Metrics tab. */
export function openLookerStudio(): void {
  const ss = activeSpreadsheet();
  if (!ss.getSheetByName(LEADER_TAB.metrics)) rebuildMetrics();
  const metrics = ss.getSheetByName(LEADER_TAB.metrics);
  if (!metrics) return;
  const url = lookerStudioUrl({
    spreadsheetId: ss.getId(),
    sheetId: metrics.getSheetId(),
    reportName: `${ss.getName()} metrics`,
  });
  showDialog(
    `<div style="font-family: sans-serif"><p>Open a new Looker Studio report on the Metrics tab (one row per ticket, rebuilt hourly):</p><p><a href="${escapeHtml(url)}" target="_blank">Open in Looker Studio</a></p><p>Save the report once; it reads the tab each time it opens.</p></div>`,
    'Peer Desk in Looker Studio'
  );
}

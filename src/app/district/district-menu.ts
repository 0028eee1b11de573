// The district edition's menu items: "Send figures to the district" and its Looker Studio report.
import {LEADER_TAB} from '../../domain/metrics/tabs';
import {DISTRICT_KEY} from '../../domain/district/district-settings';
import {DISTRICT_TABLES} from '../../domain/district/district-tables';
import {lookerStudioBigQueryUrl} from '../../domain/metrics/looker-link';
import {escapeHtml} from '../../domain/text';
import {bigQueryAvailable} from '../../workspace/services/bigquery';
import {activeSpreadsheet} from '../../workspace/sheets/spreadsheet';
import {showDialog, toast} from '../../workspace/sheets/ui';
import {rebuildMetrics} from '../metrics/metrics';
import {loadSnapshot, referenceOf} from '../setup/snapshot';
import {sendFigures} from './send-figures';
import {ownerMayAct} from '../setup/owner';

const TITLE = 'Peer Desk district';

function dialog(html: string): void {
  showDialog(`<div style="font-family: sans-serif">${html}</div>`, TITLE);
}

/** The district target from Config, or a dialog saying what is missing. */
function districtTarget() {
  const ss = activeSpreadsheet();
  if (!bigQueryAvailable()) {
    dialog(
      '<p>This desk is the school edition. Sending figures to a district needs the district edition, which the district deploys (docs/using.md: District).</p>'
    );
    return undefined;
  }
  const snapshot = loadSnapshot(ss);
  const reference = referenceOf(snapshot);
  const timeZone = snapshot.timeZone;
  if (!reference.district) {
    const keys = Object.values(DISTRICT_KEY)
      .map(k => `<b>${escapeHtml(k)}</b>`)
      .join(', ');
    const problems = reference.problems
      .filter(p => Object.values(DISTRICT_KEY).some(k => p.includes(k)))
      .map(p => `<li>${escapeHtml(p)}</li>`)
      .join('');
    dialog(
      `<p>Fill in ${keys} on the Config tab first, as the district gave them to you.</p>${problems === '' ? '' : `<ul>${problems}</ul>`}`
    );
    return undefined;
  }
  return {ss, timeZone, reference, target: reference.district};
}

/** Menu item "Send figures to the district": this school's Metrics and Daily rows, replacing its last send. */
export function sendFiguresToDistrict(): void {
  if (!ownerMayAct('send figures to the district')) return;
  const found = districtTarget();
  if (!found) return;
  const {ss, timeZone, reference, target} = found;
  if (!ss.getSheetByName(LEADER_TAB.metrics)) rebuildMetrics();
  const sent = sendFigures(ss, reference, target, timeZone);
  toast(
    ss,
    `Sent ${sent.metrics ?? 0} ticket rows and ${sent.daily ?? 0} daily rows to ${target.projectId}:${target.datasetId} as school ${target.schoolId}.`,
    TITLE
  );
}

/** Menu item "Open district report in Looker Studio": new reports on the district's BigQuery tables. */
export function openDistrictReport(): void {
  const found = districtTarget();
  if (!found) return;
  const {projectId, datasetId} = found.target;
  const links = DISTRICT_TABLES.map(table => {
    const url = lookerStudioBigQueryUrl({
      projectId,
      datasetId,
      tableId: table.tableId,
      reportName: `District ${table.tableId}`,
    });
    return `<li><a href="${escapeHtml(url)}" target="_blank">${escapeHtml(table.tab)}: every school's rows</a></li>`;
  }).join('');
  dialog(
    `<p>Open a new Looker Studio report on the district's BigQuery tables (${escapeHtml(`${projectId}:${datasetId}`)}), one row per school and ticket or per school, date and campus:</p><ul>${links}</ul><p>Save the report once; it reads the tables each time it opens.</p>`
  );
}

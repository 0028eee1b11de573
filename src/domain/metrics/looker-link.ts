// Looker Studio Linking API URLs that open a new report on one tab of the spreadsheet or one BigQuery table.

const CREATE = 'https://lookerstudio.google.com/reporting/create';

/** A Linking API URL from its parameters, in order (platform.md: Looker Studio). */
function linkingApiUrl(params: readonly (readonly [string, string])[]): string {
  return `${CREATE}?${params
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&')}`;
}

/**
 * A new report on one tab of the spreadsheet (platform.md: Looker Studio;
 * https://developers.google.com/looker-studio/integrate/linking-api).
 */
export function lookerStudioUrl(input: {
  spreadsheetId: string;
  sheetId: number;
  reportName: string;
}): string {
  return linkingApiUrl([
    ['c.mode', 'edit'],
    ['ds.ds0.connector', 'googleSheets'],
    ['ds.ds0.spreadsheetId', input.spreadsheetId],
    ['ds.ds0.worksheetId', String(input.sheetId)],
    ['ds.ds0.hasHeader', 'true'],
    ['r.reportName', input.reportName],
  ]);
}

/** A new report on one BigQuery table, read directly by Looker Studio's BigQuery connector. */
export function lookerStudioBigQueryUrl(input: {
  projectId: string;
  datasetId: string;
  tableId: string;
  reportName: string;
}): string {
  return linkingApiUrl([
    ['c.mode', 'edit'],
    ['ds.ds0.connector', 'bigQuery'],
    ['ds.ds0.type', 'TABLE'],
    ['ds.ds0.projectId', input.projectId],
    ['ds.ds0.datasetId', input.datasetId],
    ['ds.ds0.tableId', input.tableId],
    ['r.reportName', input.reportName],
  ]);
}

/**
 * The Looker Studio Linking API URL that opens a new report on one tab of the spreadsheet
 * (platform.md: Looker Studio; https://developers.google.com/looker-studio/integrate/linking-api).
 */
export function lookerStudioUrl(input: {
  spreadsheetId: string;
  sheetId: number;
  reportName: string;
}): string {
  const params = [
    ['c.mode', 'edit'],
    ['ds.ds0.connector', 'googleSheets'],
    ['ds.ds0.spreadsheetId', input.spreadsheetId],
    ['ds.ds0.worksheetId', String(input.sheetId)],
    ['ds.ds0.hasHeader', 'true'],
    ['r.reportName', input.reportName],
  ];
  return `https://lookerstudio.google.com/reporting/create?${params
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&')}`;
}

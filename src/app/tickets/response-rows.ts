// The response sheet's rows as answers with their dedupe keys, from one read of the sheet.
import {
  answersFrom,
  FormAnswers,
  RESPONSE_COLUMN,
  responseKey,
  withStoredMoment,
} from '../../domain/tickets/intake-form';
import {responseSheet} from '../../workspace/services/response-sheet';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface ResponseRows {
  readonly sheet: Sheet;
  /** In sheet order, from row 2. */
  readonly rows: readonly {answers: FormAnswers; key: string}[];
}

/**
 * Found by the sheet, not its name, and read by header: a coordinator may rename the tab or insert
 * columns, and Google keeps writing each answer under its question (platform.md). Keys use the
 * stored moment, as intake does, whatever format the Timestamp column shows.
 */
export function readResponseRows(ss: Spreadsheet): ResponseRows | undefined {
  const sheet = responseSheet(ss);
  if (!sheet || sheet.getLastRow() < 2) return undefined;
  const range = sheet.getDataRange();
  const [headers, ...rows] = range.getDisplayValues();
  const stampColumn = headers.indexOf(RESPONSE_COLUMN.timestamp);
  const stamps = range
    .getValues()
    .slice(1)
    .map(row => row[stampColumn]);
  return {
    sheet,
    rows: rows.map((row, r) => {
      const named = Object.fromEntries(
        headers.map((h, i) => [h, [row[i] ?? '']])
      );
      const answers = withStoredMoment(answersFrom(named), stamps[r]);
      return {answers, key: responseKey(answers)};
    }),
  };
}

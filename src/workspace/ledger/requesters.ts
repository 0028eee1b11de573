// The Requesters tab: each requester's notification preference, one row per requester who chose one.
import {REQUESTER_HEADERS} from '../../domain/requesters/tabs';
import {TAB} from '../../domain/setup/workbook';
import {
  Preference,
  PREFERENCE_WORDS,
  preferenceFrom,
} from '../../domain/requesters/preference';
import {requesterKey} from '../../domain/requesters/requester-link';
import {toCells} from '../sheets/cells';
import {ensureTab} from '../sheets/sheet-setup';
import {appendRows, columnsOf, readHeaders} from '../sheets/table';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Every requester's choice by address (a small tab: only those who chose); none before the tab exists. */
export function requesterPreferences(ss: Spreadsheet): Map<string, Preference> {
  const sheet = ss.getSheetByName(TAB.requesters);
  const preferences = new Map<string, Preference>();
  if (!sheet) return preferences;
  // The data range in one read: a tab with only its header row gives that row alone.
  const [headers = [], ...rows] = sheet.getDataRange().getValues();
  const columns = columnsOf(headers.map(h => String(h).trim()));
  const who = (columns.get('Requester') ?? 1) - 1;
  const choice = (columns.get('Notifications') ?? 2) - 1;
  for (const row of rows) {
    const address = requesterKey(String(row[who] ?? ''));
    if (address !== '')
      preferences.set(address, preferenceFrom(String(row[choice] ?? '')));
  }
  return preferences;
}

/** One requester's choice, from one read of the small tab. */
export function requesterPreference(
  ss: Spreadsheet,
  requester: string
): Preference | undefined {
  return requesterPreferences(ss).get(requesterKey(requester));
}

function rowOf(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  requester: string
): number | undefined {
  const columns = columnsOf(readHeaders(sheet));
  return sheet
    .getRange(2, columns.get('Requester') ?? 1, sheet.getLastRow() - 1, 1)
    .createTextFinder(requesterKey(requester))
    .matchEntireCell(true)
    .findNext()
    ?.getRow();
}

/** Records a requester's choice (the tab is made if a desk set up before it has none). Call under the script lock. */
export function setRequesterPreference(
  ss: Spreadsheet,
  requester: string,
  preference: Preference,
  now: Date
): void {
  const {sheet, headers} = ensureTab(ss, TAB.requesters, REQUESTER_HEADERS);
  const columns = columnsOf(headers);
  const values: Record<string, string | Date> = {
    Requester: requesterKey(requester),
    Notifications: PREFERENCE_WORDS[preference],
    Updated: now,
  };
  const existing = sheet.getLastRow() < 2 ? undefined : rowOf(sheet, requester);
  if (existing === undefined) {
    const row = headers.map(header => values[header] ?? '');
    appendRows(sheet, [row]);
    return;
  }
  for (const field of ['Notifications', 'Updated'] as const)
    sheet
      .getRange(existing, columns.get(field) ?? 1)
      .setValue(toCells([values[field]])[0]);
}

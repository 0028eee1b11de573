import {ActivityEntry, activityRow} from '../domain/activity';
import {TAB} from '../domain/tabs';
import {requireSheet} from './spreadsheet';
import {appendRows} from './table';

/** Appends to the Activity tab: one call for one entry. */
export function appendActivity(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  entries: readonly ActivityEntry[]
): void {
  appendRows(requireSheet(ss, TAB.activity), entries.map(activityRow));
}

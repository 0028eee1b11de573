// The problems the desk's checks found, shown where the coordinator will see them: the Check list on Config.
import {
  CHECK_LIST_COLUMN,
  CHECK_LIST_HEADER,
  CHECK_LIST_WIDTH,
  checkListItems,
} from '../../domain/configuration/check-list';
import {TAB} from '../../domain/setup/workbook';
import {writeListColumn} from '../../workspace/sheets/list-column';
import {requireSheet} from '../../workspace/sheets/spreadsheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** What a toast of problems ends with: where they stay listed. */
export const CHECKS_ON_CONFIG = `Listed on Config under ${CHECK_LIST_HEADER} until fixed.`;

/** Rewrites Config's Check list with `problems` (a toast fades; the list stays until fixed). */
export function showChecks(ss: Spreadsheet, problems: readonly string[]): void {
  writeListColumn(
    requireSheet(ss, TAB.config),
    {
      column: CHECK_LIST_COLUMN,
      header: CHECK_LIST_HEADER,
      width: CHECK_LIST_WIDTH,
    },
    checkListItems(problems)
  );
}

// The edit trigger's handler for the configuration tabs: the settings cache re-read at once.
import {TAB} from '../../domain/setup/workbook';
import {activeSpreadsheet} from '../../workspace/sheets/spreadsheet';
import {toast} from '../../workspace/sheets/ui';
import {CHECKS_ON_CONFIG, showChecks} from './check-list';
import {refreshAssigneeDropdown} from './setup';
import {forgetSnapshot, readSnapshot, referenceOf} from './snapshot';

/**
 * The coordinator changed a configuration tab: re-read it at once, and say what is wrong right
 * away rather than at the next setup (the desk keeps working on the defaults it names).
 */
export function reloadConfiguration(tab: string): void {
  forgetSnapshot();
  const ss = activeSpreadsheet();
  if (tab === TAB.techs) refreshAssigneeDropdown(ss);
  const {problems} = referenceOf(readSnapshot(ss));
  showChecks(ss, problems);
  if (problems.length > 0) {
    toast(
      ss,
      [...problems.map(problem => `Check: ${problem}`), CHECKS_ON_CONFIG].join(
        '\n'
      ),
      'Peer Desk configuration'
    );
  }
}

// The edit trigger's handler for the Training tab: its typos named at once, as a settings tab's are.
import {trainingProblems} from '../../domain/credentials/training-checks';
import {TAB} from '../../domain/setup/workbook';
import {activeSpreadsheet} from '../../workspace/sheets/spreadsheet';
import {readRecords} from '../../workspace/sheets/table';
import {toast} from '../../workspace/sheets/ui';
import {loadSnapshot, referenceOf} from '../setup/snapshot';

/**
 * A mentor or the coordinator changed the Training tab: every row checked against Config's
 * categories, and what is wrong said at once (the scenario stays as typed).
 */
export function checkTraining(): void {
  const ss = activeSpreadsheet();
  const sheet = ss.getSheetByName(TAB.training);
  if (!sheet) return;
  const snapshot = loadSnapshot(ss);
  const problems = trainingProblems(
    readRecords(sheet, snapshot.timeZone).map(r => ({
      scenario: r.Scenario ?? '',
      category: r.Category ?? '',
      summary: r.Summary ?? '',
    })),
    referenceOf(snapshot).config.categories
  );
  if (problems.length > 0)
    toast(
      ss,
      problems.map(problem => `Check: ${problem}`).join('\n'),
      'Peer Desk Training tab'
    );
}

// Rebuilds the Coverage tab: the next two weeks of bell periods, their gaps, and duty hours.
import {
  COVERAGE_HEADERS,
  coverageView,
} from '../../domain/availability/coverage';
import {DutyReference} from '../../domain/availability/duty-periods';
import {COVERAGE_TAB} from '../../domain/availability/tabs';
import {Reference} from '../../domain/settings/reference';
import {
  PROPERTY,
  scriptProperty,
  setScriptProperty,
} from '../../workspace/services/properties';
import {ScriptNow, scriptNow} from '../../workspace/services/script-clock';
import {
  boldHeaderRows,
  replaceTable,
  sheetNamed,
} from '../../workspace/sheets/output-table';
import {activeSpreadsheet} from '../../workspace/sheets/spreadsheet';
import {toast} from '../../workspace/sheets/ui';
import {loadSnapshot, referenceOf} from '../setup/snapshot';
import {ownerMayAct} from '../setup/owner';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function dutyReference(reference: Reference): DutyReference {
  return {...reference, noSchoolDays: reference.sla.noSchoolDays};
}

/** Writes the Coverage tab in one call; returns how many periods have a gap. */
function writeCoverage(
  ss: Spreadsheet,
  reference: Reference,
  today: string
): number {
  const view = coverageView(dutyReference(reference), today);
  const sheet = sheetNamed(ss, COVERAGE_TAB);
  replaceTable(sheet, view.cells);
  boldHeaderRows(
    sheet,
    view.headerRows,
    view.cells.length,
    COVERAGE_HEADERS.length
  );
  return view.gaps;
}

/** The hourly run's part: the Coverage tab rebuilt once a day, the first run of the date. */
export function rebuildCoverageDaily(
  ss: Spreadsheet,
  reference: Reference,
  clock: ScriptNow
): void {
  const today = clock.local.date;
  if (scriptProperty(PROPERTY.coverageDate) === today) return;
  writeCoverage(ss, reference, today);
  setScriptProperty(PROPERTY.coverageDate, today);
}

/** Menu item "Rebuild coverage": the Coverage tab now, after a Rota or Leave change. */
export function rebuildCoverage(): void {
  if (!ownerMayAct('rebuild the coverage view')) return;
  const ss = activeSpreadsheet();
  const snapshot = loadSnapshot(ss);
  const clock = scriptNow(snapshot.timeZone);
  const gaps = writeCoverage(ss, referenceOf(snapshot), clock.local.date);
  toast(
    ss,
    gaps > 0
      ? `Coverage rebuilt: ${gaps === 1 ? '1 period' : `${gaps} periods`} in the next two weeks ${gaps === 1 ? 'has' : 'have'} a category nobody on duty can take.`
      : 'Coverage rebuilt: every period in the next two weeks has someone skilled on duty.',
    'Peer Desk coverage'
  );
}

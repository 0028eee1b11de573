// Menu item "Load example school": fills Config, Techs, Schedule, Rota and Knowledge Base tabs.
import {
  EXAMPLE_CONFIG,
  EXAMPLE_KNOWLEDGE_BASE,
  EXAMPLE_ROTA,
  EXAMPLE_SCHEDULE,
  EXAMPLE_TECHS,
} from '../../domain/settings/example-school';
import {intakeFormSpec} from '../../domain/tickets/intake-form';
import {buildReference} from '../../domain/settings/reference';
import {TAB, TabName} from '../../domain/setup/workbook';
import {ensureIntakeForm} from '../../workspace/services/intake-form';
import {
  activeSpreadsheet,
  requireSheet,
} from '../../workspace/sheets/spreadsheet';
import {appendRows, updateKeyedValues} from '../../workspace/sheets/table';
import {toast} from '../../workspace/sheets/ui';
import {readSnapshot} from './snapshot';
import {refreshAssigneeDropdown} from './setup';
import {ownerMayAct} from './owner';
import {showChecks} from './check-list';

const EXAMPLE_TABS: readonly [TabName, readonly (readonly string[])[]][] = [
  [TAB.techs, EXAMPLE_TECHS],
  [TAB.schedule, EXAMPLE_SCHEDULE],
  [TAB.rota, EXAMPLE_ROTA],
  [TAB.knowledgeBase, EXAMPLE_KNOWLEDGE_BASE],
];

/**
 * "Load example school": fills Techs, Schedule, Rota and Knowledge Base when they are empty and
 * sets the example's Config values, so a new coordinator sees the desk work at once. Tabs that
 * already hold data are left alone. Returns the report it shows.
 */
export function loadExampleSchool(): string {
  if (!ownerMayAct('load the example school')) return 'Refused.';
  const ss = activeSpreadsheet();
  const filled: string[] = [];
  const skipped: string[] = [];
  for (const [tab, rows] of EXAMPLE_TABS) {
    const sheet = requireSheet(ss, tab);
    if (sheet.getLastRow() > 1) {
      skipped.push(tab);
      continue;
    }
    appendRows(sheet, rows);
    filled.push(tab);
  }
  if (filled.length > 0)
    updateKeyedValues(requireSheet(ss, TAB.config), EXAMPLE_CONFIG);
  const snapshot = readSnapshot(ss);
  refreshAssigneeDropdown(ss);
  const reference = buildReference(snapshot.rows);
  showChecks(ss, reference.problems);
  ensureIntakeForm(
    ss,
    intakeFormSpec(reference.config, reference.catalogue.languages)
  );
  const report = [
    filled.length > 0
      ? `Example school loaded into ${filled.join(', ')}.`
      : 'Nothing loaded.',
    ...(skipped.length > 0
      ? [`Left alone because they already hold data: ${skipped.join(', ')}.`]
      : []),
  ].join('\n');
  toast(ss, report, 'Peer Desk example school');
  return report;
}

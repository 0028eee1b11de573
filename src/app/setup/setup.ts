// Desk setup: records the owner, creates the tabs, the intake form, dropdowns and triggers, and
// shows the time zone.
import {CONFIG_KEY} from '../../domain/configuration/config';
import {CONFIG_DEFAULTS} from '../../domain/settings/config-rows';
import {intakeFormSpec} from '../../domain/tickets/intake-form';
import {buildReference, Reference} from '../../domain/settings/reference';
import {ColumnDropdown} from '../../domain/configuration/dropdown';
import {
  COLUMN_LOOKS,
  DATE_COLUMNS,
  DROPDOWNS,
  RESPONSE_TAB,
  SPARE_ROWS,
  TAB,
  TAB_HEADERS,
  TAB_USE_ORDER,
  TabName,
} from '../../domain/setup/workbook';
import {
  ASSIGNEE_DROPDOWN,
  SYSTEM_TICKET_FIELDS,
} from '../../domain/tickets/tabs';
import {TRAINING_HEADERS} from '../../domain/credentials/tabs';
import {DEFAULT_ROLES, roleRow} from '../../domain/team/roles';
import {ensureIntakeForm} from '../../workspace/services/intake-form';
import {
  deleteStraySheet1,
  ensureTab,
  layColumnLooks,
  orderTabs,
  protectWarningOnly,
  removeEmptyFirstTab,
  setDateValidation,
  setListValidation,
  TabRepair,
} from '../../workspace/sheets/sheet-setup';
import {
  activeSpreadsheet,
  requireSheet,
} from '../../workspace/sheets/spreadsheet';
import {
  deleteScriptProperty,
  PROPERTY,
} from '../../workspace/services/properties';
import {
  appendRows,
  columnsOf,
  updateKeyedValues,
} from '../../workspace/sheets/table';
import {shrinkGrid} from '../../workspace/sheets/grid-size';
import {ensureTrigger} from '../../workspace/services/triggers';
import {responseSheet} from '../../workspace/services/response-sheet';
import {layOutTickets} from '../../workspace/ledger/ticket-sheet-layout';
import {chatOffState} from '../../workspace/services/chat';
import {toast} from '../../workspace/sheets/ui';
import {forgetSnapshot, readSnapshot} from './snapshot';
import {CHECKS_ON_CONFIG, showChecks} from './check-list';
import {SEED_SCENARIOS} from '../../domain/credentials/practice';
import {HANDLER} from './handlers';
import {ownerMayAct, reportStrayTriggers} from './owner';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const TAB_ORDER: readonly TabName[] = [
  TAB.tickets,
  TAB.techs,
  TAB.schedule,
  TAB.rota,
  TAB.config,
  TAB.activity,
  TAB.knowledgeBase,
  TAB.outbox,
  TAB.translations,
  TAB.training,
  TAB.leave,
  TAB.roles,
  TAB.devices,
  TAB.loans,
];

/** A new Training tab starts with common school cases to practise on. */
function seedScenarios(sheet: GoogleAppsScript.Spreadsheet.Sheet): void {
  appendRows(
    sheet,
    SEED_SCENARIOS.map(scenario => TRAINING_HEADERS.map(h => scenario[h]))
  );
}

/** A Roles tab with no roles gets the programme's published ones; edited roles are kept. */
function seedRoles(ss: Spreadsheet): number {
  const sheet = requireSheet(ss, TAB.roles);
  if (sheet.getLastRow() > 1) return 0;
  appendRows(sheet, DEFAULT_ROLES.map(roleRow));
  return DEFAULT_ROLES.length;
}

function addMissingConfig(ss: Spreadsheet): number {
  const present = new Set(readSnapshot(ss).rows.config.map(row => row.Key));
  const missing = CONFIG_DEFAULTS.filter(row => !present.has(row.key));
  appendRows(
    requireSheet(ss, TAB.config),
    missing.map(row => [row.key, row.value, row.description])
  );
  return missing.length;
}

interface Zones {
  /** The spreadsheet's zone (File → Settings): the desk follows it. */
  readonly spreadsheet: string;
  /** The script's zone (appsscript.json `timeZone`): only the execution log's times use it. */
  readonly script: string;
}

/** Config's Time Zone row shows the spreadsheet's zone, which the desk follows. */
function showTimeZone(ss: Spreadsheet): Zones {
  const spreadsheet = ss.getSpreadsheetTimeZone();
  updateKeyedValues(requireSheet(ss, TAB.config), {
    [CONFIG_KEY.timeZone]: spreadsheet,
  });
  return {spreadsheet, script: Session.getScriptTimeZone()};
}

/** Setup repeats that Chat is off until the coordinator connects a working webhook. */
function chatOffLines(): string[] {
  const off = chatOffState();
  return off
    ? [
        `Check: Google Chat has refused the desk's webhook since ${off.since} (${off.reason}); every notice goes by email. Reconnect with Peer Desk › Connect Google Chat.`,
      ]
    : [];
}

function scriptZoneDiffers(zones: Zones): string {
  return `the script's time zone (${zones.script}, from appsscript.json) differs from the spreadsheet's (${zones.spreadsheet}). Peer Desk follows the spreadsheet's, so bells, due times and the digest are right; set "timeZone" in appsscript.json to ${zones.spreadsheet} and deploy again so the execution log shows the same times.`;
}

/** The values a dropdown offers: its own list, or one read from the settings. */
function dropdownValues(
  dropdown: ColumnDropdown,
  reference: Reference
): readonly string[] {
  if (typeof dropdown.values !== 'string') return dropdown.values;
  switch (dropdown.values) {
    case 'categories from Config':
      return reference.config.categories;
    case 'active techs by name':
      return reference.techs.filter(tech => tech.active).map(tech => tech.name);
    case 'techs by email':
      return reference.techs.map(tech => tech.email);
  }
}

function layDropdown(
  sheet: Sheet,
  headers: readonly string[],
  dropdown: ColumnDropdown,
  reference: Reference
): void {
  const column = columnsOf(headers).get(dropdown.header);
  if (column)
    setListValidation(
      sheet,
      column,
      dropdownValues(dropdown, reference),
      dropdown.help
    );
}

/** The Assignee dropdown follows the Techs tab: refreshed whenever Techs changes. */
export function refreshAssigneeDropdown(ss: Spreadsheet): void {
  const snapshot = readSnapshot(ss);
  layDropdown(
    requireSheet(ss, TAB.tickets),
    snapshot.ticketHeaders,
    ASSIGNEE_DROPDOWN,
    buildReference(snapshot.rows)
  );
}

/** Every capability's dropdowns (DROPDOWNS) and date checks (DATE_COLUMNS), laid on the tabs just repaired. */
function addDropdowns(ss: Spreadsheet, repairs: Map<TabName, TabRepair>) {
  const reference = buildReference(readSnapshot(ss).rows);
  for (const dropdown of DROPDOWNS) {
    const repair = repairs.get(dropdown.tab as TabName);
    if (repair) layDropdown(repair.sheet, repair.headers, dropdown, reference);
  }
  for (const dates of DATE_COLUMNS) {
    const repair = repairs.get(dates.tab as TabName);
    const column = repair && columnsOf(repair.headers).get(dates.header);
    if (repair && column) setDateValidation(repair.sheet, column, dates.help);
  }
  return reference;
}

function protectSystemColumns(repairs: Map<TabName, TabRepair>): number {
  const tickets = repairs.get(TAB.tickets) as TabRepair;
  const column = columnsOf(tickets.headers);
  const activity = repairs.get(TAB.activity) as TabRepair;
  return (
    protectWarningOnly(
      tickets.sheet,
      SYSTEM_TICKET_FIELDS.map(field => ({
        column: column.get(field),
        description: `Peer Desk system column: ${field}`,
      }))
    ) +
    protectWarningOnly(activity.sheet, [
      {description: 'Peer Desk Activity: append-only history'},
    ]) +
    protectWarningOnly((repairs.get(TAB.outbox) as TabRepair).sheet, [
      {description: 'Peer Desk Outbox: written by the desk'},
    ])
  );
}

/** The tabs in TAB_USE_ORDER that exist, the form's response tab in its place. */
export function tabsInUseOrder(ss: Spreadsheet): Sheet[] {
  const responses = responseSheet(ss);
  return TAB_USE_ORDER.flatMap(tab => {
    const sheet = tab === RESPONSE_TAB ? responses : ss.getSheetByName(tab);
    return sheet ? [sheet] : [];
  });
}

/**
 * "Set up or repair": creates or repairs every tab, Config defaults, dropdowns, protections, the
 * intake form and the triggers, the Tickets tab's layout and the tabs' order. Running it again
 * changes nothing that is already right; it never deletes a column or moves one, and deletes no tab
 * but an empty Sheet1. The first account to run it becomes the desk's owner (recorded in Script
 * Properties, shown on Config); anyone else is refused and installs nothing. Returns the report it
 * shows.
 */
export function setupDesk(): string {
  const owner = ownerMayAct('set up or repair the desk', true);
  if (!owner) return 'Refused.';
  const ss = activeSpreadsheet();
  const repairs = new Map<TabName, TabRepair>();
  for (const tab of TAB_ORDER)
    repairs.set(tab, ensureTab(ss, tab, TAB_HEADERS[tab]));
  const training = repairs.get(TAB.training) as TabRepair;
  if (training.created) seedScenarios(training.sheet);
  const configAdded = addMissingConfig(ss);
  const rolesAdded = seedRoles(ss);
  const zone = showTimeZone(ss);
  updateKeyedValues(requireSheet(ss, TAB.config), {
    [CONFIG_KEY.deskOwner]: owner,
  });
  for (const [tab, {sheet, headers}] of repairs)
    shrinkGrid(sheet, sheet.getLastRow() + SPARE_ROWS[tab], headers.length);
  const removedFirstTab = removeEmptyFirstTab(ss);
  const reference = addDropdowns(ss, repairs);
  for (const [tab, {sheet, headers}] of repairs)
    layColumnLooks(
      sheet,
      headers,
      COLUMN_LOOKS.filter(look => look.tab === tab)
    );
  const protections = protectSystemColumns(repairs);
  const form = ensureIntakeForm(
    ss,
    intakeFormSpec(reference.config, reference.catalogue.languages)
  );
  const tickets = repairs.get(TAB.tickets) as TabRepair;
  layOutTickets(tickets.sheet, tickets.headers);
  deleteStraySheet1(ss);
  orderTabs(ss, tabsInUseOrder(ss));
  const triggers = [
    ensureTrigger(HANDLER.formSubmit, 'formSubmit', ss),
    ensureTrigger(HANDLER.edit, 'edit', ss),
    ensureTrigger(HANDLER.sweep, 'everyFiveMinutes', ss),
    ensureTrigger(HANDLER.metrics, 'hourly', ss),
  ];
  forgetSnapshot();
  // The leader tabs' looks are applied only when their plan changes: forgetting the plans has the
  // next metrics rebuild apply them all again, repairing formats or charts changed by hand.
  deleteScriptProperty(PROPERTY.metricsLayouts);
  const created = [...repairs.entries()]
    .filter(([, r]) => r.created)
    .map(([t]) => t);
  const columns = [...repairs.entries()]
    .filter(([, r]) => !r.created && r.addedColumns.length > 0)
    .map(([t, r]) => `${t}: ${r.addedColumns.join(', ')}`);
  const lines = [
    created.length > 0
      ? `Created tabs: ${created.join(', ')}.`
      : 'All tabs were present.',
    ...(columns.length > 0
      ? [`Added missing columns — ${columns.join('; ')}.`]
      : []),
    `Config defaults added: ${configAdded}. New protections: ${protections}.`,
    ...(rolesAdded > 0 ? [`Roles described: ${rolesAdded}.`] : []),
    ...(removedFirstTab ? ['Removed the empty "Sheet1" tab.'] : []),
    form.created
      ? 'Created and published the intake form.'
      : 'Intake form checked and published.',
    `Desk owner: ${owner}; the triggers run as this account.`,
    `Triggers: ${triggers.filter(t => t === 'installed').length} installed, ${triggers.filter(t => t === 'kept').length} already there.`,
    ...reportStrayTriggers(),
    `Time zone: ${zone.spreadsheet} (the spreadsheet's, File → Settings).`,
    ...(zone.script === zone.spreadsheet
      ? []
      : [`Check: ${scriptZoneDiffers(zone)}`]),
    ...chatOffLines(),
    ...reference.problems.map(problem => `Check: ${problem}`),
    ...(reference.problems.length > 0 ? [CHECKS_ON_CONFIG] : []),
  ];
  showChecks(ss, reference.problems);
  const report = lines.join('\n');
  toast(ss, report, 'Peer Desk setup');
  return report;
}

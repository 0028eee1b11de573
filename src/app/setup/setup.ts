// Desk setup: records the owner, creates the tabs, the intake form, dropdowns and triggers, and
// shows the time zone.
import {CONFIG_KEY} from '../../domain/configuration/config';
import {CONFIG_DEFAULTS} from '../../domain/settings/config-rows';
import {intakeFormSpec} from '../../domain/tickets/intake-form';
import {PRIORITIES} from '../../domain/tickets/priority';
import {buildReference} from '../../domain/settings/reference';
import {
  RESPONSE_TAB,
  SPARE_ROWS,
  TAB,
  TAB_HEADERS,
  TAB_USE_ORDER,
  TabName,
} from '../../domain/setup/workbook';
import {SYSTEM_TICKET_FIELDS} from '../../domain/tickets/tabs';
import {TRAINING_HEADERS} from '../../domain/credentials/tabs';
import {TIER_CHOICES} from '../../domain/people/techs';
import {EMAIL_CHOICES} from '../../domain/people/email-choice';
import {DEFAULT_ROLES, roleRow} from '../../domain/team/roles';
import {LEAVE_REASONS} from '../../domain/people/leave';
import {STATUSES} from '../../domain/tickets/workflow';
import {ensureIntakeForm} from '../../workspace/services/intake-form';
import {
  deleteStraySheet1,
  ensureTab,
  orderTabs,
  protectWarningOnly,
  removeEmptyFirstTab,
  setListValidation,
  TabRepair,
} from '../../workspace/sheets/sheet-setup';
import {
  activeSpreadsheet,
  requireSheet,
} from '../../workspace/sheets/spreadsheet';
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

/**
 * The Assignee dropdown lists the active techs by display name; refreshed when Techs changes. It
 * warns rather than rejects, so a typed address still reaches the edit trigger, which accepts it.
 */
export function refreshAssigneeDropdown(ss: Spreadsheet): void {
  const snapshot = readSnapshot(ss);
  const names = buildReference(snapshot.rows)
    .techs.filter(tech => tech.active)
    .map(tech => tech.name);
  const tickets = requireSheet(ss, TAB.tickets);
  const column = columnsOf(snapshot.ticketHeaders).get('Assignee');
  if (column)
    setListValidation(
      tickets,
      column,
      names,
      'An active tech from the Techs tab, by name or email.'
    );
}

function addDropdowns(ss: Spreadsheet, repairs: Map<TabName, TabRepair>) {
  const reference = buildReference(readSnapshot(ss).rows);
  const tickets = repairs.get(TAB.tickets) as TabRepair;
  const column = columnsOf(tickets.headers);
  const dropdown = (name: string, values: readonly string[], help: string) =>
    setListValidation(tickets.sheet, column.get(name) as number, values, help);
  dropdown('Status', STATUSES, 'Pick the ticket status.');
  dropdown('Priority', PRIORITIES, 'P1 is most urgent.');
  dropdown(
    'Mentor Sign-off',
    ['yes'],
    'The assignee’s mentor picks yes once they have reviewed the fix; only their edit counts.'
  );
  dropdown(
    'Category',
    reference.config.categories,
    'Categories come from Config.'
  );
  refreshAssigneeDropdown(ss);
  const techs = repairs.get(TAB.techs) as TabRepair;
  const techColumns = columnsOf(techs.headers);
  setListValidation(
    techs.sheet,
    techColumns.get('Tier') as number,
    TIER_CHOICES,
    'Tier'
  );
  setListValidation(
    techs.sheet,
    techColumns.get('Active') as number,
    ['yes', 'no'],
    'Is this tech active?'
  );
  setListValidation(
    techs.sheet,
    techColumns.get('Emails') as number,
    EMAIL_CHOICES,
    'How often the desk emails them: every event, one daily email (blank), or none (Chat only). P1 alerts and escalations always come at once.'
  );
  const leave = repairs.get(TAB.leave) as TabRepair;
  const leaveColumns = columnsOf(leave.headers);
  setListValidation(
    leave.sheet,
    leaveColumns.get('Tech') as number,
    reference.techs.map(tech => tech.email),
    'A tech from the Techs tab.'
  );
  setListValidation(
    leave.sheet,
    leaveColumns.get('Reason') as number,
    LEAVE_REASONS,
    'Why the tech is away; any words will do.'
  );
  const roles = repairs.get(TAB.roles) as TabRepair;
  setListValidation(
    roles.sheet,
    columnsOf(roles.headers).get('Tier') as number,
    TIER_CHOICES,
    'The Techs tier this role maps to.'
  );
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
  ];
  const report = lines.join('\n');
  toast(ss, report, 'Peer Desk setup');
  return report;
}

/**
 * The workbook setup lays out, gathered from the capabilities that own each tab: their names and
 * headers, room to type, which tabs are settings, and the order people reach for them. Business
 * code addresses columns by header, never by letter: setup only appends missing columns, so
 * positions differ between installs.
 */
import {COVERAGE_TAB} from '../availability/tabs';
import {CONFIG_HEADERS, CONFIG_TAB} from '../configuration/tabs';
import {TabColumnLook} from '../configuration/column-look';
import {ColumnDropdown} from '../configuration/dropdown';
import {DateColumn} from '../configuration/date-column';
import {
  TRAINING_HEADERS,
  TRAINING_LOOKS,
  TRAINING_TAB,
} from '../credentials/tabs';
import {
  DEVICE_DATE_COLUMNS,
  DEVICE_DROPDOWNS,
  DEVICE_HEADERS,
  DEVICE_LOOKS,
  DEVICES_TAB,
} from '../devices/tabs';
import {LOAN_HEADERS, LOAN_LOOKS, LOANS_TAB} from '../devices/loans';
import {
  KNOWLEDGE_BASE_HEADERS,
  KNOWLEDGE_BASE_TAB,
  KNOWLEDGE_DROPDOWNS,
  KNOWLEDGE_LOOKS,
} from '../knowledge/tabs';
import {TRANSLATION_HEADERS, TRANSLATIONS_TAB} from '../languages/tabs';
import {LEADER_TAB} from '../metrics/tabs';
import {OUTBOX_HEADERS, OUTBOX_TAB} from '../notifications/tabs';
import {
  LEAVE_HEADERS,
  LEAVE_TAB,
  LEAVE_DATE_COLUMNS,
  PEOPLE_DROPDOWNS,
  PEOPLE_LOOKS,
  ROTA_HEADERS,
  ROTA_TAB,
  TECH_HEADERS,
  TECHS_TAB,
} from '../people/tabs';
import {REQUESTER_HEADERS, REQUESTERS_TAB} from '../requesters/tabs';
import {SCHEDULE_HEADERS, SCHEDULE_TAB} from '../school-time/tabs';
import {
  ROLE_DROPDOWNS,
  ROLE_HEADERS,
  ROLE_LOOKS,
  ROLES_TAB,
} from '../team/tabs';
import {
  ACTIVITY_HEADERS,
  ACTIVITY_TAB,
  ASSIGNEE_DROPDOWN,
  TICKET_DROPDOWNS,
  TICKET_HEADERS,
  TICKETS_TAB,
} from '../tickets/tabs';

/** Every tab setup lays out, by the name its capability gives it. */
export const TAB = {
  tickets: TICKETS_TAB,
  techs: TECHS_TAB,
  schedule: SCHEDULE_TAB,
  rota: ROTA_TAB,
  config: CONFIG_TAB,
  activity: ACTIVITY_TAB,
  knowledgeBase: KNOWLEDGE_BASE_TAB,
  outbox: OUTBOX_TAB,
  translations: TRANSLATIONS_TAB,
  requesters: REQUESTERS_TAB,
  training: TRAINING_TAB,
  leave: LEAVE_TAB,
  roles: ROLES_TAB,
  devices: DEVICES_TAB,
  loans: LOANS_TAB,
} as const;

export type TabName = (typeof TAB)[keyof typeof TAB];

export const TAB_HEADERS: Readonly<Record<TabName, readonly string[]>> = {
  [TAB.tickets]: TICKET_HEADERS,
  [TAB.techs]: TECH_HEADERS,
  [TAB.schedule]: SCHEDULE_HEADERS,
  [TAB.rota]: ROTA_HEADERS,
  [TAB.config]: CONFIG_HEADERS,
  [TAB.activity]: ACTIVITY_HEADERS,
  [TAB.knowledgeBase]: KNOWLEDGE_BASE_HEADERS,
  [TAB.outbox]: OUTBOX_HEADERS,
  [TAB.translations]: TRANSLATION_HEADERS,
  [TAB.requesters]: REQUESTER_HEADERS,
  [TAB.training]: TRAINING_HEADERS,
  [TAB.leave]: LEAVE_HEADERS,
  [TAB.roles]: ROLE_HEADERS,
  [TAB.devices]: DEVICE_HEADERS,
  [TAB.loans]: LOAN_HEADERS,
};

/**
 * Blank rows setup leaves below each tab's content, so a tab's grid is sized to what it holds:
 * room to type for the tabs people fill in, and for the Tickets dropdowns; the desk grows its logs
 * itself as it appends.
 */
export const SPARE_ROWS: Readonly<Record<TabName, number>> = {
  [TAB.tickets]: 1000,
  [TAB.techs]: 100,
  [TAB.schedule]: 50,
  [TAB.rota]: 100,
  [TAB.config]: 20,
  [TAB.activity]: 0,
  [TAB.knowledgeBase]: 50,
  [TAB.outbox]: 0,
  [TAB.translations]: 50,
  [TAB.requesters]: 0,
  [TAB.training]: 50,
  [TAB.leave]: 100,
  [TAB.roles]: 20,
  [TAB.devices]: 200,
  [TAB.loans]: 0,
};

/** Tabs whose content is cached as the reference snapshot; editing them invalidates it. */
export const REFERENCE_TABS: readonly TabName[] = [
  TAB.techs,
  TAB.schedule,
  TAB.rota,
  TAB.config,
  TAB.knowledgeBase,
  TAB.translations,
  TAB.leave,
  TAB.roles,
];

/** Where the intake form's response tab goes in TAB_USE_ORDER (it is found by its link, not a name). */
export const RESPONSE_TAB = Symbol('response tab');

/**
 * The tabs left to right in the order people reach for them: the ledger a tech works, the
 * leaders' Dashboard, what techs look up, the raw form responses, then the coordinator's set-up
 * tabs and the desk's logs. Tabs not listed (a school's own) follow.
 */
export const TAB_USE_ORDER: readonly (string | typeof RESPONSE_TAB)[] = [
  TAB.tickets,
  LEADER_TAB.dashboard,
  TAB.knowledgeBase,
  TAB.techs,
  TAB.leave,
  COVERAGE_TAB,
  TAB.training,
  TAB.devices,
  TAB.loans,
  RESPONSE_TAB,
  TAB.rota,
  TAB.schedule,
  TAB.roles,
  TAB.config,
  TAB.translations,
  TAB.requesters,
  LEADER_TAB.metrics,
  LEADER_TAB.daily,
  LEADER_TAB.recognition,
  TAB.activity,
  TAB.outbox,
];

/** Every dropdown setup lays, gathered from the capabilities that own the columns. */
export const DROPDOWNS: readonly ColumnDropdown[] = [
  ...TICKET_DROPDOWNS,
  ASSIGNEE_DROPDOWN,
  ...PEOPLE_DROPDOWNS,
  ...ROLE_DROPDOWNS,
  ...KNOWLEDGE_DROPDOWNS,
  ...DEVICE_DROPDOWNS,
];

/** Every column people type dates in, gathered from the capabilities that own them. */
export const DATE_COLUMNS: readonly DateColumn[] = [
  ...LEAVE_DATE_COLUMNS,
  ...DEVICE_DATE_COLUMNS,
];

/**
 * How the columns of the tabs people type in look (widths, wrap), gathered from their owners; the
 * Tickets tab has its own layout (tickets' ticket-layout).
 */
export const COLUMN_LOOKS: readonly TabColumnLook[] = [
  ...PEOPLE_LOOKS,
  ...ROLE_LOOKS,
  ...KNOWLEDGE_LOOKS,
  ...TRAINING_LOOKS,
  ...DEVICE_LOOKS,
  ...LOAN_LOOKS,
];

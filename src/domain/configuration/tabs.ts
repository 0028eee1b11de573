/**
 * The spreadsheet's tabs and their headers. Business code addresses columns by these names, never
 * by letter: setup only appends missing columns, so positions differ between installs.
 */
export const TAB = {
  tickets: 'Tickets',
  techs: 'Techs',
  schedule: 'Schedule',
  rota: 'Rota',
  config: 'Config',
  activity: 'Activity',
  knowledgeBase: 'Knowledge Base',
  outbox: 'Outbox',
  translations: 'Translations',
  requesters: 'Requesters',
  training: 'Training',
  leave: 'Leave',
  roles: 'Roles',
} as const;

export type TabName = (typeof TAB)[keyof typeof TAB];

/**
 * Tickets columns, in the order a fresh install lays them out: what a tech touches first (ID,
 * status, priority, summary, room, assignee, resolution, time spent, due times), then the
 * ticket's other facts, then the desk's own state (hidden: DESK_INTERNAL_FIELDS). Setup never
 * moves an existing desk's columns, so every reader finds a column by its header.
 */
export const TICKET_HEADERS = [
  'Ticket ID',
  'Status',
  'Priority',
  'Summary',
  'Room',
  'Assignee',
  'Resolution',
  'Time Spent (min)',
  'Mentor Sign-off',
  'Response Due',
  'Resolve Due',
  'SLA Steps',
  'Escalation Reason',
  'Category',
  'Practice',
  'Campus',
  'Asset Tag',
  'Created',
  'Response Key',
  'Requester',
  'Details',
  'Requester Reply',
  'Screenshots',
  'Impact',
  'Urgency',
  'Language',
  'Period',
  'Duplicate Of',
  'Assignment Note',
  'First Response',
  'Updated',
  'Resolved At',
  'Resolved By',
  'Resolver Role',
  'Closed At',
  'Rating',
  'Rating Comment',
  'Tracked',
  'SLA Pauses',
] as const;

export type TicketField = (typeof TICKET_HEADERS)[number];

/**
 * The desk's bookkeeping, hidden on the Tickets tab: the response it came from, the values it last
 * accepted, the escalation rungs fired and the SLA pauses. Hidden columns of the same tab rather
 * than a separate tab, so an edit still reads and writes its whole row in one call each.
 */
export const DESK_INTERNAL_FIELDS = [
  'SLA Steps',
  'Response Key',
  'Tracked',
  'SLA Pauses',
] as const satisfies readonly TicketField[];

/**
 * The columns intake needs from every ledger row: ids, dedupe keys, load and duplicates, and the
 * summary and resolution self-help searches.
 */
export const INTAKE_COLUMNS: readonly TicketField[] = [
  'Ticket ID',
  'Status',
  'Assignee',
  'Created',
  'Campus',
  'Room',
  'Category',
  'Asset Tag',
  'Response Key',
  'Summary',
  'Resolution',
];

/**
 * The columns only the sweep writes, side by side so it writes them for many rows in one call
 * without touching columns people edit.
 */
export const SWEEP_FIELDS = [
  'Response Due',
  'Resolve Due',
  'SLA Steps',
  'Escalation Reason',
] as const satisfies readonly TicketField[];

/** Columns that people change and the edit trigger validates and logs. */
export const TRACKED_FIELDS = [
  'Status',
  'Assignee',
  'Priority',
  'Category',
  'Resolution',
  'Time Spent (min)',
  'Mentor Sign-off',
] as const satisfies readonly TicketField[];

export type TrackedField = (typeof TRACKED_FIELDS)[number];

/** Typing a Summary into a row without a Ticket ID opens a walk-up ticket. */
export const WALK_UP_FIELD: TicketField = 'Summary';

/** Columns only the desk writes: protected (warning only) so the coordinator can still mend them. */
export const SYSTEM_TICKET_FIELDS: readonly TicketField[] = [
  'Ticket ID',
  'Created',
  'Response Key',
  'Period',
  'Duplicate Of',
  'Assignment Note',
  'First Response',
  'Updated',
  'Resolved At',
  'Resolved By',
  'Resolver Role',
  'Closed At',
  'Tracked',
  ...SWEEP_FIELDS,
  'SLA Pauses',
  'Rating',
  'Rating Comment',
  'Requester Reply',
  'Screenshots',
  'Practice',
];

export const TECH_HEADERS = [
  'Email',
  'Display Name',
  'Tier',
  'Skills',
  'Campus',
  'Mentor',
  'Active',
  'Class Of',
  'Emails',
] as const;

export const SCHEDULE_HEADERS = ['Day Type', 'Period', 'Start', 'End'] as const;

export const ROTA_HEADERS = ['Campus', 'Day Type', 'Period', 'Tech'] as const;

export const CONFIG_HEADERS = ['Key', 'Value', 'Description'] as const;

export const ACTIVITY_HEADERS = [
  'When',
  'Ticket ID',
  'Field',
  'Old Value',
  'New Value',
  'Who',
] as const;

export const OUTBOX_HEADERS = [
  'Notification ID',
  'Created',
  'Event',
  'Ticket ID',
  'Channel',
  'To',
  'Subject',
  'Payload',
  'Status',
  'Attempts',
  'Next Attempt',
  'Last Error',
  'Delivered At',
] as const;

export const KNOWLEDGE_BASE_HEADERS = [
  'Category',
  'Keywords',
  'Title',
  'Steps or Link',
  'Status',
  'Language',
  'Version',
  'Author',
  'Source Ticket',
  'Published',
  'Helped',
] as const;

/** The Translations tab: the coordinator's texts over the shipped ones, or a new language's. */
export const TRANSLATION_HEADERS = ['Language', 'Key', 'Text'] as const;

/** The Requesters tab: one row per requester who chose how often the desk emails them. */
export const REQUESTER_HEADERS = [
  'Requester',
  'Notifications',
  'Updated',
] as const;

/** The Training tab: practice scenarios a mentor issues to a junior as practice tickets. */
export const TRAINING_HEADERS = [
  'Scenario',
  'Category',
  'Summary',
  'Details',
  'Model Fix',
  'From Ticket',
] as const;

/** The Leave tab: a tech away from one moment to another (a field trip, exams, a break). */
export const LEAVE_HEADERS = ['Tech', 'From', 'To', 'Reason'] as const;

/** The Roles tab: what each role does, the hours it asks for, and the tier it maps to. */
export const ROLE_HEADERS = [
  'Role',
  'Tier',
  'Responsibilities',
  'Expected Hours per Week',
] as const;

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

/** The leaders' tabs, rebuilt from the ledger by the metrics run (never edited by people). */
export const LEADER_TAB = {
  metrics: 'Metrics',
  daily: 'Daily',
  dashboard: 'Dashboard',
  recognition: 'Recognition',
  schoolYears: 'School Years',
} as const;

/** The Coverage tab: the next two weeks of bell periods and who covers them, rebuilt by the desk. */
export const COVERAGE_TAB = 'Coverage';

/** The Recognition tab: one row per badge earned, appended once. */
export const RECOGNITION_HEADERS = [
  'Earned',
  'Tech',
  'Badge',
  'Tech Email',
  'Badge ID',
] as const;

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

/**
 * The coordinator's tab of responses and tickets the desk set aside after they failed twice,
 * created the first time one is.
 */
export const NEEDS_ATTENTION_TAB = 'Needs Attention';

export const NEEDS_ATTENTION_HEADERS = [
  'When',
  'Item',
  'Key',
  'Error',
  'What To Do',
] as const;

/**
 * The desk's own record of every ticket (hidden): a deleted Tickets row is restored from it.
 * One row per ticket, its Ticket ID and the row as text.
 */
export const TICKET_RECORD_TAB = 'Ticket Record';

export const TICKET_RECORD_HEADERS = ['Ticket ID', 'Record'] as const;

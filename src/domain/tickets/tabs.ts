// Tickets' tabs: the ledger's columns and the lists each job uses, the Activity log, the hidden
// Ticket Record and the Needs Attention tab.

import {ColumnDropdown} from '../configuration/dropdown';
import {PRIORITIES} from './priority';
import {STATUSES} from './workflow';

export const TICKETS_TAB = 'Tickets';

export const ACTIVITY_TAB = 'Activity';

/**
 * Tickets columns, in the order a fresh install lays them out: a tech's daily work first, all
 * within a laptop's screen (ID, status, priority, summary, where, assignee, the teacher's latest
 * words, resolution, time spent, when it is due: widths in ticket-layout), then the
 * ticket's other facts, then the desk's own state (hidden: DESK_INTERNAL_FIELDS). Setup never
 * moves an existing desk's columns, so every reader finds a column by its header.
 */
export const TICKET_HEADERS = [
  'Ticket ID',
  'Status',
  'Priority',
  'Summary',
  'Campus',
  'Room',
  'Assignee',
  'Requester Reply',
  'Resolution',
  'Time Spent (min)',
  'Resolve Due',
  'Message to Requester',
  'Merge Into',
  'Response Due',
  'SLA Steps',
  'Escalation Reason',
  'Category',
  'Practice',
  'Asset Tag',
  'Created',
  'Response Key',
  'Mentor Sign-off',
  'Staff Approval',
  'Requester',
  'Details',
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
  'Email Mark',
  'Thread',
  'Merged',
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
  'Email Mark',
  'Thread',
  'Merged',
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
  'Resolve Due',
  'Response Due',
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
  'Staff Approval',
] as const satisfies readonly TicketField[];

export type TrackedField = (typeof TRACKED_FIELDS)[number];

/**
 * What a tech writes to the requester: the desk emails it, keeps it in the ticket's Activity and
 * empties the cell. Not tracked: it holds a message on its way, never a value of the ticket.
 */
export const MESSAGE_FIELD: TicketField = 'Message to Requester';

/**
 * When the newest reply by email the ticket took was received (ms): written with the reply, so a
 * sweep that reads the same message again after a kill takes it once.
 */
export const EMAIL_MARK_FIELD: TicketField = 'Email Mark';

/**
 * The conversation with the requester, oldest first (domain/conversation/thread): written with the
 * row by each message, reply and status change, so the requester's page reads it with the row.
 */
export const THREAD_FIELD: TicketField = 'Thread';

/**
 * Where a tech types the ID of the open ticket this one repeats: the sweep merges them
 * (domain/conversation/merge) and empties the cell, or says in a note why not.
 */
export const MERGE_FIELD: TicketField = 'Merge Into';

/** The tickets merged into this one and their requesters (JSON), who hear when it is resolved. */
export const MERGED_FIELD: TicketField = 'Merged';

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
  'Email Mark',
  'Thread',
  'Merged',
  'Rating',
  'Rating Comment',
  'Requester Reply',
  'Screenshots',
  'Practice',
];

export const ACTIVITY_HEADERS = [
  'When',
  'Ticket ID',
  'Field',
  'Old Value',
  'New Value',
  'Who',
] as const;

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

/** The Tickets dropdowns; the Assignee list is refreshed whenever the Techs tab changes. */
export const TICKET_DROPDOWNS: readonly ColumnDropdown[] = [
  {
    tab: TICKETS_TAB,
    header: 'Status',
    values: STATUSES,
    help: 'Pick the ticket status.',
  },
  {
    tab: TICKETS_TAB,
    header: 'Priority',
    values: PRIORITIES,
    help: 'P1 is most urgent.',
  },
  {
    tab: TICKETS_TAB,
    header: 'Mentor Sign-off',
    values: ['yes'],
    help: 'The assignee’s mentor picks yes once they have reviewed the fix; only their edit counts.',
  },
  {
    tab: TICKETS_TAB,
    header: 'Staff Approval',
    values: ['yes'],
    help: 'Level 2 staff or the coordinator pick yes before a student works a ticket that needs an adult; only their edit counts.',
  },
  {
    tab: TICKETS_TAB,
    header: 'Category',
    values: 'categories from Config',
    help: 'Categories come from Config.',
  },
];

/** Listed apart because it follows the Techs tab: active techs by display name. */
export const ASSIGNEE_DROPDOWN: ColumnDropdown = {
  tab: TICKETS_TAB,
  header: 'Assignee',
  values: 'active techs by name',
  help: 'An active tech from the Techs tab, by name or email.',
};

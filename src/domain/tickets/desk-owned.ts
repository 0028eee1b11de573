// The Tickets columns only the desk writes: what each holds and where a person writes instead.
import {SYSTEM_TICKET_FIELDS, TicketField} from './tabs';

const STAMPED =
  'The desk stamps it when Status changes: change Status instead.';
const SLA =
  'The SLA sweep keeps it. To escalate by hand, set Status to Escalated.';

/** Where to write instead, for each column only the desk writes. */
const WRITE_INSTEAD: Readonly<Record<string, string>> = {
  'Ticket ID':
    'IDs are given by the desk. To log a new problem, type its Summary on an empty row.',
  Created: 'It is when the ticket was made. Keep notes in Resolution.',
  'Response Key':
    'It ties the ticket to its form response, so the response never makes a second ticket. Keep notes in Resolution.',
  Period: 'It is the bell period the ticket came in. Keep notes in Resolution.',
  'Duplicate Of': 'To link tickets, say so in Resolution.',
  'Assignment Note': 'To hand the ticket on, change Assignee.',
  'First Response': STAMPED,
  Updated: STAMPED,
  'Resolved At': STAMPED,
  'Resolved By': STAMPED,
  'Resolver Role': STAMPED,
  'Closed At': STAMPED,
  Tracked:
    'It is what the desk last accepted in the other columns: change those columns themselves.',
  'Response Due': SLA,
  'Resolve Due': SLA,
  'SLA Steps': SLA,
  'Escalation Reason': SLA,
  'SLA Pauses': 'It follows the Waiting status: change Status instead.',
  Thread:
    'It is the conversation with the requester: write to them in Message to Requester.',
  Merged:
    'It lists the tickets merged into this one: to merge another, type this ID in its Merge Into.',
  Rating: 'Only the requester rates, through the link in the resolution email.',
  'Rating Comment':
    'Only the requester comments, through the link in the resolution email.',
};

export function isDeskOwned(field: string): field is TicketField {
  return (SYSTEM_TICKET_FIELDS as readonly string[]).includes(field);
}

/** The note on a desk-owned cell a person changed: the column, why, and where to write instead. */
export function deskOwnedNote(field: TicketField): string {
  return `${field} is written by Peer Desk. ${WRITE_INSTEAD[field] ?? ''}`.trim();
}

/** Desk-owned columns holding a moment, a number, or text: how a value read back as text returns. */
export function deskCellKind(field: TicketField): 'date' | 'number' | 'text' {
  if (
    [
      'Created',
      'First Response',
      'Updated',
      'Resolved At',
      'Closed At',
      'Response Due',
      'Resolve Due',
    ].includes(field)
  )
    return 'date';
  return field === 'Rating' ? 'number' : 'text';
}

/**
 * Whether a ticket keeps the Requester it came with: one from the form or by email does (its mail
 * and the teacher's page follow that address); a walk-up or practice ticket has only what a tech
 * typed, so they may correct it.
 */
export function keepsRequester(responseKey: string): boolean {
  return !/^(walk-up|practice)\|/.test(responseKey.trim());
}

/** The note on a Requester cell a person changed: who, what they typed, and why it is back. */
export function requesterKeptNote(editor: string, typed: string): string {
  return `${editor || 'Someone'} changed Requester to "${typed}". Peer Desk keeps the address the request came from: the ticket's emails and the requester's page follow it. To reach someone else, write in Message to Requester or Resolution.`;
}

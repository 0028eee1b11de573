// A ticket waiting in the queue, offered to whoever is on duty now.
import {OutgoingMessage} from '../notifications/messages';
import {assignedEmail} from '../notifications/requester-emails';
import {senderOf} from '../settings/reference';
import {firstName} from '../notifications/status-line';
import {routeTicket} from '../people/routing';
import {Tech} from '../people/techs';
import {
  cellText,
  serialiseTracked,
  TicketRow,
  trackedValuesOf,
} from '../tickets/ticket-row';
import {IntakeContext, NewTicket} from './intake-context';
import {techMessages} from './tech-messages';
import {factsOf, rowLanguage} from './ticket-facts';

/**
 * A ticket waiting in the queue, offered to whoever is on duty now. Undefined while still nobody
 * can take it.
 */
export function assignQueuedTicket(
  queued: TicketRow,
  context: IntakeContext
): NewTicket | undefined {
  const id = cellText(queued['Ticket ID']);
  const routing = routeTicket(
    {
      campus: cellText(queued.Campus),
      room: cellText(queued.Room),
      category: cellText(queued.Category),
      assetTag: cellText(queued['Asset Tag']),
    },
    {
      ...context,
      ledger: context.ledger.filter(entry => entry.id !== id),
      nowMs: context.now.getTime(),
    }
  );
  if (!routing.assignee) return undefined;
  const row: TicketRow = {
    ...queued,
    Status: routing.status,
    Assignee: routing.assignee.name,
    Period: routing.period,
    'Duplicate Of': routing.duplicateOf || cellText(queued['Duplicate Of']),
    'Assignment Note': routing.note,
    Updated: context.now,
  };
  row.Tracked = serialiseTracked(trackedValuesOf(row));
  return {
    row,
    activity: {
      when: context.now,
      ticketId: id,
      field: 'Assignee',
      oldValue: '',
      newValue: routing.assignee.name,
      who: 'Peer Desk sweep',
    },
    messages: [
      ...requesterAssignedNotice(row, routing.assignee, context),
      ...techMessages(row, routing, context),
    ],
  };
}

/** The requester of a queued ticket hears who took it. */
function requesterAssignedNotice(
  row: TicketRow,
  tech: Tech,
  context: IntakeContext
): OutgoingMessage[] {
  const requester = cellText(row.Requester);
  if (!requester.includes('@')) return [];
  return [
    assignedEmail({
      sender: senderOf(context.reference),
      language: rowLanguage(row, context.reference),
      ticket: factsOf(row),
      assignee: firstName(tech.name),
    }),
  ];
}

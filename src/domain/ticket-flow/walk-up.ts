// A walk-up: a row a tech typed into Tickets, given an ID, timestamps and an assignee.
import {editorLabel, UNKNOWN_EDITOR} from '../tickets/activity';
import {infoOf} from '../languages/catalogue';
import {priorityFor} from '../tickets/priority';
import {routeTicket, Routing} from '../people/routing';
import {dutySlotAt} from '../school-time/schedule';
import {findTech} from '../people/techs';
import {STATUS} from '../tickets/workflow';
import {
  cellText,
  serialiseTracked,
  TicketRow,
  trackedValuesOf,
} from '../tickets/ticket-row';
import {
  IntakeContext,
  issuedId,
  NewTicket,
  routingActivity,
} from './intake-context';
import {techMessages} from './tech-messages';

/**
 * A walk-up typed by an editor Google does not name: it is probably theirs, but who they are is
 * unknown, so it is offered to nobody and waits in the queue for a person (or the sweep) to assign.
 */
function waitsForAssignment(period: string): Routing {
  return {
    status: STATUS.new,
    assignee: undefined,
    duplicateOf: '',
    note: `Waiting: typed in by an ${UNKNOWN_EDITOR}; put the tech who has it in Assignee.`,
    period,
  };
}

/**
 * A row a tech typed into Tickets (a walk-up): it gets an ID, timestamps and an assignee — the tech
 * who typed it when they are an active tech, otherwise whoever is on duty.
 */
export function ticketFromWalkUp(
  typed: TicketRow,
  editorEmail: string,
  context: IntakeContext
): NewTicket {
  const {config, techs} = context.reference;
  const editor = findTech(techs, editorEmail);
  const request = {
    campus: cellText(typed.Campus),
    room: cellText(typed.Room),
    category: cellText(typed.Category),
    assetTag: cellText(typed['Asset Tag']),
  };
  const routing: Routing =
    editorEmail.trim() === ''
      ? waitsForAssignment(
          dutySlotAt(context.local, config, context.reference.periods).period ??
            ''
        )
      : editor && editor.active
        ? {
            status: 'Assigned',
            assignee: editor,
            duplicateOf: '',
            note: `Walk-up taken by ${editor.name}.`,
            period:
              dutySlotAt(context.local, config, context.reference.periods)
                .period ?? '',
          }
        : routeTicket(request, {...context, nowMs: context.now.getTime()});
  const row: TicketRow = {
    ...typed,
    'Ticket ID': issuedId(context),
    Status: routing.status,
    Assignee: routing.assignee?.name ?? '',
    Created: context.now,
    'Response Key': `walk-up|${context.now.toISOString()}`,
    Priority:
      cellText(typed.Priority) ||
      priorityFor(
        context.reference.priorityMatrix,
        cellText(typed.Impact),
        cellText(typed.Urgency)
      ),
    Language:
      cellText(typed.Language) ||
      infoOf(context.reference.catalogue, config.defaultLanguage).name,
    Period: routing.period,
    'Duplicate Of': routing.duplicateOf,
    'Assignment Note': routing.note,
    Updated: context.now,
  };
  row.Tracked = serialiseTracked(trackedValuesOf(row));
  return {
    row,
    activity: {
      when: context.now,
      ticketId: cellText(row['Ticket ID']),
      field: 'Ticket',
      oldValue: '',
      newValue: `Created as a walk-up: ${cellText(row.Priority)}, ${routingActivity(routing)}`,
      who: editorLabel(editorEmail),
    },
    messages:
      routing.assignee && routing.assignee !== editor
        ? techMessages(row, routing, context)
        : [],
  };
}

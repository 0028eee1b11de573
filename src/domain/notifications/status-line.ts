// The line at the top of every requester email saying where the ticket stands, by name and time.
import {Catalogue, say} from '../languages/catalogue';
import {Language} from '../languages/language';
import {NextDuty} from '../people/next-duty';

export type TicketStanding =
  | {readonly kind: 'assigned'; readonly assignee: string}
  | {readonly kind: 'nextDuty'; readonly duty: NextDuty}
  | {readonly kind: 'queued'}
  | {readonly kind: 'escalated'}
  | {readonly kind: 'waiting'; readonly assignee: string}
  | {readonly kind: 'resolved'; readonly assignee: string}
  | {readonly kind: 'merged'; readonly into: string};

/** How a requester email names a person: as every page outside the desk does. */
export {firstNameOf as firstName} from '../people/techs';

export function statusLine(
  catalogue: Catalogue,
  language: Language,
  standing: TicketStanding
): string {
  switch (standing.kind) {
    case 'assigned':
      return say(catalogue, language, 'status.assigned', {
        assignee: standing.assignee,
      });
    case 'nextDuty':
      return standing.duty.today
        ? say(catalogue, language, 'status.nextDutyToday', {
            time: standing.duty.time,
          })
        : say(catalogue, language, 'status.nextDutyLater', {
            time: standing.duty.time,
            day: say(catalogue, language, `day.${standing.duty.weekday}`),
          });
    case 'queued':
      return say(catalogue, language, 'status.queued');
    case 'escalated':
      return say(catalogue, language, 'status.escalated');
    case 'waiting':
      return say(catalogue, language, 'status.waiting', {
        assignee: standing.assignee,
      });
    case 'resolved':
      return say(catalogue, language, 'status.resolved', {
        assignee: standing.assignee,
      });
    case 'merged':
      return say(catalogue, language, 'status.merged', {
        ticketId: standing.into,
      });
  }
}

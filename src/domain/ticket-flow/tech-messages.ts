// What the assigned tech and their mentor are told of a new or newly assigned ticket.
import {levelIn, needsSignOff} from '../people/skill-levels';
import {isPractice} from '../credentials/practice';
import {OutgoingMessage} from '../notifications/messages';
import {
  assigneeEmail,
  mentorEmail,
  mentorPairingEmail,
} from '../notifications/tech-emails';
import {senderOf} from '../settings/reference';
import {Routing} from '../people/routing';
import {findTech, TIERS} from '../people/techs';
import {TicketRow} from '../tickets/ticket-row';
import {IntakeContext} from './intake-context';
import {factsOf} from './ticket-facts';

export function techMessages(
  row: TicketRow,
  routing: Routing,
  context: IntakeContext
): OutgoingMessage[] {
  const tech = routing.assignee;
  if (!tech) return [];
  const sender = senderOf(context.reference);
  const facts = factsOf(row);
  const messages = [
    assigneeEmail({
      sender,
      ticket: facts,
      to: tech.email,
      assignmentNote: routing.note,
      sheetUrl: context.sheetUrl,
    }),
  ];
  const mentor = findTech(context.reference.techs, tech.mentor);
  const entry = levelIn(tech.levels, facts.category);
  if (needsSignOff(entry) && tech.mentor !== '')
    messages.push(
      mentorPairingEmail({
        sender,
        ticket: facts,
        to: mentor?.email ?? tech.mentor,
        assigneeName: tech.name,
        level: entry?.level ?? '',
        practice: isPractice(row),
        sheetUrl: context.sheetUrl,
      })
    );
  else if (tech.tier === TIERS.junior && tech.mentor !== '')
    messages.push(
      mentorEmail({
        sender,
        ticket: facts,
        to: mentor?.email ?? tech.mentor,
        assigneeName: tech.name,
        sheetUrl: context.sheetUrl,
      })
    );
  return messages;
}

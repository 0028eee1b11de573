// A new ticket from a form response: routed, with its confirmation, the tech's emails and card.
import {EMPTY_LATER_FIELDS} from '../tickets/later-fields';
import {FormAnswers} from '../tickets/intake-form';
import {matchArticles, SolvedTicket} from '../knowledge/knowledge';
import {suggestedEntry} from '../knowledge/self-help-record';
import {infoOf} from '../languages/catalogue';
import {languageFrom} from '../languages/language';
import {nextDutyStart} from '../people/next-duty';
import {LedgerEntry} from '../tickets/ledger';
import {confirmationEmail} from '../notifications/requester-emails';
import {priorityFor} from '../tickets/priority';
import {senderOf} from '../settings/reference';
import {firstName, TicketStanding} from '../notifications/status-line';
import {routeTicket, Routing} from '../people/routing';
import {findTech} from '../people/techs';
import {ChatPost, ticketCard} from '../notifications/chat-card';
import {STATUS} from '../tickets/workflow';
import {screenshotLinks} from '../tickets/screenshots';
import {
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
import {factsOf} from './ticket-facts';

/**
 * The assignment told in the desk's Chat space: with the daily email the default, Chat is how a
 * tech and their mentor hear of a new ticket as it comes.
 */
function assignmentCard(
  row: TicketRow,
  routing: Routing,
  context: IntakeContext
): ChatPost | undefined {
  const tech = routing.assignee;
  if (!tech) return undefined;
  const mentor = findTech(context.reference.techs, tech.mentor);
  return ticketCard({
    ticket: factsOf(row),
    headline: `New ticket for ${tech.name}${mentor ? ` (mentor: ${mentor.name})` : ''}`,
    age: 'just now',
    paragraphs: [],
    rowUrl: context.sheetUrl,
  });
}

/** The ledger's resolved and closed tickets that say how they were fixed, oldest first. */
function solvedTickets(ledger: readonly LedgerEntry[]): SolvedTicket[] {
  return ledger.filter(
    entry =>
      (entry.status === STATUS.resolved || entry.status === STATUS.closed) &&
      entry.resolution.trim() !== ''
  );
}

/** One form response → one ticket row, its Activity line and its emails. */
export function ticketFromResponse(
  answers: FormAnswers,
  key: string,
  context: IntakeContext
): NewTicket {
  const {config, articles} = context.reference;
  const routing = routeTicket(answers, {
    ...context,
    nowMs: context.now.getTime(),
  });
  const {catalogue} = context.reference;
  const language = languageFrom(
    answers.language,
    config.defaultLanguage,
    catalogue.languages
  );
  const row = {
    'Ticket ID': issuedId(context),
    Status: routing.status,
    Assignee: routing.assignee?.name ?? '',
    Created: context.now,
    Campus: answers.campus,
    Room: answers.room,
    Category: answers.category,
    'Asset Tag': answers.assetTag,
    'Response Key': key,
    Priority: priorityFor(
      context.reference.priorityMatrix,
      answers.impact,
      answers.urgency
    ),
    Summary: answers.summary,
    Details: answers.details,
    Impact: answers.impact,
    Urgency: answers.urgency,
    Requester: answers.email,
    Screenshots: screenshotLinks(answers.screenshots).join('\n'),
    Language: infoOf(catalogue, language).name,
    Period: routing.period,
    'Duplicate Of': routing.duplicateOf,
    'Assignment Note': routing.note,
    Resolution: '',
    'Time Spent (min)': '',
    'First Response': '',
    Updated: context.now,
    'Resolved At': '',
    'Resolved By': '',
    'Resolver Role': '',
    'Closed At': '',
    Tracked: '',
    ...EMPTY_LATER_FIELDS,
  } satisfies TicketRow;
  row.Tracked = serialiseTracked(trackedValuesOf(row));
  const messages = techMessages(row, routing, context);
  const suggested =
    answers.email === ''
      ? []
      : matchArticles(
          articles,
          {
            category: answers.category,
            text: `${answers.summary} ${answers.details}`,
            language,
          },
          3,
          solvedTickets(context.ledger)
        );
  const links = context.selfHelpLinks;
  const id = row['Ticket ID'];
  if (answers.email !== '')
    messages.unshift(
      confirmationEmail({
        sender: senderOf(context.reference),
        language,
        ticket: factsOf(row),
        standing: standingOf(routing, answers, context),
        duplicateOf: routing.duplicateOf,
        articles: suggested,
        links: links && {
          fixed: article => links.fixed(id, article),
          knowledgeBase: links.knowledgeBase(infoOf(catalogue, language).code),
        },
      })
    );
  return {
    selfHelp:
      suggested.length === 0
        ? undefined
        : suggestedEntry(
            context.now,
            id,
            suggested.map(article => article.title)
          ),
    row,
    activity: {
      when: context.now,
      ticketId: row['Ticket ID'],
      field: 'Ticket',
      oldValue: '',
      newValue: `Created from the form: ${row.Priority}, ${routingActivity(routing)}`,
      who: answers.email,
    },
    messages,
    chat: assignmentCard(row, routing, context),
  };
}

/**
 * Where a new ticket stands for its requester: with a tech by first name, or when the next tech
 * who can take it comes on duty (from the bell schedule and the Rota), or in the queue.
 */
function standingOf(
  routing: Routing,
  request: {readonly campus: string; readonly category: string},
  context: IntakeContext
): TicketStanding {
  if (routing.assignee)
    return {kind: 'assigned', assignee: firstName(routing.assignee.name)};
  const duty = nextDutyStart(context.local, request, context.reference);
  return duty ? {kind: 'nextDuty', duty} : {kind: 'queued'};
}

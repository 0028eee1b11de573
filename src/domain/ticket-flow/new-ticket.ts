// New tickets: built from a form response or a walk-up row, routed, with their emails.
import {EMPTY_LATER_FIELDS} from '../tickets/later-fields';
import {ActivityEntry, editorLabel, UNKNOWN_EDITOR} from '../tickets/activity';
import {FormAnswers} from '../tickets/intake-form';
import {levelIn, needsSignOff} from '../people/skill-levels';
import {isPractice} from '../credentials/practice';
import {
  KnowledgeArticle,
  matchArticles,
  SolvedTicket,
} from '../knowledge/knowledge';
import {suggestedEntry} from '../knowledge/self-help-record';
import {infoOf} from '../languages/catalogue';
import {Language, languageFrom} from '../languages/language';
import {nextDutyStart} from '../people/next-duty';
import {LedgerEntry} from '../tickets/ledger';
import {LocalDateTime} from '../school-time/local-time';
import {OutgoingMessage, TicketFacts} from '../notifications/messages';
import {
  assignedEmail,
  confirmationEmail,
} from '../notifications/requester-emails';
import {
  assigneeEmail,
  mentorEmail,
  mentorPairingEmail,
} from '../notifications/tech-emails';
import {priorityFor} from '../tickets/priority';
import {Reference, senderOf} from '../settings/reference';
import {firstName, TicketStanding} from '../notifications/status-line';
import {routeTicket, Routing} from '../people/routing';
import {dutySlotAt} from '../school-time/schedule';
import {findTech, Tech, TIERS} from '../people/techs';
import {nextTicketId} from '../tickets/ticket-id';
import {ChatPost, ticketCard} from '../notifications/chat-card';
import {STATUS} from '../tickets/workflow';
import {screenshotLinks} from '../tickets/screenshots';
import {
  cellText,
  serialiseTracked,
  TicketRow,
  trackedValuesOf,
} from '../tickets/ticket-row';

export interface IntakeContext {
  readonly reference: Reference;
  readonly ledger: readonly LedgerEntry[];
  /** The highest ticket number ever issued (0 when unknown): IDs are never reused. */
  readonly highestIssued?: number;
  readonly now: Date;
  readonly local: LocalDateTime;
  readonly sheetUrl: string;
  /** The web app's self-help links, once it is deployed. */
  readonly selfHelpLinks?: {
    readonly fixed: (ticketId: string, article: string) => string;
    readonly knowledgeBase: (languageCode: string) => string;
  };
}

export interface NewTicket {
  readonly row: TicketRow;
  readonly activity: ActivityEntry;
  /** Which articles the confirmation suggested (the record a teacher's "already tried" reads). */
  readonly selfHelp?: ActivityEntry;
  readonly messages: readonly OutgoingMessage[];
  /** The Chat space's card for the assignment (the assignee's and mentor's at-once notice). */
  readonly chat?: ChatPost;
}

/** The next ID: past every ID on the ledger, ever issued, or moved to an archive. */
function issuedId(context: IntakeContext): string {
  return nextTicketId(
    context.ledger.map(entry => entry.id),
    Math.max(
      context.highestIssued ?? 0,
      context.reference.retention.archivedThrough
    )
  );
}

function routingActivity(routing: Routing): string {
  const who = routing.assignee
    ? `assigned to ${routing.assignee.email}`
    : 'waiting unassigned';
  return routing.duplicateOf
    ? `${who}, possible duplicate of ${routing.duplicateOf}`
    : who;
}

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

export function factsOf(row: TicketRow): TicketFacts {
  return {
    id: cellText(row['Ticket ID']),
    summary: cellText(row['Summary']),
    details: cellText(row['Details']),
    priority: cellText(row['Priority']),
    campus: cellText(row['Campus']),
    room: cellText(row['Room']),
    category: cellText(row['Category']),
    assetTag: cellText(row['Asset Tag']),
    requester: cellText(row['Requester']),
    screenshots: cellText(row.Screenshots),
  };
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
 * A row a tech typed into Tickets (a walk-up): it gets an ID, timestamps and an assignee — the tech
 * who typed it when they are an active tech, otherwise whoever is on duty.
 */
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

/** The self-help a request is suggested (in its confirmation, and again on the requester's page). */
export function selfHelpFor(
  articles: readonly KnowledgeArticle[],
  request: {
    readonly category: string;
    readonly summary: string;
    readonly details: string;
  },
  language: Language
): KnowledgeArticle[] {
  return matchArticles(articles, {
    category: request.category,
    text: `${request.summary} ${request.details}`,
    language,
  });
}

/** The language a ticket's Language cell names, by the desk's catalogue. */
export function rowLanguage(row: TicketRow, reference: Reference): Language {
  return languageFrom(
    cellText(row.Language),
    reference.config.defaultLanguage,
    reference.catalogue.languages
  );
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

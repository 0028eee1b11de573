// Fix → article: a draft Knowledge Base row from a resolved ticket, its reviewer, and publishing it.
import {findTech, Tech} from '../people/techs';
import {DESK_ENGLISH, EmailContent} from '../notifications/email-layout';
import {OutgoingMessage, outgoing} from '../notifications/messages';
import {ActivityEntry} from '../tickets/activity';
import {STATUS} from '../tickets/workflow';
import {ARTICLE_STATUS} from './article-status';
import {wordsOf} from './ranking';

/** The Knowledge Base row of a proposed article, by header. */
export type ArticleRow = Readonly<Record<string, string | number | Date>>;

/** What a proposal needs from the ticket a tech picked. */
export interface SolvedTicketRow {
  readonly id: string;
  readonly status: string;
  readonly category: string;
  readonly summary: string;
  readonly resolution: string;
  readonly language: string;
}

const KEYWORDS_FROM_SUMMARY = 5;

/** Why the picked row cannot become an article, or undefined when it can. */
export function proposalProblem(
  ticket: SolvedTicketRow,
  proposer: Tech | undefined
): string | undefined {
  if (!proposer || !proposer.active)
    return 'Only an active tech on the Techs tab can propose an article.';
  if (ticket.id === '') return 'Select a row of a ticket on the Tickets tab.';
  if (ticket.status !== STATUS.resolved && ticket.status !== STATUS.closed)
    return `${ticket.id} is ${ticket.status || 'not resolved'}: propose an article from a resolved ticket.`;
  if (ticket.resolution.trim() === '')
    return `${ticket.id} has no Resolution to turn into steps.`;
  return undefined;
}

/** The draft row, prefilled from the ticket's summary and resolution; the reviewer edits it. */
export function draftArticle(
  ticket: SolvedTicketRow,
  proposer: Tech
): ArticleRow {
  return {
    Category: ticket.category.trim(),
    Keywords: [...new Set(wordsOf(ticket.summary))]
      .slice(0, KEYWORDS_FROM_SUMMARY)
      .join(', '),
    Title: ticket.summary.trim(),
    'Steps or Link': ticket.resolution.trim(),
    Status: ARTICLE_STATUS.draft,
    Language: ticket.language.trim() || 'English',
    Version: 0,
    Author: proposer.email,
    'Source Ticket': ticket.id,
    Published: '',
  };
}

/** Who reviews a tech's draft: their senior mentor when they have one, otherwise the coordinator. */
export function reviewerOf(
  proposer: Tech,
  techs: readonly Tech[],
  coordinatorEmail: string
): string {
  const mentor = findTech(techs, proposer.mentor);
  return mentor?.active ? mentor.email : coordinatorEmail.trim().toLowerCase();
}

/** The reviewer's email, in the one layout: what was proposed, from which ticket, and how to publish it. */
export function proposalEmail(request: {
  readonly deskName: string;
  readonly colour: string;
  readonly to: string;
  readonly proposer: Tech;
  readonly article: ArticleRow;
  /** Opens the Knowledge Base tab. */
  readonly sheetUrl: string;
}): OutgoingMessage {
  const {article, proposer} = request;
  const title = String(article.Title);
  const content: EmailContent = {
    language: DESK_ENGLISH,
    deskName: request.deskName,
    colour: request.colour,
    heading: `Article to review: ${title}`,
    status: `${proposer.name} proposes it from ticket ${String(article['Source Ticket'])}.`,
    blocks: [
      {
        kind: 'facts',
        facts: [
          {label: 'Title', value: title},
          {label: 'Steps', value: String(article['Steps or Link'])},
        ],
      },
      {
        kind: 'text',
        text: 'Edit it on the Knowledge Base tab, then set its Status to Published to offer it to requesters.',
      },
    ],
    action: {
      kind: 'button',
      link: {label: 'Open the Knowledge Base tab', url: request.sheetUrl},
    },
    footer: [request.deskName],
  };
  return outgoing(
    request.to,
    `Article to review: ${title}`,
    content,
    request.deskName
  );
}

/** The cells publishing changes: the next version, stamped with when. */
export function publication(
  previousVersion: unknown,
  now: Date
): {Version: number; Published: Date} {
  const version = Number(previousVersion);
  return {
    Version:
      Number.isFinite(version) && version >= 0 ? Math.floor(version) + 1 : 1,
    Published: now,
  };
}

/** The words of a publication's Activity line that name the article and its version. */
export function publicationWords(title: string, version: number): string {
  return `Published "${title}" version ${version},`;
}

/** The Activity line recording a publication and crediting its author (or whoever published it). */
export function publicationLine(
  article: {
    readonly title: string;
    readonly author: string;
    readonly sourceTicket: string;
  },
  version: number,
  who: string,
  when: Date
): ActivityEntry {
  return {
    when,
    ticketId: article.sourceTicket,
    field: 'Article',
    oldValue: '',
    newValue: `${publicationWords(article.title, version)} written by ${article.author || who}`,
    who,
  };
}

/** The Activity line recording a proposal and who reviews it. */
export function proposalLine(
  article: ArticleRow,
  reviewer: string,
  who: string,
  when: Date
): ActivityEntry {
  return {
    when,
    ticketId: String(article['Source Ticket']),
    field: 'Article',
    oldValue: '',
    newValue: `Proposed "${String(article.Title)}" for review by ${reviewer}`,
    who,
  };
}

/** Whether an Activity line records a proposal from its ticket. */
export function isProposalLine(line: ActivityEntry): boolean {
  return line.field === 'Article' && line.newValue.startsWith('Proposed "');
}

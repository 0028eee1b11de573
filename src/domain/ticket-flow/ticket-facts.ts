// A ticket row as the messages and pages tell it: its facts, its language, its self-help.
import {KnowledgeArticle, matchArticles} from '../knowledge/knowledge';
import {Language, languageFrom} from '../languages/language';
import {TicketFacts} from '../notifications/messages';
import {Reference} from '../settings/reference';
import {cellText, TicketRow} from '../tickets/ticket-row';

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

// Self-help figures: the deflection rate, each article's helpfulness, and articles that never help.
import {TicketMetrics} from './ticket-metrics';

/** An article suggested this often that never helped is listed for review. */
export const REVIEW_AFTER_SUGGESTIONS = 5;

export interface Deflection {
  /** Tickets whose confirmation suggested at least one article or past fix. */
  readonly offered: number;
  /** Of those, tickets the requester resolved with "This fixed it". */
  readonly deflected: number;
  /** deflected ÷ offered; undefined when nothing was offered. */
  readonly rate: number | undefined;
}

export function deflectionOf(tickets: readonly TicketMetrics[]): Deflection {
  const offered = tickets.filter(t => t.selfHelpSuggested.length > 0);
  const deflected = offered.filter(t => t.resolvedBy === 'self-service').length;
  return {
    offered: offered.length,
    deflected,
    rate: offered.length === 0 ? undefined : deflected / offered.length,
  };
}

export interface ArticleHelpfulness {
  readonly title: string;
  /** Confirmations that suggested it. */
  readonly suggested: number;
  /** Tickets it fixed ("This fixed it"). */
  readonly helped: number;
  /** helped ÷ suggested; undefined when never suggested. */
  readonly helpfulness: number | undefined;
}

/** An article's suggestions and fixes over some tickets (settled ones, stored between runs). */
export interface ArticleCounts {
  readonly suggested: number;
  readonly helped: number;
}

/**
 * Each Knowledge Base article's suggestions and fixes over every ticket (`settled`: what tickets
 * not given add), most suggested first
 * (ties by title). Past fixes are left out: they are not articles anyone can improve.
 */
export function articleHelpfulness(
  tickets: readonly TicketMetrics[],
  articleTitles: readonly string[],
  settled: Readonly<Record<string, ArticleCounts>> = {}
): ArticleHelpfulness[] {
  const counts = new Map(
    [...new Set(articleTitles)].map(title => [
      title,
      {...(settled[title] ?? {suggested: 0, helped: 0})},
    ])
  );
  for (const t of tickets) {
    for (const title of new Set(t.selfHelpSuggested)) {
      const count = counts.get(title);
      if (count) count.suggested++;
    }
    const fixed = counts.get(t.fixedByArticle);
    if (fixed) fixed.helped++;
  }
  return [...counts]
    .map(([title, {suggested, helped}]) => ({
      title,
      suggested,
      helped,
      helpfulness: suggested === 0 ? undefined : helped / suggested,
    }))
    .filter(a => a.suggested > 0 || a.helped > 0)
    .sort(
      (a, b) => b.suggested - a.suggested || a.title.localeCompare(b.title)
    );
}

/** Articles suggested at least REVIEW_AFTER_SUGGESTIONS times that never fixed a ticket. */
export function articlesToReview(
  articles: readonly ArticleHelpfulness[]
): ArticleHelpfulness[] {
  return articles.filter(
    a => a.suggested >= REVIEW_AFTER_SUGGESTIONS && a.helped === 0
  );
}

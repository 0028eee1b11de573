// Author credit: the Knowledge Base's published articles by the techs who wrote them, for badges.
import {normalised} from '../text';
import {ARTICLE_STATUS} from './article-status';

/** A published article's author and when it was published. */
export interface AuthoredArticle {
  readonly author: string;
  readonly publishedMs: number;
}

/**
 * The published rows that name an author, dated by their Published cell (read as the school's local
 * "yyyy-MM-dd HH:mm" or "yyyy-MM-dd"); a row without a readable date is left out.
 */
export function authoredArticles(
  rows: readonly Readonly<Record<string, string>>[],
  utcOffsetMinutes: (date: string) => number
): AuthoredArticle[] {
  return rows.flatMap(row => {
    const author = normalised(row['Author'] ?? '');
    const match = /^(\d{4}-\d{2}-\d{2})(?: (\d{2}:\d{2}))?$/.exec(
      (row['Published'] ?? '').trim()
    );
    if (
      normalised(row['Status'] ?? '') !==
        normalised(ARTICLE_STATUS.published) ||
      author === '' ||
      !match
    )
      return [];
    const localMs = Date.parse(`${match[1]}T${match[2] ?? '00:00'}:00Z`);
    return [
      {author, publishedMs: localMs - utcOffsetMinutes(match[1]) * 60_000},
    ];
  });
}

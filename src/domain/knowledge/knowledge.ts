// Knowledge Base: parses help articles and matches them to a ticket to suggest to the requester.
import {ENGLISH, Language, languageFrom} from '../languages/language';
import {normalised, splitList} from '../text';

export interface KnowledgeArticle {
  readonly category: string;
  readonly keywords: readonly string[];
  readonly title: string;
  readonly steps: string;
  /** The article's language; a blank Language cell means English. */
  readonly language: Language;
}

export function parseKnowledgeBase(
  rows: readonly {
    category: string;
    keywords: string;
    title: string;
    steps: string;
    language?: string;
  }[]
): readonly KnowledgeArticle[] {
  return rows
    .filter(row => row.title.trim() !== '')
    .map(row => ({
      category: row.category.trim(),
      keywords: splitList(row.keywords).map(normalised),
      title: row.title.trim(),
      steps: row.steps.trim(),
      language: languageFrom(row.language ?? '', ENGLISH),
    }));
}

function words(text: string): Set<string> {
  return new Set(
    normalised(text)
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)
  );
}

/**
 * Up to `limit` self-help articles for a request, in the requester's language when the Knowledge
 * Base has matching ones in it, otherwise in English.
 */
export function matchArticles(
  articles: readonly KnowledgeArticle[],
  request: {category: string; text: string; language?: Language},
  limit = 3
): KnowledgeArticle[] {
  const language = request.language ?? ENGLISH;
  const own = matchIn(
    articles.filter(a => a.language === language),
    request,
    limit
  );
  return own.length > 0 || language === ENGLISH
    ? own
    : matchIn(
        articles.filter(a => a.language === ENGLISH),
        request,
        limit
      );
}

/**
 * Each keyword found in the summary or details scores 2, a matching category 1; articles that
 * match no keyword and no category are left out. Ties keep Knowledge Base order.
 */
function matchIn(
  articles: readonly KnowledgeArticle[],
  request: {category: string; text: string},
  limit: number
): KnowledgeArticle[] {
  const text = normalised(request.text);
  const textWords = words(request.text);
  const category = normalised(request.category);
  return articles
    .map((article, index) => {
      const hits = article.keywords.filter(keyword =>
        keyword.includes(' ') ? text.includes(keyword) : textWords.has(keyword)
      ).length;
      const sameCategory = normalised(article.category) === category ? 1 : 0;
      return {article, index, score: hits * 2 + sameCategory};
    })
    .filter(match => match.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, limit)
    .map(match => match.article);
}

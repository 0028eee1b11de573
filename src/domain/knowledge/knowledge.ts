// Knowledge Base: parses help articles and matches them to a ticket to suggest to the requester.
import {normalised, splitList} from '../text';

export interface KnowledgeArticle {
  readonly category: string;
  readonly keywords: readonly string[];
  readonly title: string;
  readonly steps: string;
}

export function parseKnowledgeBase(
  rows: readonly {
    category: string;
    keywords: string;
    title: string;
    steps: string;
  }[]
): readonly KnowledgeArticle[] {
  return rows
    .filter(row => row.title.trim() !== '')
    .map(row => ({
      category: row.category.trim(),
      keywords: splitList(row.keywords).map(normalised),
      title: row.title.trim(),
      steps: row.steps.trim(),
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
 * Up to `limit` self-help articles for a request: each keyword found in the summary or details
 * scores 2, a matching category 1; articles that match no keyword and no category are left out.
 * Ties keep Knowledge Base order.
 */
export function matchArticles(
  articles: readonly KnowledgeArticle[],
  request: {category: string; text: string},
  limit = 3
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

// Knowledge Base: parses help articles and matches them to a ticket to suggest to the requester.
import {ENGLISH, Language, languageFrom} from '../languages/language';
import {normalised, splitList} from '../text';
import {ARTICLE_STATUS} from './article-status';
import {bm25Scores, RankedDocument} from './ranking';

export interface KnowledgeArticle {
  readonly category: string;
  readonly keywords: readonly string[];
  readonly title: string;
  readonly steps: string;
  /** The article's language; a blank Language cell means English. */
  readonly language: Language;
  /** Set on a past fix offered as a suggestion: the ID of the ticket it comes from. */
  readonly fixedBefore?: string;
}

/** Only published articles are suggested; a row with no Status was typed before drafts existed. */
function isPublished(status: string): boolean {
  const value = normalised(status);
  return value === '' || value === normalised(ARTICLE_STATUS.published);
}

export function parseKnowledgeBase(
  rows: readonly {
    category: string;
    keywords: string;
    title: string;
    steps: string;
    status: string;
    language?: string;
  }[]
): readonly KnowledgeArticle[] {
  return rows
    .filter(row => row.title.trim() !== '' && isPublished(row.status))
    .map(row => ({
      category: row.category.trim(),
      keywords: splitList(row.keywords).map(normalised),
      title: row.title.trim(),
      steps: row.steps.trim(),
      language: languageFrom(row.language ?? '', ENGLISH),
    }));
}

/**
 * Knowledge Base cells the desk reads otherwise than typed: a Status that is neither Draft nor
 * Published, a Language the desk does not speak. Each names the row, the value and what the desk
 * does instead.
 */
export function knowledgeBaseProblems(
  rows: readonly {title: string; status: string; language?: string}[]
): string[] {
  const statuses = Object.values(ARTICLE_STATUS);
  return rows.flatMap((row, index) => {
    const title = row.title.trim();
    if (title === '') return [];
    const where = `Knowledge Base row ${index + 2} ("${title}")`;
    const problems: string[] = [];
    const status = row.status.trim();
    if (
      status !== '' &&
      !statuses.some(known => normalised(known) === normalised(status))
    )
      problems.push(
        `${where}: Status must be ${statuses.join(' or ')}, not "${status}"; the article is not suggested.`
      );
    const language = (row.language ?? '').trim();
    if (language !== '' && languageFrom(language, '') === '')
      problems.push(
        `${where}: Language "${language}" is not one the desk speaks; the article is read as English.`
      );
    return problems;
  });
}

/** A resolved ticket whose fix can help a later request of the same kind. */
export interface SolvedTicket {
  readonly id: string;
  readonly category: string;
  readonly summary: string;
  readonly resolution: string;
}

/** How many of the most recent resolved tickets self-help searches. */
export const SOLVED_TICKETS_SEARCHED = 500;

/** Categories whose articles apply to any request, and requests any article may answer. */
const GENERAL_CATEGORIES = new Set(['', 'general', 'other']);

interface Candidate {
  readonly article: KnowledgeArticle;
  readonly document: RankedDocument;
}

function articleCandidate(article: KnowledgeArticle): Candidate {
  return {
    article,
    document: [
      {text: article.title, weight: 2},
      {text: article.keywords.join(' '), weight: 3},
      {text: article.steps, weight: 1},
      {text: article.category, weight: 1},
    ],
  };
}

/** A past fix, offered by its ticket ID and resolution only: another requester's words stay theirs. */
function ticketCandidate(ticket: SolvedTicket): Candidate {
  return {
    article: {
      category: ticket.category.trim(),
      keywords: [],
      title: `Fixed before (${ticket.id})`,
      steps: ticket.resolution.trim(),
      // A tech's words, as typed: offered in every language.
      language: ENGLISH,
      fixedBefore: ticket.id,
    },
    document: [
      {text: ticket.summary, weight: 1},
      {text: ticket.resolution, weight: 1},
    ],
  };
}

function distinctFixes(solved: readonly SolvedTicket[]): SolvedTicket[] {
  const seen = new Set<string>();
  return solved
    .slice(-SOLVED_TICKETS_SEARCHED)
    .reverse()
    .filter(ticket => {
      const fix = normalised(ticket.resolution);
      if (fix === '' || seen.has(fix)) return false;
      seen.add(fix);
      return true;
    });
}

/**
 * Up to `limit` self-help suggestions for a request, in the requester's language when the
 * Knowledge Base has matching articles in it, otherwise in English; past fixes compete in both.
 */
export function matchArticles(
  articles: readonly KnowledgeArticle[],
  request: {category: string; text: string; language?: Language},
  limit = 3,
  solved: readonly SolvedTicket[] = []
): KnowledgeArticle[] {
  const language = request.language ?? ENGLISH;
  const inLanguage = (wanted: Language) =>
    matchIn(
      articles.filter(article => article.language === wanted),
      request,
      limit,
      solved
    );
  const own = inLanguage(language);
  const hasArticle = own.some(found => found.fixedBefore === undefined);
  return hasArticle || language === ENGLISH ? own : inLanguage(ENGLISH);
}

/**
 * Ranked by BM25 over the articles' titles, keywords, steps and categories and the past fixes'
 * summaries and resolutions against the request's summary and details. The request's category is
 * a hard rule that comes before the score: articles of the request's own category first, then
 * general ones (category empty, General or Other), and never another category's article (unless
 * the request itself is Other); within a tier articles and past fixes compete on score. Nothing
 * that shares no word with the request is suggested, except the request category's own articles
 * when nothing else matched.
 */
function matchIn(
  articles: readonly KnowledgeArticle[],
  request: {category: string; text: string},
  limit: number,
  solved: readonly SolvedTicket[]
): KnowledgeArticle[] {
  const category = normalised(request.category);
  const anyCategory = GENERAL_CATEGORIES.has(category);
  const tierOf = (candidate: Candidate): number | undefined => {
    const own = normalised(candidate.article.category);
    if (own === category || anyCategory) return 0;
    if (
      GENERAL_CATEGORIES.has(own) &&
      candidate.article.fixedBefore === undefined
    )
      return 1;
    return undefined;
  };
  const candidates = [
    ...articles.map(articleCandidate),
    ...distinctFixes(solved).map(ticketCandidate),
  ];
  const scores = bm25Scores(
    candidates.map(candidate => candidate.document),
    request.text
  );
  const ranked = candidates
    .map((candidate, index) => ({
      candidate,
      index,
      tier: tierOf(candidate),
      score: scores[index],
    }))
    .filter(match => match.tier !== undefined && match.score > 0)
    .sort(
      (a, b) =>
        (a.tier as number) - (b.tier as number) ||
        b.score - a.score ||
        a.index - b.index
    )
    .map(match => match.candidate.article);
  const found =
    ranked.length > 0 || anyCategory
      ? ranked
      : articles.filter(article => normalised(article.category) === category);
  return found.slice(0, limit);
}

/** What the Knowledge Base page lists: articles in the visitor's language, or in English. */
export interface ArticleSearch {
  readonly articles: readonly KnowledgeArticle[];
  /** None matched in the visitor's language, so these are the English ones. */
  readonly inEnglish: boolean;
}

/**
 * The published articles for a visitor: with a query, those sharing a word with it, best BM25
 * score first (the same ranking self-help uses, without a category); without one, all of them in
 * Knowledge Base order. The visitor's language first, English when it has none that match.
 */
export function searchArticles(
  articles: readonly KnowledgeArticle[],
  query: string,
  language: Language
): ArticleSearch {
  const found = (wanted: Language) => {
    const own = articles.filter(article => article.language === wanted);
    if (query.trim() === '') return own;
    const scores = bm25Scores(
      own.map(article => articleCandidate(article).document),
      query
    );
    return own
      .map((article, index) => ({article, index, score: scores[index]}))
      .filter(match => match.score > 0)
      .sort((a, b) => b.score - a.score || a.index - b.index)
      .map(match => match.article);
  };
  const own = found(language);
  return own.length > 0 || language === ENGLISH
    ? {articles: own, inEnglish: false}
    : {articles: found(ENGLISH), inEnglish: true};
}

/** The published article a "This fixed it" link names: by title, in the ticket's language first. */
export function articleTitled(
  articles: readonly KnowledgeArticle[],
  title: string,
  language: Language
): KnowledgeArticle | undefined {
  const titled = articles.filter(article => article.title === title);
  return titled.find(article => article.language === language) ?? titled[0];
}

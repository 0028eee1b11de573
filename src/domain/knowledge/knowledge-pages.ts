// The Knowledge Base pages of the web app: "This fixed it" (a button that posts) and the searchable list.
import {infoOf, say, sayHtml} from '../languages/catalogue';
import {MessageKey} from '../languages/shipped-texts';
import {escapeHtml, isolatedHtml} from '../text';
import {hiddenFields, PageLook, webPage} from '../web/page';
import {ArticleSearch} from './knowledge';
import {KNOWLEDGE_PAGE} from './fixed-link';

export type FixedOutcome =
  | {
      readonly kind: 'confirm';
      readonly ticketId: string;
      readonly title: string;
      /** The article's steps, or '' when it is no longer in the Knowledge Base. */
      readonly steps: string;
      readonly action: string;
      readonly fields: Readonly<Record<string, string>>;
    }
  | {readonly kind: 'done'; readonly ticketId: string}
  | {readonly kind: 'closed'; readonly ticketId: string}
  | {readonly kind: 'forged'};

/** Escaped text with its line breaks kept (steps are typed with them), each paragraph in its own direction. */
function paragraphs(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map(
      part =>
        `<p dir="auto">${escapeHtml(part.trim()).replace(/\n/g, '<br>')}</p>`
    )
    .join('');
}

function article(title: string, steps: string, category = ''): string {
  const label =
    category === '' ? '' : `<p class="desk">${isolatedHtml(category)}</p>`;
  return (
    `<article>${label}<h2>${isolatedHtml(title)}</h2>` +
    (steps.trim() === '' ? '' : paragraphs(steps)) +
    '</article>'
  );
}

/**
 * The page a "This fixed it" link opens: the article and a button that POSTs (a GET never
 * resolves anything: mail scanners open links before people do, platform.md: Web apps), then the
 * thanks, or why the link cannot be used.
 */
export function fixedPage(
  look: PageLook,
  outcome: FixedOutcome
): {title: string; html: string} {
  const text = (key: MessageKey, ticketId = '') =>
    sayHtml(look.catalogue, look.language, key, {ticketId});
  const heading = (key: MessageKey) => say(look.catalogue, look.language, key);
  switch (outcome.kind) {
    case 'confirm':
      return webPage(
        look,
        heading('fixed.title'),
        article(outcome.title, outcome.steps) +
          `<p id="message">${text('fixed.prompt', outcome.ticketId)}</p>` +
          `<form method="post" action="${escapeHtml(outcome.action)}" target="_top">${hiddenFields(outcome.fields)}` +
          `<button type="submit" id="fixed">${text('fixed.button')}</button></form>`
      );
    case 'done':
      return webPage(
        look,
        heading('fixed.doneTitle'),
        `<p id="message">${text('fixed.done', outcome.ticketId)}</p>`
      );
    case 'closed':
      return webPage(
        look,
        heading('fixed.closedTitle'),
        `<p id="message">${text('fixed.closed', outcome.ticketId)}</p>`
      );
    case 'forged':
      return webPage(
        look,
        heading('page.refusedTitle'),
        `<p id="message">${text('fixed.forged')}</p>`
      );
  }
}

/**
 * The Knowledge Base page: a search box (a GET form: searching changes nothing) and the published
 * articles it finds, each with its steps, in the visitor's language or, when none, in English.
 */
export function knowledgeBasePage(
  look: PageLook,
  request: {
    readonly query: string;
    readonly action: string;
    readonly found: ArticleSearch;
  }
): {title: string; html: string} {
  const {catalogue, language} = look;
  const text = (key: MessageKey, values: Record<string, string> = {}) =>
    sayHtml(catalogue, language, key, {...values, deskName: look.deskName});
  const {query, found} = request;
  const code = infoOf(catalogue, language).code;
  const search =
    `<form method="get" action="${escapeHtml(request.action)}" target="_top" role="search">` +
    hiddenFields({p: KNOWLEDGE_PAGE.kb, l: code}) +
    `<label for="q">${text('kb.search')}</label>` +
    `<input type="search" id="q" name="q" dir="auto" value="${escapeHtml(query)}">` +
    `<button type="submit">${text('kb.button')}</button></form>`;
  const results =
    query.trim() === ''
      ? ''
      : `<h2 id="results">${text('kb.results', {query: query.trim()})}</h2>`;
  const english = found.inEnglish
    ? `<p><strong>${text('kb.inEnglish')}</strong></p>`
    : '';
  const list =
    found.articles.length === 0
      ? `<p id="message">${text('kb.none')}</p>`
      : `<div${found.inEnglish ? ' lang="en" dir="ltr"' : ''}>` +
        found.articles
          .map(a => article(a.title, a.steps, a.category))
          .join('') +
        '</div>';
  return webPage(
    look,
    say(catalogue, language, 'kb.title'),
    `<p>${text('kb.intro')}</p>${search}${results}${english}${list}`,
    'wide'
  );
}

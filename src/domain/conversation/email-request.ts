// A request by email as the intake form would have it: subject, words, sender, a guessed category.
import {KnowledgeArticle, searchArticles} from '../knowledge/knowledge';
import {ENGLISH} from '../languages/language';
import {shortened} from '../shortening';
import {FormAnswers} from '../tickets/intake-form';
import {IMPACTS, URGENCIES} from '../tickets/priority';
import {STATUS} from '../tickets/workflow';
import {InboundMail} from './inbound-mail';
import {replyText} from './reply-text';

/** A response key no form response can have: one ticket per message, however often it is read. */
export function emailKey(messageId: string): string {
  return `email:${messageId}`;
}

/** Details keep as much as a long form answer would, with a visible marker past it. */
const DETAILS_MAX = 4000;
const SUMMARY_MAX = 200;
const REPLY_PREFIX = /^\s*((re|fw|fwd|aw|sv|rv|odp)\s*:\s*)+/i;

/**
 * The category of the Knowledge Base article that best matches the words (the ranking self-help
 * uses), or the desk's last category (Other, in the example school) when none does.
 */
export function guessedCategory(
  words: string,
  articles: readonly KnowledgeArticle[],
  categories: readonly string[]
): string {
  const best = searchArticles(articles, words, ENGLISH).articles[0];
  if (best && categories.includes(best.category)) return best.category;
  return categories.at(-1) ?? '';
}

/**
 * The form's answers for a message: its subject the summary, its own words the details (a
 * follow-up of an old ticket says which), its sender the requester; the lowest impact and urgency
 * (the form's defaults), for a tech to raise.
 */
export function emailAnswers(
  mail: InboundMail,
  sender: string,
  context: {
    readonly articles: readonly KnowledgeArticle[];
    readonly categories: readonly string[];
    /** The closed ticket this message answered, when it follows one up. */
    readonly follows?: string;
  }
): FormAnswers {
  const subject = mail.subject.replace(REPLY_PREFIX, '').trim();
  const words = replyText(mail.plainBody);
  const details = context.follows
    ? `Follows up ${context.follows}, which was closed.\n\n${words}`
    : words;
  const summary = subject || words.split('\n')[0] || '(no subject)';
  return {
    timestamp: new Date(mail.dateMs).toISOString(),
    email: sender,
    campus: '',
    room: '',
    category: guessedCategory(
      `${subject} ${words}`,
      context.articles,
      context.categories
    ),
    assetTag: '',
    impact: IMPACTS[0],
    urgency: URGENCIES[0],
    summary: shortened(summary, SUMMARY_MAX),
    details: shortened(details, DETAILS_MAX),
    language: '',
    screenshots: '',
  };
}

/** A reply this long after its ticket closed is a new request that follows it up. */
export const FOLLOW_UP_AFTER_MS = 14 * 24 * 60 * 60_000;

/** Whether a reply to this ticket opens a new one: it was closed more than two weeks ago. */
export function closedLongAgo(
  status: string,
  closedAt: unknown,
  nowMs: number
): boolean {
  return (
    status === STATUS.closed &&
    closedAt instanceof Date &&
    nowMs - closedAt.getTime() > FOLLOW_UP_AFTER_MS
  );
}

/** Mail from the school's own domain (the desk's): a stranger's mail never opens a ticket. */
export function sameDomain(sender: string, deskAddress: string): boolean {
  const domain = (address: string) =>
    address.trim().toLowerCase().split('@')[1] ?? '';
  return domain(sender) !== '' && domain(sender) === domain(deskAddress);
}

/**
 * Gmail's search language, the operators a script uses to find mail
 * (https://support.google.com/mail/answer/7190; the Gmail API takes the same,
 * https://developers.google.com/workspace/gmail/api/guides/filtering): `label:`, `in:`, `is:`,
 * `from:`, `to:`, `subject:`, `after:`, `before:`, `newer_than:`, `older_than:`,
 * `has:attachment`, `filename:`, words and "phrases", each negated by a leading `-`. `OR`, `{}`
 * and `AROUND` are not modelled: they read as words.
 */
import {instantOfLocalMs} from '../core/zoned-time';
import {Mailbox, StoredMessage, StoredThread} from '../mail/mailbox';

type Test = (message: StoredMessage, thread: StoredThread) => boolean;

interface Term {
  readonly negated: boolean;
  readonly test: Test;
  /** `in:trash`, `in:spam`, `in:anywhere`: the search looks where it otherwise does not. */
  readonly widens: boolean;
}

const DAY_MS = 86_400_000;
const UNIT_MS: Record<string, number> = {
  d: DAY_MS,
  m: 30 * DAY_MS,
  y: 365 * DAY_MS,
};

/** Gmail's label names match with any case and with `-` for spaces and slashes. */
export function labelKey(name: string): string {
  return name.toLowerCase().replace(/[\s/]+/g, '-');
}

function contains(haystack: string, needle: string): boolean {
  return haystack.toLowerCase().includes(needle.toLowerCase());
}

/** A whole word or phrase, not part of a longer word, ignoring case. */
function hasWords(text: string, words: string): boolean {
  const escaped = words.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(
    `(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`,
    'iu'
  ).test(text);
}

/**
 * `2026/11/23` or `2026-11-23` is midnight that day in Pacific time ("All dates used in the search
 * query are interpreted as midnight on that date in the PST timezone", the Gmail API's filtering
 * guide); a plain number is seconds since the epoch.
 */
function dateBound(value: string): number | undefined {
  if (/^\d{9,}$/.test(value)) return Number(value) * 1000;
  const parts = /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})$/.exec(value);
  if (!parts) return undefined;
  const [, year, month, day] = parts.map(Number);
  return instantOfLocalMs(
    Date.UTC(year, month - 1, day),
    'America/Los_Angeles'
  );
}

function operatorTest(
  operator: string,
  value: string,
  now: number
): Test | undefined {
  switch (operator) {
    case 'label': {
      const key = labelKey(value);
      return (_, thread) => [...thread.labels].some(l => labelKey(l) === key);
    }
    case 'in':
      switch (value.toLowerCase()) {
        case 'inbox':
          return (_, thread) => thread.inInbox;
        case 'sent':
          return message => message.sent;
        case 'drafts':
        case 'draft':
          return message => message.draft;
        case 'trash':
          return message => message.trashed;
        case 'spam':
          return (_, thread) => thread.inSpam;
        case 'anywhere':
          return () => true;
      }
      return undefined;
    case 'is':
      switch (value.toLowerCase()) {
        case 'unread':
          return message => message.unread;
        case 'read':
          return message => !message.unread;
        case 'starred':
          return message => message.starred;
        case 'important':
          return (_, thread) => thread.important;
      }
      return undefined;
    case 'from':
      return message => contains(message.from, value);
    case 'to':
      return message =>
        contains(`${message.to}, ${message.cc}, ${message.bcc}`, value);
    case 'subject':
      return message =>
        value
          .split(/\s+/)
          .filter(w => w !== '')
          .every(word => hasWords(message.subject, word));
    case 'after':
    case 'before': {
      const bound = dateBound(value);
      if (bound === undefined) return undefined;
      return operator === 'after'
        ? message => message.date >= bound
        : message => message.date < bound;
    }
    case 'newer_than':
    case 'older_than': {
      const parts = /^(\d+)([dmy])$/.exec(value);
      if (!parts) return undefined;
      const since = now - Number(parts[1]) * UNIT_MS[parts[2]];
      return operator === 'newer_than'
        ? message => message.date >= since
        : message => message.date < since;
    }
    case 'has':
      return value.toLowerCase() === 'attachment'
        ? message => message.attachments.length > 0
        : undefined;
    case 'filename':
      return message => message.attachments.some(a => contains(a.name, value));
  }
  return undefined;
}

const TOKEN =
  /(-?)(?:([a-z_]+):(?:"([^"]*)"|\(([^)]*)\)|(\S+))|"([^"]*)"|(\S+))/gi;

function parse(query: string, now: number): Term[] {
  const terms: Term[] = [];
  for (const match of String(query).matchAll(TOKEN)) {
    const [whole, minus, operator, quoted, grouped, plain, phrase, word] =
      match;
    const negated = minus === '-';
    if (operator) {
      const value = quoted ?? grouped ?? plain ?? '';
      const test = operatorTest(operator.toLowerCase(), value, now);
      if (test) {
        const widens =
          operator.toLowerCase() === 'in' &&
          ['trash', 'spam', 'anywhere'].includes(value.toLowerCase());
        terms.push({negated, test, widens});
        continue;
      }
    }
    const text = phrase ?? word ?? whole.slice(minus.length);
    terms.push({
      negated,
      widens: false,
      test: message =>
        hasWords(
          `${message.subject}\n${message.plainBody}\n${message.from}`,
          text
        ),
    });
  }
  return terms;
}

/**
 * The threads of a mailbox that hold a message matching every term of the query, newest first.
 * Trash and spam are left out unless the query asks for them, as in Gmail.
 */
export function searchThreads(
  mailbox: Mailbox,
  query: string,
  now: number
): StoredThread[] {
  const terms = parse(query, now);
  const widened = terms.some(term => term.widens && !term.negated);
  const matches = (message: StoredMessage, thread: StoredThread) =>
    (widened || (!message.trashed && !thread.inSpam)) &&
    terms.every(term => term.test(message, thread) !== term.negated);
  // Newest first; among threads of the same time, the one started last.
  return [...mailbox.threads.values()]
    .reverse()
    .filter(thread =>
      mailbox.messagesOf(thread).some(message => matches(message, thread))
    )
    .sort((a, b) => mailbox.lastDate(b) - mailbox.lastDate(a));
}

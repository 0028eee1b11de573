// The texts the desk ships, one data file per language in `texts/` (requester emails, status lines,
// the rating, Knowledge Base, teacher and team pages, the monthly report); English names the keys.
import ar from './texts/ar.json';
import en from './texts/en.json';
import es from './texts/es.json';
import pl from './texts/pl.json';
import zh from './texts/zh.json';

/** Keys of a texts file (and of the Translations tab) that describe the language itself. */
export const LANGUAGE_KEYS = {
  name: 'language.name',
  english: 'language.english',
  direction: 'language.direction',
} as const;

type LanguageKey = (typeof LANGUAGE_KEYS)[keyof typeof LANGUAGE_KEYS];

/**
 * A language's file: English's keys, the language's own (`language.name`…) and every text, so the
 * compiler refuses a shipped file that lacks one.
 */
export type Texts = Readonly<Record<keyof typeof en, string>>;

export type MessageKey = Exclude<keyof Texts, LanguageKey>;

/** The shipped texts by language code, in the order the form offers the languages. */
export const SHIPPED_TEXTS: Readonly<Record<string, Texts>> = {
  en,
  es,
  pl,
  zh,
  ar,
};

const languageKeys: readonly string[] = Object.values(LANGUAGE_KEYS);

export const MESSAGE_KEYS: readonly MessageKey[] = Object.keys(en).filter(
  (key): key is MessageKey => !languageKeys.includes(key)
);

/** How many monthly reflection prompts there are (`monthly.reflection1`…): one a month, in turn. */
export const REFLECTION_PROMPTS = MESSAGE_KEYS.filter(key =>
  /^monthly\.reflection\d+$/.test(key)
).length;

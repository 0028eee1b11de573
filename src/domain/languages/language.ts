// The languages the desk writes in: the five it ships, and any the coordinator adds.
import {LANGUAGE_KEYS, SHIPPED_TEXTS} from './shipped-texts';

/** A language's code ("es"), what it calls itself ("Español"), its English name and direction. */
export interface LanguageInfo {
  readonly code: string;
  readonly name: string;
  readonly english: string;
  readonly dir: 'ltr' | 'rtl';
}

/** A language code: one of SHIPPED_LANGUAGES, or one the Translations tab adds. */
export type Language = string;

export const ENGLISH = 'en';

/** A direction as a texts file or the Translations tab writes it: right to left only when it says so. */
export function directionOf(text: string): LanguageInfo['dir'] {
  return /^rtl$/i.test(text.trim()) ? 'rtl' : 'ltr';
}

/** The shipped languages, as their texts files describe themselves. */
export const SHIPPED_LANGUAGES: readonly LanguageInfo[] = Object.entries(
  SHIPPED_TEXTS
).map(([code, texts]) => ({
  code,
  name: texts[LANGUAGE_KEYS.name],
  english: texts[LANGUAGE_KEYS.english],
  dir: directionOf(texts[LANGUAGE_KEYS.direction]),
}));

/** How the form offers a language: its own name, with the English name beside it. */
export function formChoice(language: LanguageInfo): string {
  return language.name === language.english
    ? language.name
    : `${language.name} (${language.english})`;
}

/**
 * The language a form answer or a cell names ("Español (Spanish)", "Español", "spanish", "es"),
 * falling back to `fallback`.
 */
export function languageFrom(
  answer: string,
  fallback: Language,
  languages: readonly LanguageInfo[] = SHIPPED_LANGUAGES
): Language {
  const wanted = answer.trim().toLowerCase();
  if (wanted === '') return fallback;
  const names = (l: LanguageInfo) =>
    [l.code, l.name, l.english, formChoice(l)].map(n => n.toLowerCase());
  const exact = languages.find(l => names(l).includes(wanted));
  if (exact) return exact.code;
  const prefix = languages.find(l =>
    names(l).some(n => n.length >= 4 && wanted.startsWith(n.slice(0, 4)))
  );
  if (prefix) return prefix.code;
  if (wanted.startsWith('espa')) return 'es';
  if (wanted.startsWith('ingl')) return ENGLISH;
  return fallback;
}

export function languageInfo(
  code: Language,
  languages: readonly LanguageInfo[] = SHIPPED_LANGUAGES
): LanguageInfo {
  return (
    languages.find(l => l.code === code) ??
    languages.find(l => l.code === ENGLISH) ??
    SHIPPED_LANGUAGES[0]
  );
}

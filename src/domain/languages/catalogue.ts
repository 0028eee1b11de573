// The translation catalogue: shipped texts, extended or overridden by the Translations tab.
import {
  directionOf,
  ENGLISH,
  Language,
  LanguageInfo,
  languageFrom,
  languageInfo,
  SHIPPED_LANGUAGES,
} from './language';
import {
  LANGUAGE_KEYS,
  MESSAGE_KEYS,
  MessageKey,
  SHIPPED_TEXTS,
} from './shipped-texts';
import {escapeHtml, isolatedHtml} from '../text';

export interface Catalogue {
  readonly languages: readonly LanguageInfo[];
  readonly texts: Readonly<
    Record<Language, Readonly<Partial<Record<MessageKey, string>>>>
  >;
}

export const SHIPPED_CATALOGUE: Catalogue = {
  languages: SHIPPED_LANGUAGES,
  texts: SHIPPED_TEXTS,
};

/** One row of the Translations tab: a language (code or name), a key and its text. */
export interface TranslationRow {
  readonly language: string;
  readonly key: string;
  readonly text: string;
}

const PLACEHOLDER = /\{(\w+)\}/g;

export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map(match => match[1]).sort();
}

/**
 * A key's text in a language, English when the language lacks it; the `{name}`s given are filled
 * raw, the others stay for the caller to fill.
 */
export function say(
  catalogue: Catalogue,
  language: Language,
  key: MessageKey,
  values: Readonly<Record<string, string>> = {}
): string {
  const text =
    catalogue.texts[language]?.[key] ?? catalogue.texts[ENGLISH]?.[key] ?? '';
  return text.replace(
    PLACEHOLDER,
    (placeholder, name: string) => values[name] ?? placeholder
  );
}

/**
 * `say` for a web page: the text escaped, each value filled isolated (`<bdi>`), since values are
 * people's words (a summary, a name) that may run the other way from the language.
 */
export function sayHtml(
  catalogue: Catalogue,
  language: Language,
  key: MessageKey,
  values: Readonly<Record<string, string>> = {}
): string {
  return escapeHtml(say(catalogue, language, key)).replace(
    PLACEHOLDER,
    (placeholder, name: string) =>
      values[name] === undefined ? placeholder : isolatedHtml(values[name])
  );
}

export function infoOf(catalogue: Catalogue, language: Language): LanguageInfo {
  return languageInfo(language, catalogue.languages);
}

function isMessageKey(key: string): key is MessageKey {
  return (MESSAGE_KEYS as readonly string[]).includes(key);
}

/** A code for a language the tab adds by name: its first two letters, unless already taken. */
function newCode(name: string, languages: readonly LanguageInfo[]): string {
  const wanted = name.trim().toLowerCase();
  if (/^[a-z]{2,3}(-[a-z0-9]+)?$/.test(wanted)) return wanted;
  return languages.some(l => l.code === wanted.slice(0, 2))
    ? wanted
    : wanted.slice(0, 2);
}

function addedLanguages(
  rows: readonly TranslationRow[],
  shipped: readonly LanguageInfo[]
): LanguageInfo[] {
  const languages = [...shipped];
  for (const row of rows) {
    if (row.key.trim() !== LANGUAGE_KEYS.name || row.text.trim() === '')
      continue;
    const known = languageFrom(row.language, '', languages);
    if (known !== '') continue;
    const attribute = (key: string) =>
      rows
        .find(
          r =>
            r.key.trim() === key &&
            r.language.trim().toLowerCase() ===
              row.language.trim().toLowerCase()
        )
        ?.text.trim() ?? '';
    languages.push({
      code: newCode(row.language, languages),
      name: row.text.trim(),
      english: attribute(LANGUAGE_KEYS.english) || row.language.trim(),
      dir: directionOf(attribute(LANGUAGE_KEYS.direction)),
    });
  }
  return languages;
}

/**
 * The shipped catalogue with the Translations tab laid over it: a row overrides a shipped text or
 * adds one; rows with `language.name` (and optionally `language.english`, `language.direction`)
 * add a language. Unknown keys and placeholders English does not have are reported and skipped.
 */
export function catalogueFrom(rows: readonly TranslationRow[]): {
  catalogue: Catalogue;
  problems: string[];
} {
  const languages = addedLanguages(rows, SHIPPED_LANGUAGES);
  const texts: Record<Language, Partial<Record<MessageKey, string>>> = {};
  for (const language of languages)
    texts[language.code] = {...(SHIPPED_TEXTS[language.code] ?? {})};
  const problems: string[] = [];
  rows.forEach((row, index) => {
    const key = row.key.trim();
    const where = `Translations row ${index + 2}`;
    if (key === '' || key.startsWith('language.')) return;
    if (!isMessageKey(key)) {
      problems.push(`${where}: "${key}" is not a text the desk uses.`);
      return;
    }
    const language = languageFrom(row.language, '', languages);
    if (language === '') {
      problems.push(
        `${where}: "${row.language}" is not a language the desk knows; add a "${LANGUAGE_KEYS.name}" row for it.`
      );
      return;
    }
    const text = row.text.trim();
    if (text === '') return;
    const english = placeholdersOf(SHIPPED_TEXTS[ENGLISH][key]);
    const extra = placeholdersOf(text).filter(n => !english.includes(n));
    if (extra.length > 0) {
      problems.push(
        `${where}: {${extra.join('}, {')}} cannot be filled in "${key}"; it may use {${english.join('}, {')}}.`
      );
      return;
    }
    texts[language][key] = text;
  });
  return {catalogue: {languages, texts}, problems};
}

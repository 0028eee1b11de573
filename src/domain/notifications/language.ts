/** The languages requesters can choose on the form; message templates exist for each. */
export const LANGUAGES = {
  en: 'English',
  es: 'Español',
} as const;

export type Language = keyof typeof LANGUAGES;

export const LANGUAGE_CHOICES: readonly string[] = Object.values(LANGUAGES);

/** The language for a form answer ("Español", "spanish", "es"…), falling back to `fallback`. */
export function languageFrom(answer: string, fallback: Language): Language {
  const wanted = answer.trim().toLowerCase();
  if (wanted === '') return fallback;
  for (const [code, name] of Object.entries(LANGUAGES) as [
    Language,
    string,
  ][]) {
    if (wanted === code || wanted === name.toLowerCase()) return code;
  }
  if (wanted.startsWith('span') || wanted.startsWith('espa')) return 'es';
  if (wanted.startsWith('engl') || wanted.startsWith('ingl')) return 'en';
  return fallback;
}

// The Translations tab.

export const TRANSLATIONS_TAB = 'Translations';

/** The Translations tab: the coordinator's texts over the shipped ones, or a new language's. */
export const TRANSLATION_HEADERS = ['Language', 'Key', 'Text'] as const;

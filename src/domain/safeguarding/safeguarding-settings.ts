// Safeguarding settings in Config: work that needs an adult, and how long personal details stay.
import {ConfigRow} from '../configuration/config-row';
import {normalised, splitList} from '../text';

export interface SafeguardingSettings {
  /** Categories a student may work only once Level 2 staff or the coordinator approved. */
  readonly adultOnlyCategories: readonly string[];
  /** Words in a ticket's summary or details that make it adult-only whatever its category. */
  readonly adultOnlyWords: readonly string[];
  /** Days a closed ticket keeps its requester's address and free text; undefined keeps them. */
  readonly personalDetailsDays: number | undefined;
}

export const SAFEGUARDING_KEY = {
  adultOnlyCategories: 'Adult-only Categories',
  adultOnlyWords: 'Adult-only Words',
  personalDetailsDays: 'Personal Details Kept (days)',
} as const;

export const SAFEGUARDING_CONFIG_DEFAULTS: readonly ConfigRow[] = [
  {
    key: SAFEGUARDING_KEY.adultOnlyCategories,
    value: 'Account or Password',
    description:
      'Categories a student tech starts only after Level 2 staff or the coordinator ticks Staff Approval on the ticket (separated by commas).',
  },
  {
    key: SAFEGUARDING_KEY.adultOnlyWords,
    value: 'password, wipe, powerwash, factory reset, re-enrol, re-enroll',
    description:
      'Words that make a ticket need Staff Approval whatever its category, when its summary or details contain one (separated by commas).',
  },
  {
    key: SAFEGUARDING_KEY.personalDetailsDays,
    value: '365',
    description:
      'Days after a ticket is resolved that the desk keeps the requester’s address, the details, the screenshots’ links and the conversation; then it removes them at night and keeps the figures. Empty keeps them.',
  },
];

export function parseSafeguardingSettings(
  rows: readonly {key: string; value: string}[],
  categories: readonly string[]
): {settings: SafeguardingSettings; problems: string[]} {
  const typed = (key: string) =>
    rows.find(r => r.key.trim() === key)?.value.trim();
  const valueOf = (key: string) =>
    typed(key) ??
    SAFEGUARDING_CONFIG_DEFAULTS.find(row => row.key === key)?.value ??
    '';
  const problems: string[] = [];
  const adultOnlyCategories: string[] = [];
  for (const name of splitList(valueOf(SAFEGUARDING_KEY.adultOnlyCategories))) {
    const category = categories.find(c => normalised(c) === normalised(name));
    if (category) adultOnlyCategories.push(category);
    else
      problems.push(
        `Config "${SAFEGUARDING_KEY.adultOnlyCategories}" names "${name}", which is not one of the Categories; it is ignored.`
      );
  }
  const daysText = valueOf(SAFEGUARDING_KEY.personalDetailsDays);
  let personalDetailsDays: number | undefined = Number(daysText);
  if (daysText === '') personalDetailsDays = undefined;
  else if (
    !Number.isInteger(personalDetailsDays) ||
    personalDetailsDays < 1 ||
    personalDetailsDays > 36500
  ) {
    problems.push(
      `Config "${SAFEGUARDING_KEY.personalDetailsDays}" must be a whole number of days (1 or more) or empty, not "${daysText}"; personal details are kept until it is fixed.`
    );
    personalDetailsDays = undefined;
  }
  return {
    settings: {
      personalDetailsDays,
      adultOnlyCategories,
      adultOnlyWords: splitList(valueOf(SAFEGUARDING_KEY.adultOnlyWords)).map(
        normalised
      ),
    },
    problems,
  };
}

// The Config tab: desk settings, their defaults, and parsing them with readable errors.
import {colourProblem, DEFAULT_DESK_COLOUR} from './colour';
import {Language, languageFrom} from '../languages/language';
import {isLocalDate, isSchoolDay, weekdayOf} from '../school-time/local-time';
import {DayTypeMode} from '../school-time/schedule';
import {splitList} from '../text';
import {ConfigRow} from './config-row';

export interface DeskConfig {
  readonly deskName: string;
  /** The colour of the desk's emails and pages (`#rrggbb`, dark enough for white text). */
  readonly deskColour: string;
  readonly campuses: readonly string[];
  readonly categories: readonly string[];
  readonly dayTypeMode: DayTypeMode;
  /** A school day that is an A day; A and B alternate on weekdays from it. */
  readonly abCycleStart: string;
  readonly duplicateWindowMinutes: number;
  readonly defaultLanguage: Language;
  readonly coordinatorEmail: string;
}

export const CONFIG_KEY = {
  deskName: 'Desk Name',
  deskColour: 'Desk Colour',
  campuses: 'Campuses',
  categories: 'Categories',
  dayTypeMode: 'Day Types',
  abCycleStart: 'A/B Cycle Start',
  duplicateWindowMinutes: 'Duplicate Window (minutes)',
  defaultLanguage: 'Default Language',
  coordinatorEmail: 'Coordinator Email',
  deskOwner: 'Desk Owner',
  timeZone: 'Time Zone',
} as const;

/** The desk's own Config rows, with their defaults (each capability lists its own beside it). */
export const DESK_CONFIG_DEFAULTS: readonly ConfigRow[] = [
  {
    key: CONFIG_KEY.deskName,
    value: 'Peer Desk',
    description: 'Name shown in emails and on the form.',
  },
  {
    key: CONFIG_KEY.deskColour,
    value: DEFAULT_DESK_COLOUR,
    description:
      'Colour of the emails and the rating page, like #1a5fb4; dark enough for white text on it.',
  },
  {
    key: CONFIG_KEY.campuses,
    value: 'Main Campus',
    description: 'Campuses, separated by commas. The form offers these.',
  },
  {
    key: CONFIG_KEY.categories,
    value:
      'Chromebook, Projector or Display, Wi-Fi or Network, Printer, Account or Password, Software, Audio or Video, Other',
    description:
      'Problem categories, separated by commas. Tech skills use the same names.',
  },
  {
    key: CONFIG_KEY.dayTypeMode,
    value: 'weekdays',
    description:
      '"weekdays" (Schedule and Rota use Mon…Fri) or "A/B" (they use A and B, alternating school days).',
  },
  {
    key: CONFIG_KEY.abCycleStart,
    value: '2026-08-17',
    description:
      'For A/B schedules: a school day that was an A day (yyyy-mm-dd).',
  },
  {
    key: CONFIG_KEY.duplicateWindowMinutes,
    value: '120',
    description:
      'An open ticket for the same room and category created within this many minutes is a possible duplicate.',
  },
  {
    key: CONFIG_KEY.defaultLanguage,
    value: 'English',
    description: 'Language for emails when the requester does not choose one.',
  },
  {
    key: CONFIG_KEY.coordinatorEmail,
    value: '',
    description: 'The tech coordinator, told about tickets nobody can take.',
  },
  {
    key: CONFIG_KEY.timeZone,
    value: '',
    description:
      "Shown by setup, not read: the spreadsheet's time zone (File → Settings), which bell times, school minutes, due times and the digest hour follow. Change it there, then run Peer Desk › Set up or repair.",
  },
  {
    key: CONFIG_KEY.deskOwner,
    value: '',
    description:
      'Written by Set up or repair: the account whose triggers do the desk’s work and send its mail. Only it can run the admin menu items; it hands the desk over with Peer Desk › Hand over the desk. Editing this cell changes nothing.',
  },
];

export interface ParsedConfig {
  readonly config: DeskConfig;
  /** One clear sentence per value that could not be used; its default is used instead. */
  readonly problems: readonly string[];
}

function defaultOf(key: string): string {
  return DESK_CONFIG_DEFAULTS.find(row => row.key === key)?.value ?? '';
}

export function parseConfig(
  rows: readonly {key: string; value: string}[]
): ParsedConfig {
  const values = new Map<string, string>();
  for (const row of rows) {
    const key = row.key.trim();
    if (key !== '') values.set(key, row.value.trim());
  }
  const problems: string[] = [];
  const text = (key: string): string => {
    const value = values.get(key);
    return value === undefined || value === '' ? defaultOf(key) : value;
  };
  // A list the coordinator emptied is a typo, not a choice: the form would offer nothing.
  const list = (key: string): string[] => {
    const typed = values.get(key);
    const items = splitList(typed ?? defaultOf(key));
    if (items.length > 0) return items;
    problems.push(`Config "${key}" has no items; using the default list.`);
    return splitList(defaultOf(key));
  };

  const modeText = text(CONFIG_KEY.dayTypeMode)
    .toLowerCase()
    .replace(/\s/g, '');
  let dayTypeMode: DayTypeMode = 'weekdays';
  if (modeText === 'a/b' || modeText === 'ab') dayTypeMode = 'A/B';
  else if (modeText !== 'weekdays')
    problems.push(
      `Config "${CONFIG_KEY.dayTypeMode}" must be "weekdays" or "A/B", not "${values.get(CONFIG_KEY.dayTypeMode)}"; using weekdays.`
    );

  let abCycleStart = text(CONFIG_KEY.abCycleStart);
  if (!isLocalDate(abCycleStart)) {
    problems.push(
      `Config "${CONFIG_KEY.abCycleStart}" must be a date like 2026-08-17, not "${abCycleStart}"; using ${defaultOf(CONFIG_KEY.abCycleStart)}.`
    );
    abCycleStart = defaultOf(CONFIG_KEY.abCycleStart);
  } else if (dayTypeMode === 'A/B' && !isSchoolDay(abCycleStart)) {
    problems.push(
      `Config "${CONFIG_KEY.abCycleStart}" must be a school day (Monday to Friday), and ${abCycleStart} is a ${weekdayOf(abCycleStart)}; using ${defaultOf(CONFIG_KEY.abCycleStart)}.`
    );
    abCycleStart = defaultOf(CONFIG_KEY.abCycleStart);
  }

  let duplicateWindowMinutes = Number(text(CONFIG_KEY.duplicateWindowMinutes));
  if (!Number.isFinite(duplicateWindowMinutes) || duplicateWindowMinutes < 0) {
    problems.push(
      `Config "${CONFIG_KEY.duplicateWindowMinutes}" must be a number of minutes (0 or more), not "${values.get(CONFIG_KEY.duplicateWindowMinutes)}"; using ${defaultOf(CONFIG_KEY.duplicateWindowMinutes)}.`
    );
    duplicateWindowMinutes = Number(
      defaultOf(CONFIG_KEY.duplicateWindowMinutes)
    );
  }

  let deskColour = text(CONFIG_KEY.deskColour);
  const colourIssue = colourProblem(deskColour);
  if (colourIssue) {
    problems.push(
      `Config "${CONFIG_KEY.deskColour}" ${colourIssue}, not "${values.get(CONFIG_KEY.deskColour)}"; using ${DEFAULT_DESK_COLOUR}.`
    );
    deskColour = DEFAULT_DESK_COLOUR;
  }

  return {
    config: {
      deskName: text(CONFIG_KEY.deskName),
      deskColour,
      campuses: list(CONFIG_KEY.campuses),
      categories: list(CONFIG_KEY.categories),
      dayTypeMode,
      abCycleStart,
      duplicateWindowMinutes,
      defaultLanguage: languageFrom(text(CONFIG_KEY.defaultLanguage), 'en'),
      coordinatorEmail: text(CONFIG_KEY.coordinatorEmail),
    },
    problems,
  };
}

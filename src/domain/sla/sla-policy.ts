// SLA policy in Config: response and resolution targets per priority, defaults and parsing.
import {ConfigRow} from '../configuration/config-row';
import {isLocalDate, minutesOfDay} from '../school-time/local-time';
import {Priority, PRIORITIES} from '../tickets/priority';
import {splitList} from '../text';

/** Targets in school minutes: the clock runs only during school hours on school days. */
export interface SlaTarget {
  readonly firstResponse: number;
  readonly resolution: number;
}

export interface SlaPolicy {
  readonly targets: Readonly<Record<Priority, SlaTarget>>;
  /** Holidays, snow days: yyyy-MM-dd dates with no school even on a weekday. */
  readonly noSchoolDays: ReadonlySet<string>;
  /** A New ticket nobody took for this many school minutes is announced in the desk's space. */
  readonly unassignedAlertMinutes: number;
  /** Resolved tickets close after this many school days without a change. */
  readonly closeAfterSchoolDays: number;
  /** When the open-ticket summary goes to the desk's space on school days (minutes of the day). */
  readonly dailySummaryAt: number;
  /** Deliveries tried this many times are dead-lettered. */
  readonly maxAttempts: number;
}

export const SLA_KEY = {
  noSchoolDays: 'No School Days',
  unassignedAlert: 'Unassigned Alert (school minutes)',
  closeAfter: 'Close Resolved After (school days)',
  dailySummary: 'Daily Summary Time',
  maxAttempts: 'Notification Attempts',
} as const;

export function firstResponseKey(priority: Priority): string {
  return `${priority} First Response (school minutes)`;
}

export function resolutionKey(priority: Priority): string {
  return `${priority} Resolution (school minutes)`;
}

const DEFAULT_TARGETS: Readonly<Record<Priority, SlaTarget>> = {
  P1: {firstResponse: 15, resolution: 120},
  P2: {firstResponse: 30, resolution: 360},
  P3: {firstResponse: 60, resolution: 1200},
  P4: {firstResponse: 120, resolution: 2400},
};

export const SLA_CONFIG_DEFAULTS: readonly ConfigRow[] = [
  ...PRIORITIES.flatMap(priority => [
    {
      key: firstResponseKey(priority),
      value: String(DEFAULT_TARGETS[priority].firstResponse),
      description: `${priority}: a tech responds within this many school minutes, or the assignee and then their mentor are nudged.`,
    },
    {
      key: resolutionKey(priority),
      value: String(DEFAULT_TARGETS[priority].resolution),
      description: `${priority}: resolved within this many school minutes; the mentor is warned at 75% and Level 2 staff take over at 100%.`,
    },
  ]),
  {
    key: SLA_KEY.noSchoolDays,
    value: '',
    description:
      'Holidays and snow days (yyyy-mm-dd, separated by commas): the SLA clock does not run on them.',
  },
  {
    key: SLA_KEY.unassignedAlert,
    value: '15',
    description:
      "A ticket nobody has taken after this many school minutes is announced in the desk's Chat space.",
  },
  {
    key: SLA_KEY.closeAfter,
    value: '3',
    description:
      'Resolved tickets close after this many school days with no change.',
  },
  {
    key: SLA_KEY.dailySummary,
    value: '15:30',
    description:
      "When the open-ticket summary goes to the desk's Chat space on school days (HH:mm).",
  },
  {
    key: SLA_KEY.maxAttempts,
    value: '5',
    description:
      'An email or Chat message that failed this many times is dead-lettered in the Outbox tab.',
  },
];

export interface ParsedSlaPolicy {
  readonly policy: SlaPolicy;
  readonly problems: readonly string[];
}

/** The SLA policy from Config rows; unusable values fall back to their default with a problem. */
export function parseSlaPolicy(
  rows: readonly {key: string; value: string}[]
): ParsedSlaPolicy {
  const values = new Map(rows.map(row => [row.key.trim(), row.value.trim()]));
  const problems: string[] = [];
  const defaultOf = (key: string) =>
    SLA_CONFIG_DEFAULTS.find(row => row.key === key)?.value ?? '';
  const minutes = (key: string, least: number): number => {
    const text = values.get(key) || defaultOf(key);
    const value = Number(text);
    if (Number.isInteger(value) && value >= least) return value;
    problems.push(
      `Config "${key}" must be a whole number (${least} or more), not "${text}"; using ${defaultOf(key)}.`
    );
    return Number(defaultOf(key));
  };
  const targets = Object.fromEntries(
    PRIORITIES.map(priority => [
      priority,
      {
        firstResponse: minutes(firstResponseKey(priority), 1),
        resolution: minutes(resolutionKey(priority), 1),
      },
    ])
  ) as Record<Priority, SlaTarget>;
  const noSchoolDays = new Set<string>();
  for (const date of splitList(values.get(SLA_KEY.noSchoolDays) ?? '')) {
    if (isLocalDate(date)) noSchoolDays.add(date);
    else
      problems.push(
        `Config "${SLA_KEY.noSchoolDays}": "${date}" is not a date like 2026-12-24; it is ignored.`
      );
  }
  const summaryText =
    values.get(SLA_KEY.dailySummary) || defaultOf(SLA_KEY.dailySummary);
  let dailySummaryAt = minutesOfDay(summaryText);
  if (dailySummaryAt === undefined) {
    problems.push(
      `Config "${SLA_KEY.dailySummary}" must be a time like 15:30, not "${summaryText}"; using ${defaultOf(SLA_KEY.dailySummary)}.`
    );
    dailySummaryAt = minutesOfDay(defaultOf(SLA_KEY.dailySummary)) as number;
  }
  return {
    policy: {
      targets,
      noSchoolDays,
      unassignedAlertMinutes: minutes(SLA_KEY.unassignedAlert, 0),
      closeAfterSchoolDays: minutes(SLA_KEY.closeAfter, 0),
      dailySummaryAt,
      maxAttempts: minutes(SLA_KEY.maxAttempts, 1),
    },
    problems,
  };
}

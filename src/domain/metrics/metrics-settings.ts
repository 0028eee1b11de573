// Metrics settings in Config (digest day, time, recipients), their defaults and when it is due.
import {ConfigRow} from '../configuration/config-row';
import {
  dayOfWeekFromMonday,
  LocalDateTime,
  minutesOfDay,
  Weekday,
  weekdayOf,
  WEEKDAYS,
} from '../school-time/local-time';
import {splitList} from '../text';
import {weekStartOf} from '../school-time/zoned-dates';

/** Config for the leaders' side: who gets the weekly digest, when, and the time-saved estimate. */
export interface MetricsSettings {
  readonly digestRecipients: readonly string[];
  readonly digestDay: Weekday;
  /** The digest goes in the first hourly run at or after this hour (0–23) of the digest day. */
  readonly digestHour: number;
  /** Teacher minutes one student-resolved ticket is estimated to save. */
  readonly minutesSavedPerTicket: number;
}

export const METRICS_KEY = {
  digestRecipients: 'Digest Recipients',
  digestDay: 'Digest Day',
  digestHour: 'Digest Hour',
  minutesSaved: 'Teacher Minutes Saved per Ticket',
} as const;

export const METRICS_CONFIG_DEFAULTS: readonly ConfigRow[] = [
  {
    key: METRICS_KEY.digestRecipients,
    value: '',
    description:
      'School leaders who get the weekly digest by email, separated by commas.',
  },
  {
    key: METRICS_KEY.digestDay,
    value: 'Fri',
    description: 'The day the weekly digest goes out (Mon…Sun).',
  },
  {
    key: METRICS_KEY.digestHour,
    value: '16',
    description: 'The hour (0–23) on the digest day after which it goes out.',
  },
  {
    key: METRICS_KEY.minutesSaved,
    value: '20',
    description:
      'Teacher minutes a ticket fixed by a student saves (for "teacher time saved" on the Dashboard).',
  },
];

export interface ParsedMetricsSettings {
  readonly settings: MetricsSettings;
  readonly problems: readonly string[];
}

export function parseMetricsSettings(
  rows: readonly {key: string; value: string}[]
): ParsedMetricsSettings {
  const values = new Map(rows.map(row => [row.key.trim(), row.value.trim()]));
  const problems: string[] = [];
  const defaultOf = (key: string) =>
    METRICS_CONFIG_DEFAULTS.find(row => row.key === key)?.value ?? '';
  const text = (key: string) => values.get(key) || defaultOf(key);
  const recipients = splitList(values.get(METRICS_KEY.digestRecipients) ?? '');
  const digestRecipients = recipients.filter(email => {
    if (email.includes('@')) return true;
    problems.push(
      `Config "${METRICS_KEY.digestRecipients}": "${email}" is not an email address; it is left out.`
    );
    return false;
  });
  const dayText = text(METRICS_KEY.digestDay);
  let digestDay = WEEKDAYS.find(
    day => day.toLowerCase() === dayText.slice(0, 3).toLowerCase()
  );
  if (!digestDay) {
    problems.push(
      `Config "${METRICS_KEY.digestDay}" must be a weekday like Fri, not "${dayText}"; using Fri.`
    );
    digestDay = 'Fri';
  }
  const whole = (key: string, least: number, most: number): number => {
    const value = Number(text(key));
    if (Number.isInteger(value) && value >= least && value <= most)
      return value;
    problems.push(
      `Config "${key}" must be a whole number from ${least} to ${most}, not "${text(key)}"; using ${defaultOf(key)}.`
    );
    return Number(defaultOf(key));
  };
  return {
    settings: {
      digestRecipients: digestRecipients.map(e => e.toLowerCase()),
      digestDay,
      digestHour: whole(METRICS_KEY.digestHour, 0, 23),
      minutesSavedPerTicket: whole(METRICS_KEY.minutesSaved, 0, 600),
    },
    problems,
  };
}

/**
 * Whether this week's digest is due now: there is someone to send it to, it has not gone this
 * week, and its day and hour have come (a later day of the same week still sends a missed one).
 */
export function isDigestDue(
  settings: MetricsSettings,
  at: {local: LocalDateTime; lastSentWeek: string | undefined}
): boolean {
  if (settings.digestRecipients.length === 0) return false;
  if (at.lastSentWeek === weekStartOf(at.local.date)) return false;
  const today = dayOfWeekFromMonday(weekdayOf(at.local.date));
  const day = dayOfWeekFromMonday(settings.digestDay);
  const minutes = minutesOfDay(at.local.time) ?? 0;
  return today > day || (today === day && minutes >= settings.digestHour * 60);
}

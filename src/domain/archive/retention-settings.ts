// Record-keeping settings in Config: how long delivered Outbox rows stay, and the yearly rollover.
import {ConfigRow} from '../configuration/config-row';
import {ticketNumber} from '../tickets/ticket-id';

export interface RetentionSettings {
  /** Delivered Outbox rows older than this many days are deleted. */
  readonly outboxDaysKept: number;
  /** The school year's first day as month and day ("07-01"); the rollover archives the year before. */
  readonly rolloverMonthDay: string;
  /** The highest ticket number moved to an archive: new IDs continue after it. */
  readonly archivedThrough: number;
}

export const RETENTION_KEY = {
  outboxDaysKept: 'Outbox Days Kept',
  rolloverDate: 'Rollover Date',
  archivedThrough: 'Archived Through Ticket',
} as const;

export const RETENTION_CONFIG_DEFAULTS: readonly ConfigRow[] = [
  {
    key: RETENTION_KEY.outboxDaysKept,
    value: '30',
    description:
      'Delivered Outbox rows older than this many days are deleted (their message text is dropped once delivered).',
  },
  {
    key: RETENTION_KEY.rolloverDate,
    value: '07-01',
    description:
      'Month-day (MM-DD) the school year turns over: closed tickets of past years move to a yearly archive spreadsheet.',
  },
  {
    key: RETENTION_KEY.archivedThrough,
    value: '',
    description:
      'Written by the archive: the last ticket ID moved out. New ticket IDs continue after it.',
  },
];

const MONTH_DAY = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export function parseRetentionSettings(
  rows: readonly {key: string; value: string}[]
): {settings: RetentionSettings; problems: string[]} {
  const values = new Map(rows.map(row => [row.key.trim(), row.value.trim()]));
  const defaultOf = (key: string) =>
    RETENTION_CONFIG_DEFAULTS.find(row => row.key === key)?.value ?? '';
  const text = (key: string) => values.get(key) || defaultOf(key);
  const problems: string[] = [];
  let outboxDaysKept = Number(text(RETENTION_KEY.outboxDaysKept));
  if (
    !Number.isInteger(outboxDaysKept) ||
    outboxDaysKept < 1 ||
    outboxDaysKept > 3650
  ) {
    problems.push(
      `Config "${RETENTION_KEY.outboxDaysKept}" must be a whole number of days from 1 to 3650, not "${text(RETENTION_KEY.outboxDaysKept)}"; using ${defaultOf(RETENTION_KEY.outboxDaysKept)}.`
    );
    outboxDaysKept = Number(defaultOf(RETENTION_KEY.outboxDaysKept));
  }
  let rolloverMonthDay = text(RETENTION_KEY.rolloverDate);
  if (!MONTH_DAY.test(rolloverMonthDay)) {
    problems.push(
      `Config "${RETENTION_KEY.rolloverDate}" must be a month and day like 07-01, not "${rolloverMonthDay}"; using ${defaultOf(RETENTION_KEY.rolloverDate)}.`
    );
    rolloverMonthDay = defaultOf(RETENTION_KEY.rolloverDate);
  }
  const archivedThrough =
    ticketNumber(values.get(RETENTION_KEY.archivedThrough) ?? '') ?? 0;
  return {
    settings: {outboxDaysKept, rolloverMonthDay, archivedThrough},
    problems,
  };
}

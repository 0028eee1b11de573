// This week against last: each headline figure with its unit and which way is better.
import {WeekFigures} from '../leader-figures';
import {formatFigure, Unit} from './figure-format';

export interface Comparison {
  readonly label: string;
  readonly unit: Unit;
  /** Whether a rise is good news, bad news, or neither (a count of tickets). */
  readonly better: 'up' | 'down' | 'neither';
  readonly now: number | undefined;
  readonly before: number | undefined;
}

/** The headline rows of this week against last, in the order the Dashboard and digest show them. */
export function weekComparison(
  thisWeek: WeekFigures,
  lastWeek: WeekFigures
): Comparison[] {
  const row = (
    label: string,
    unit: Unit,
    better: Comparison['better'],
    pick: (w: WeekFigures) => number | undefined
  ): Comparison => ({
    label,
    unit,
    better,
    now: pick(thisWeek),
    before: pick(lastWeek),
  });
  return [
    row('Tickets opened', 'count', 'neither', w => w.tickets),
    row('Tickets resolved', 'count', 'up', w => w.resolved),
    row(
      'Median time to resolution',
      'minutes',
      'down',
      w => w.medianResolutionMin
    ),
    row(
      'Student resolution rate',
      'percent',
      'up',
      w => w.studentResolutionRate
    ),
    row('SLA compliance', 'percent', 'up', w => w.slaCompliance),
    row('SLA breaches', 'count', 'down', w => w.breaches),
    row('Breaches still open', 'count', 'down', w => w.openBreaches),
    row('Escalations', 'count', 'down', w => w.escalations),
    row('Class time lost', 'minutes', 'down', w => w.classMinutesLost),
    row('Mean satisfaction', 'rating', 'up', w => w.meanSatisfaction),
    row('Teacher time saved', 'hours', 'up', w => w.teacherMinutesSaved / 60),
    row('Deflection rate', 'percent', 'up', w => w.deflection.rate),
    row('Deflections', 'count', 'up', w => w.deflection.deflected),
    row('Backlog at week end', 'count', 'down', w => w.backlog),
  ];
}

/**
 * Whether a week has figures to compare against: a week with no ticket opened, resolved or open
 * (the desk's first week's "last week") has none, and "▲ up from 0" would mean nothing.
 */
export function comparable(week: WeekFigures): boolean {
  return week.tickets > 0 || week.resolved > 0 || week.backlog > 0;
}

/** "▲ up from 80%, better", "same as last week", or "" when either week has no figure. */
export function trendWords(c: Comparison): string {
  if (c.now === undefined || c.before === undefined) return '';
  const now = formatFigure(c.now, c.unit);
  const before = formatFigure(c.before, c.unit);
  if (now === before) return 'same as last week';
  const up = c.now > c.before;
  const verdict =
    c.better === 'neither'
      ? ''
      : (c.better === 'up') === up
        ? ', better'
        : ', worse';
  return `${up ? '▲ up' : '▼ down'} from ${before}${verdict}`;
}

/** The SLA figure's companions: "2 breaches (1 still open), 3 escalations". */
export function breachesAndEscalations(w: WeekFigures): string {
  const plural = (n: number, word: string) =>
    `${n} ${word}${n === 1 ? '' : 'es'}`;
  const escalations = `${w.escalations} escalation${w.escalations === 1 ? '' : 's'}`;
  return `${plural(w.breaches, 'breach')} (${w.openBreaches} still open), ${escalations}`;
}

// The weekly digest email to leaders: the week's figures, recurring problems and new badges.
import {Badge} from './badges';
import {weekComparison} from './dashboard-layout';
import {Recurring, WeekFigures} from './leader-figures';
import {OutgoingMessage} from '../notifications/messages';
import {CellValue} from '../tickets/ticket-row';
import {escapeHtml} from '../text';

export interface DigestInput {
  readonly deskName: string;
  readonly to: string;
  readonly thisWeek: WeekFigures;
  readonly lastWeek: WeekFigures;
  readonly rooms: readonly Recurring[];
  readonly assets: readonly Recurring[];
  readonly badges: readonly Badge[];
}

function trend(now: CellValue, before: CellValue): string {
  if (typeof now !== 'number' || typeof before !== 'number') return '';
  if (now === before) return '(same as last week)';
  const arrow = now > before ? '▲' : '▼';
  return `(${arrow} from ${before})`;
}

/** The weekly digest for one school leader: headline numbers with trends, recurring problems, recognitions. */
export function weeklyDigest(input: DigestInput): OutgoingMessage {
  const headline = weekComparison(input.thisWeek, input.lastWeek).map(r =>
    `${r.label}: ${r.now === '' ? '—' : r.now} ${trend(r.now, r.before)}`.trim()
  );
  const recurring = [
    ...input.rooms.map(r => `Room ${r.label}: ${r.tickets} tickets`),
    ...input.assets.map(a => `Asset ${a.label}: ${a.tickets} tickets`),
  ];
  const badges = input.badges.map(b => `${b.techName}: ${b.title}`);
  const sections: [string, string[]][] = [
    ['This week', headline],
    [
      'Recurring problems (last 4 weeks)',
      recurring.length > 0
        ? recurring
        : ['None: no room or asset had more than one ticket.'],
    ],
    ['Recognition', badges.length > 0 ? badges : ['No new badges this week.']],
  ];
  const week = input.thisWeek.weekStart;
  const body = [
    `${input.deskName}: the week of ${week}`,
    '',
    ...sections.flatMap(([title, lines]) => [
      title,
      ...lines.map(line => `- ${line}`),
      '',
    ]),
    'The Dashboard tab has the charts; the Metrics tab feeds Looker Studio.',
  ].join('\n');
  const htmlBody = [
    `<h2>${escapeHtml(input.deskName)}: the week of ${escapeHtml(week)}</h2>`,
    ...sections.map(
      ([title, lines]) =>
        `<h3>${escapeHtml(title)}</h3><ul>${lines.map(l => `<li>${escapeHtml(l)}</li>`).join('')}</ul>`
    ),
    '<p>The Dashboard tab has the charts; the Metrics tab feeds Looker Studio.</p>',
  ].join('\n');
  return {
    to: input.to,
    subject: `${input.deskName} weekly digest: ${input.thisWeek.tickets} tickets, ${input.thisWeek.resolved} resolved (week of ${week})`,
    body,
    htmlBody,
    name: input.deskName,
  };
}

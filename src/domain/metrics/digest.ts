// The weekly digest email to leaders: the week's figures with trends, recurring problems, a few recognitions.
import {Badge} from './badges';
import {formatFigure} from './presentation/figure-format';
import {Recurring, WeekFigures} from './leader-figures';
import {OutgoingMessage} from '../notifications/messages';
import {escapeHtml} from '../text';
import {ArticleHelpfulness, articlesToReview} from './self-help-figures';
import {
  breachesAndEscalations,
  trendWords,
  weekComparison,
} from './presentation/week-comparison';

/** Recognitions named in the digest; the rest are on the Recognition tab. */
export const DIGEST_RECOGNITIONS = 5;

export interface DigestInput {
  readonly deskName: string;
  readonly to: string;
  readonly thisWeek: WeekFigures;
  readonly lastWeek: WeekFigures;
  readonly rooms: readonly Recurring[];
  readonly assets: readonly Recurring[];
  readonly badges: readonly Badge[];
  /** Opens the Recognition tab. */
  readonly recognitionUrl: string;
  /** Each published article's suggestions and fixes, most suggested first. */
  readonly articles?: readonly ArticleHelpfulness[];
}

interface Line {
  readonly text: string;
  readonly link?: string;
}

function headlineLines(input: DigestInput): Line[] {
  return weekComparison(input.thisWeek, input.lastWeek).map(c => {
    const trend = trendWords(c);
    const extra =
      c.label === 'SLA compliance'
        ? ` — ${breachesAndEscalations(input.thisWeek)}`
        : '';
    return {
      text: `${c.label}: ${formatFigure(c.now, c.unit)}${trend === '' ? '' : ` (${trend})`}${extra}`,
    };
  });
}

function recognitionLines(input: DigestInput): Line[] {
  if (input.badges.length === 0) return [{text: 'No new badges this week.'}];
  const named: Line[] = input.badges
    .slice(0, DIGEST_RECOGNITIONS)
    .map(b => ({text: `${b.techName}: ${b.title}`}));
  const more = input.badges.length - DIGEST_RECOGNITIONS;
  if (more > 0)
    named.push({
      text: `and ${more} more on the Recognition tab`,
      link: input.recognitionUrl,
    });
  return named;
}

function selfHelpLines(input: DigestInput): Line[] {
  const {deflection} = input.thisWeek;
  const articles = input.articles ?? [];
  const lines: Line[] = [
    {
      text: `Fixed by the requester with an article: ${deflection.deflected} of the ${deflection.offered} tickets offered self-help (${formatFigure(deflection.rate, 'percent')})`,
    },
  ];
  const best = articles
    .filter(a => a.helped > 0)
    .sort((a, b) => b.helped - a.helped || a.title.localeCompare(b.title))
    .slice(0, 3);
  for (const a of best)
    lines.push({
      text: `Helped ${a.helped} of ${a.suggested} times: ${a.title}`,
    });
  const review = articlesToReview(articles);
  lines.push({
    text:
      review.length === 0
        ? 'No article to review.'
        : `To review (suggested often, never helped): ${review.map(a => a.title).join('; ')}`,
  });
  return lines;
}

/** The weekly digest for one school leader: headline numbers with trends, recurring problems, recognitions. */
export function weeklyDigest(input: DigestInput): OutgoingMessage {
  const recurring = [
    ...input.rooms.map(r => `Room ${r.label}: ${r.tickets} tickets`),
    ...input.assets.map(a => `Asset ${a.label}: ${a.tickets} tickets`),
  ].map(text => ({text}));
  const sections: [string, Line[]][] = [
    ['This week against last', headlineLines(input)],
    [
      'Recurring problems (last 4 weeks)',
      recurring.length > 0
        ? recurring
        : [{text: 'None: no room or asset had more than one ticket.'}],
    ],
    ['Self-help', selfHelpLines(input)],
    ['Recognition', recognitionLines(input)],
  ];
  const week = input.thisWeek.weekStart;
  const body = [
    `${input.deskName}: the week of ${week}`,
    '',
    ...sections.flatMap(([title, lines]) => [
      title,
      ...lines.map(l => `- ${l.text}${l.link ? `: ${l.link}` : ''}`),
      '',
    ]),
    'The Dashboard tab has the charts; the Metrics tab feeds Looker Studio.',
  ].join('\n');
  const item = (l: Line) =>
    l.link
      ? `<li><a href="${escapeHtml(l.link)}">${escapeHtml(l.text)}</a></li>`
      : `<li>${escapeHtml(l.text)}</li>`;
  const htmlBody = [
    `<h2>${escapeHtml(input.deskName)}: the week of ${escapeHtml(week)}</h2>`,
    ...sections.map(
      ([title, lines]) =>
        `<h3>${escapeHtml(title)}</h3><ul>${lines.map(item).join('')}</ul>`
    ),
    '<p>The Dashboard tab has the charts; the Metrics tab feeds Looker Studio.</p>',
  ].join('\n');
  return {
    to: input.to,
    subject: `${input.deskName} weekly digest: ${input.thisWeek.tickets} tickets, ${input.thisWeek.resolved} resolved, SLA ${formatFigure(input.thisWeek.slaCompliance, 'percent')} (week of ${week})`,
    body,
    htmlBody,
    name: input.deskName,
  };
}

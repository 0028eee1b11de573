// The weekly digest email to leaders: the week's team figures with trends, recurring problems, self-help and praise, in the one email layout.
import {Badge} from './badges';
import {formatFigure} from './presentation/figure-format';
import {Recurring, WeekFigures} from './leader-figures';
import {OutgoingMessage, outgoing} from '../notifications/messages';
import {
  Block,
  DESK_ENGLISH,
  EmailContent,
  Fact,
} from '../notifications/email-layout';
import {ArticleHelpfulness, articlesToReview} from './self-help-figures';
import {
  breachesAndEscalations,
  comparable,
  trendWords,
  weekComparison,
} from './presentation/week-comparison';

/** Recognitions named in the digest; the rest are on the Recognition tab. */
export const DIGEST_RECOGNITIONS = 5;

export interface DigestInput {
  readonly deskName: string;
  /** The desk's colour, for the email's banner and button. */
  readonly colour: string;
  readonly to: string;
  readonly thisWeek: WeekFigures;
  readonly lastWeek: WeekFigures;
  readonly rooms: readonly Recurring[];
  readonly assets: readonly Recurring[];
  readonly badges: readonly Badge[];
  /** Opens the Recognition tab. */
  readonly recognitionUrl: string;
  /** Opens the Dashboard tab. */
  readonly dashboardUrl: string;
  /** Each published article's suggestions and fixes, most suggested first. */
  readonly articles?: readonly ArticleHelpfulness[];
}

/** The terms a leader may not know, each in a line. */
export const DIGEST_TERMS =
  'SLA compliance: the share of tickets answered and fixed within the times the school set for their priority. Student resolution rate: the share fixed by a student tech without an adult. Deflection: a teacher fixed the problem with an article the desk suggested, and no tech was needed.';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "23 November 2026" from "2026-11-23". */
function longDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${day} ${MONTHS[month - 1] ?? ''} ${year}`;
}

function headlineFacts(input: DigestInput, compare: boolean): Fact[] {
  return weekComparison(input.thisWeek, input.lastWeek).map(c => {
    const trend = compare ? trendWords(c) : '';
    const extra =
      c.label === 'SLA compliance'
        ? ` — ${breachesAndEscalations(input.thisWeek)}`
        : '';
    return {
      label: c.label,
      value: `${formatFigure(c.now, c.unit)}${trend === '' ? '' : ` (${trend})`}${extra}`,
    };
  });
}

function recurringBlock(input: DigestInput): Block {
  const heading = 'Recurring problems (last 4 weeks)';
  const items = [
    ...input.rooms.map(r => ({title: `Room ${r.label}`, tickets: r.tickets})),
    ...input.assets.map(a => ({title: `Asset ${a.label}`, tickets: a.tickets})),
  ].map(({title, tickets}) => ({title, text: `${tickets} tickets`}));
  return items.length > 0
    ? {kind: 'list', heading, items}
    : {
        kind: 'section',
        heading,
        text: 'None: no room or asset had more than one ticket.',
      };
}

function selfHelpBlock(input: DigestInput): Block {
  const {deflection} = input.thisWeek;
  const articles = input.articles ?? [];
  const items = [
    {
      title: 'Fixed by the teacher with an article',
      text: `${deflection.deflected} of the ${deflection.offered} tickets offered self-help (${formatFigure(deflection.rate, 'percent')})`,
    },
    ...articles
      .filter(a => a.helped > 0)
      .sort((a, b) => b.helped - a.helped || a.title.localeCompare(b.title))
      .slice(0, 3)
      .map(a => ({
        title: a.title,
        text: `helped ${a.helped} of ${a.suggested} times`,
      })),
  ];
  const review = articlesToReview(articles);
  items.push({
    title: 'To review',
    text:
      review.length === 0
        ? 'no article'
        : `${review.map(a => a.title).join('; ')} (suggested often, never helped)`,
  });
  return {kind: 'list', heading: 'Self-help', items};
}

function recognitionBlocks(input: DigestInput): Block[] {
  const heading = 'Recognition';
  if (input.badges.length === 0)
    return [{kind: 'section', heading, text: 'No new badges this week.'}];
  const blocks: Block[] = [
    {
      kind: 'list',
      heading,
      items: input.badges
        .slice(0, DIGEST_RECOGNITIONS)
        .map(b => ({title: b.techName, text: b.title})),
    },
  ];
  const more = input.badges.length - DIGEST_RECOGNITIONS;
  if (more > 0)
    blocks.push({
      kind: 'link',
      text: `And ${more} more.`,
      link: {label: 'Open the Recognition tab', url: input.recognitionUrl},
    });
  return blocks;
}

/**
 * The weekly digest for one school leader: the team's headline figures (with last week's only when
 * last week had any), recurring problems, self-help and the week's badges. It names students only
 * to praise them: no one's rating.
 */
export function weeklyDigest(input: DigestInput): OutgoingMessage {
  const week = input.thisWeek;
  const compare = comparable(input.lastWeek);
  const blocks: Block[] = [
    {
      kind: 'facts',
      heading: compare ? 'This week against last' : 'This week',
      facts: headlineFacts(input, compare),
    },
  ];
  if (!compare)
    blocks.push({
      kind: 'text',
      text: 'Last week had no tickets, so there is nothing to compare with yet: next week’s digest will show the trends.',
    });
  blocks.push(
    {kind: 'section', heading: 'What the figures mean', text: DIGEST_TERMS},
    recurringBlock(input),
    selfHelpBlock(input),
    ...recognitionBlocks(input)
  );
  const content: EmailContent = {
    language: DESK_ENGLISH,
    deskName: input.deskName,
    colour: input.colour,
    heading: `The week of ${longDate(week.weekStart)}`,
    status: `${week.tickets} tickets opened, ${week.resolved} resolved, ${formatFigure(week.slaCompliance, 'percent')} within the school's time targets.`,
    blocks,
    action: {
      kind: 'button',
      link: {label: 'Open the Dashboard', url: input.dashboardUrl},
    },
    footer: [
      `${input.deskName}: the weekly digest for the leaders listed in Config "Digest Recipients".`,
      'The Dashboard tab has the charts; the Metrics tab feeds Looker Studio.',
    ],
  };
  return outgoing(
    input.to,
    `${input.deskName} weekly digest: ${week.tickets} tickets, ${week.resolved} resolved, SLA ${formatFigure(week.slaCompliance, 'percent')} (week of ${week.weekStart})`,
    content,
    input.deskName
  );
}

// Dashboard layout: headline tiles and charts in a laptop's first screen, then week comparison, trends, leaderboard and badges, their formats.
import {Badge} from './badges';
import {addDays} from '../school-time/local-time';
import {
  DATE_FORMAT,
  formatFigure,
  NUMBER_FORMAT,
  Unit,
} from './presentation/figure-format';
import {LeaderboardRow, Recurring, WeekFigures} from './leader-figures';
import {
  CellBlock,
  HEADER_SHADE,
  SheetFormat,
} from './presentation/sheet-format';
import {rounded} from './statistics';
import {CellValue} from '../tickets/ticket-row';
import {
  breachesAndEscalations,
  comparable,
  Comparison,
  trendWords,
  weekComparison,
} from './presentation/week-comparison';
import {YearFigures} from './year-figures';
import {
  ArticleHelpfulness,
  articlesToReview,
  REVIEW_AFTER_SUGGESTIONS,
} from './self-help-figures';

export interface ChartPlan {
  readonly title: string;
  readonly type: 'COLUMN' | 'LINE' | 'PIE';
  /** The label column first, then the series. */
  readonly ranges: readonly CellBlock[];
  readonly anchorRow: number;
  readonly anchorColumn: number;
}

export interface DashboardLayout {
  /** Every cell of the tab, rectangular, written in one call from A1. */
  readonly cells: CellValue[][];
  readonly format: SheetFormat;
  readonly charts: readonly ChartPlan[];
}

export interface DashboardInput {
  readonly deskName: string;
  readonly today: string;
  readonly thisWeek: WeekFigures;
  readonly lastWeek: WeekFigures;
  /** Oldest first, ending with this week. */
  readonly weeks: readonly WeekFigures[];
  /** Local midnight of each week start, as the cells show it. */
  readonly weekDates: readonly Date[];
  readonly categories: readonly Recurring[];
  readonly rooms: readonly Recurring[];
  readonly assets: readonly Recurring[];
  readonly leaderboard: readonly LeaderboardRow[];
  readonly recognitions: readonly Badge[];
  readonly recognitionDates: readonly Date[];
  /** This school year, last, and every year the desk holds, archived or live. */
  readonly years: {
    readonly thisYear: YearFigures;
    readonly lastYear: YearFigures;
    readonly allYears: YearFigures;
  };
  /** Each published article's suggestions and fixes, most suggested first. */
  readonly articles?: readonly ArticleHelpfulness[];
}

/**
 * Charts sit under the tiles, two abreast, each about 600 × 370 pixels: columns A and E start at 0
 * and 690 px, so both end by 1,290 px, within a 1,366-px laptop's screen (platform.md: Sheets on
 * a laptop screen).
 */
const CHART_COLUMNS = [1, 5];
const CHART_ROWS = 20;
/** The first row under the tiles. */
const CHARTS_FROM = 8;
const LABEL_WIDTH = 240;
const FIGURE_WIDTH = 150;

/** Shown where the trend charts go until the desk has two weeks of tickets: one point is no trend. */
export const NOT_ENOUGH_WEEKS =
  'Weekly trends: not enough weeks yet. The charts appear once the desk has two weeks of tickets.';
const TILE_SIZE = 20;
const TILE_HEIGHT = 40;

/** The cells a chart covers from its anchor at the default 600 × 371 px size. */
export const CHART_EXTENT = {rows: CHART_ROWS, columns: 7} as const;

/** The headline tiles, left to right: the tile's label and the comparison row it shows. */
const TILES: readonly (readonly [string, string])[] = [
  ['Tickets opened', 'Tickets opened'],
  ['Student resolution', 'Student resolution rate'],
  ['SLA compliance', 'SLA compliance'],
  ['Median time to fix', 'Median time to resolution'],
  ['Class time lost', 'Class time lost'],
  ['Satisfaction', 'Mean satisfaction'],
];

/** A cell holding a figure: fractions keep three decimals so 66.7% shows as such. */
function figure(value: number | undefined, unit: Unit): CellValue {
  if (value === undefined) return '';
  return rounded(value, unit === 'percent' ? 3 : 2);
}

function change(c: Comparison): CellValue {
  return c.now === undefined || c.before === undefined
    ? ''
    : rounded(c.now - c.before, c.unit === 'percent' ? 3 : 2);
}

/** A signed format for a change: "+5%", "-30 min". */
function signed(format: string): string {
  return `+${format};-${format};${format}`;
}

const block = (row: number, column: number, rows = 1, columns = 1) => ({
  row,
  column,
  rows,
  columns,
});

/**
 * The Dashboard for people: six headline tiles (this week, last week under each when last week had
 * tickets) and the charts under them, in the first screen; then this week against last, the trend
 * tables the charts draw from (from the desk's first week with tickets), recurring rooms and asset
 * tags, the leaderboard (fixes and badges) and recent recognitions, in columns A–G.
 */
export function dashboardLayout(input: DashboardInput): DashboardLayout {
  const rows: CellValue[][] = [];
  const numberFormats: {block: CellBlock; format: string}[] = [];
  const bold: CellBlock[] = [];
  const shaded: {block: CellBlock; color: string}[] = [];
  const fontSizes: {block: CellBlock; size: number}[] = [];
  const formatRows = (
    first: number,
    count: number,
    column: number,
    format: string
  ) => {
    if (count > 0)
      numberFormats.push({block: block(first, column, count), format});
  };
  const section = (title: string, header: CellValue[], body: CellValue[][]) => {
    rows.push([]);
    rows.push([title]);
    bold.push(block(rows.length, 1));
    fontSizes.push({block: block(rows.length, 1), size: 12});
    rows.push(header);
    const headerRow = block(rows.length, 1, 1, header.length);
    bold.push(headerRow);
    shaded.push({block: headerRow, color: HEADER_SHADE});
    const first = rows.length + 1;
    rows.push(...body);
    return first;
  };

  rows.push([`${input.deskName} dashboard`, `updated ${input.today}`]);
  fontSizes.push({block: block(1, 1), size: 16});
  bold.push(block(1, 1));
  const comparison = weekComparison(input.thisWeek, input.lastWeek);
  const tiles = TILES.map(
    ([, label]) => comparison.find(c => c.label === label) as Comparison
  );
  rows.push([]);
  rows.push(TILES.map(([label]) => label));
  bold.push(block(3, 1, 1, tiles.length));
  shaded.push({block: block(3, 1, 1, tiles.length), color: HEADER_SHADE});
  rows.push(tiles.map(t => figure(t.now, t.unit)));
  fontSizes.push({block: block(4, 1, 1, tiles.length), size: TILE_SIZE});
  const centred = [block(3, 1, 4, tiles.length)];
  bold.push(block(4, 1, 1, tiles.length));
  tiles.forEach((t, i) => formatRows(4, 1, i + 1, NUMBER_FORMAT[t.unit]));
  const compare = comparable(input.lastWeek);
  rows.push(
    tiles.map(t =>
      compare ? `last week ${formatFigure(t.before, t.unit)}` : 'first week'
    )
  );
  rows.push(
    tiles.map(t =>
      t.label === 'SLA compliance' ? breachesAndEscalations(input.thisWeek) : ''
    )
  );

  const firstActive = input.weeks.findIndex(comparable);
  const shownWeeks = firstActive < 0 ? [] : input.weeks.slice(firstActive);
  const shownDates = firstActive < 0 ? [] : input.weekDates.slice(firstActive);
  const trends = shownWeeks.length >= 2;
  const slots = (trends ? 5 : 1) + (input.categories.length > 0 ? 1 : 0);
  const slotAt = (i: number) => ({
    anchorRow: CHARTS_FROM + Math.floor(i / 2) * CHART_ROWS,
    anchorColumn: CHART_COLUMNS[i % 2],
  });
  rows.push([]);
  while (rows.length < CHARTS_FROM - 1 + Math.ceil(slots / 2) * CHART_ROWS)
    rows.push([]);
  if (!trends) rows[CHARTS_FROM - 1] = [NOT_ENOUGH_WEEKS];

  const compared = section(
    'This week against last',
    [
      'Measure',
      `Week of ${input.thisWeek.weekStart}`,
      `Week of ${input.lastWeek.weekStart}`,
      'Change',
      'Trend',
    ],
    comparison.map(c => [
      c.label,
      figure(c.now, c.unit),
      compare ? figure(c.before, c.unit) : '',
      compare ? change(c) : '',
      compare ? trendWords(c) : '',
    ])
  );
  comparison.forEach((c, i) => {
    const format = NUMBER_FORMAT[c.unit];
    numberFormats.push({block: block(compared + i, 2, 1, 2), format});
    numberFormats.push({block: block(compared + i, 4), format: signed(format)});
  });

  const {thisYear, lastYear, allYears} = input.years;
  const years = section(
    'This school year against last',
    ['Measure', thisYear.label, lastYear.label, allYears.label],
    (
      [
        ['Tickets', 'tickets'],
        ['Resolved', 'resolved'],
        ['Resolved by students', 'resolvedByStudents'],
      ] as const
    ).map(([label, key]) => [
      label,
      thisYear[key],
      lastYear[key],
      allYears[key],
    ])
  );
  numberFormats.push({
    block: block(years, 2, 3, 3),
    format: NUMBER_FORMAT.count,
  });

  const weeks = shownWeeks.length;
  const weekly = section(
    'Weekly trend',
    [
      'Week',
      'Tickets',
      'Resolved',
      'Median resolution',
      'Backlog',
      'SLA compliance',
      'Class time lost',
    ],
    shownWeeks.map((w, i) => [
      shownDates[i],
      w.tickets,
      w.resolved,
      figure(w.medianResolutionMin, 'minutes'),
      w.backlog,
      figure(w.slaCompliance, 'percent'),
      figure(w.classMinutesLost, 'minutes'),
    ])
  );
  (
    [
      DATE_FORMAT,
      NUMBER_FORMAT.count,
      NUMBER_FORMAT.count,
      NUMBER_FORMAT.minutes,
      NUMBER_FORMAT.count,
      NUMBER_FORMAT.percent,
      NUMBER_FORMAT.minutes,
    ] as const
  ).forEach((format, i) => formatRows(weekly, weeks, i + 1, format));
  const series = (column: number): CellBlock[] => [
    block(weekly - 1, 1, weeks + 1),
    block(weekly - 1, column, weeks + 1),
  ];

  const categories = section(
    'Categories (all tickets)',
    ['Category', 'Tickets'],
    input.categories.map(c => [c.label, c.tickets])
  );
  section(
    'Recurring rooms (last 4 weeks)',
    ['Room', 'Tickets'],
    input.rooms.map(r => [r.label, r.tickets])
  );
  section(
    'Recurring asset tags (last 4 weeks)',
    ['Asset tag', 'Tickets'],
    input.assets.map(r => [r.label, r.tickets])
  );
  const leaders = section(
    'Tech leaderboard',
    ['Tech', 'Resolved this week', 'Resolved in all', 'Badges'],
    input.leaderboard.map(r => [
      r.name,
      r.resolvedThisWeek,
      r.resolvedAllTime,
      r.badges,
    ])
  );
  formatRows(leaders, input.leaderboard.length, 2, NUMBER_FORMAT.count);
  const recognised = section(
    'Recent recognition',
    ['Earned', 'Tech', 'Badge'],
    input.recognitions.map((b, i) => [
      input.recognitionDates[i],
      b.techName,
      b.title,
    ])
  );
  formatRows(recognised, input.recognitions.length, 1, DATE_FORMAT);
  const articles = input.articles ?? [];
  const helpful = section(
    'Knowledge Base articles (all tickets)',
    ['Article', 'Suggested', 'Helped', 'Helpfulness'],
    articles.map(a => [
      a.title,
      a.suggested,
      a.helped,
      figure(a.helpfulness, 'percent'),
    ])
  );
  formatRows(helpful, articles.length, 4, NUMBER_FORMAT.percent);
  const review = articlesToReview(articles);
  section(
    `Articles to review (suggested ${REVIEW_AFTER_SUGGESTIONS}+ times, never helped)`,
    ['Article', 'Suggested'],
    review.length > 0 ? review.map(a => [a.title, a.suggested]) : [['None', '']]
  );

  const trendPlans: Omit<ChartPlan, 'anchorRow' | 'anchorColumn'>[] = [
    {title: 'Tickets opened per week', type: 'COLUMN', ranges: series(2)},
    {title: 'SLA compliance per week', type: 'LINE', ranges: series(6)},
    {
      title: 'Class time lost per week (school minutes)',
      type: 'COLUMN',
      ranges: series(7),
    },
    {
      title: 'Median time to resolution (school minutes)',
      type: 'LINE',
      ranges: series(4),
    },
    {title: 'Backlog at week end', type: 'LINE', ranges: series(5)},
  ];
  const plans = trends ? trendPlans : [];
  if (input.categories.length > 0)
    plans.push({
      title: 'Tickets by category',
      type: 'PIE',
      ranges: [block(categories - 1, 1, input.categories.length + 1, 2)],
    });
  const width = Math.max(...rows.map(r => r.length));
  return {
    cells: rows.map(r => [
      ...r,
      ...new Array<CellValue>(width - r.length).fill(''),
    ]),
    format: {
      frozenRows: 0,
      columnWidths: [
        LABEL_WIDTH,
        ...new Array<number>(width - 1).fill(FIGURE_WIDTH),
      ],
      numberFormats,
      bold,
      shaded,
      fontSizes,
      centred,
      rowHeights: [
        {row: 1, height: TILE_HEIGHT * 0.75},
        {row: 4, height: TILE_HEIGHT},
      ],
    },
    // Without trends, the first slot holds NOT_ENOUGH_WEEKS and the category chart takes the next.
    charts: plans.map((plan, i) => ({...plan, ...slotAt(trends ? i : i + 1)})),
  };
}

export function lastWeeks(thisWeekStart: string, count: number): string[] {
  return Array.from({length: count}, (_, i) =>
    addDays(thisWeekStart, -7 * (count - 1 - i))
  );
}

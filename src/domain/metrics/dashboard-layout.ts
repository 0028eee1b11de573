// Dashboard layout: the cells and charts for week comparisons, trends, leaderboard and badges.
import {Badge} from './badges';
import {addDays} from '../school-time/local-time';
import {LeaderboardRow, Recurring, WeekFigures} from './leader-figures';
import {rounded} from './statistics';
import {CellValue} from '../tickets/ticket-row';
import {YearFigures} from '../archive/year-figures';

/** A block of cells on the Dashboard, 1-based. */
export interface CellBlock {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

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
}

const CHART_COLUMN = 8;
const CHART_ROWS = 18;

/** The cells a chart covers from its anchor at the default 600 × 371 px size. */
export const CHART_EXTENT = {rows: CHART_ROWS, columns: 7} as const;

function figure(value: number | undefined, digits = 1): CellValue {
  return value === undefined ? '' : rounded(value, digits);
}

function percent(value: number | undefined): CellValue {
  return value === undefined ? '' : rounded(value * 100, 1);
}

/** The headline rows of this week against last: label, this week, last week, change. */
export function weekComparison(
  thisWeek: WeekFigures,
  lastWeek: WeekFigures
): {label: string; now: CellValue; before: CellValue}[] {
  const pair = (label: string, pick: (w: WeekFigures) => CellValue) => ({
    label,
    now: pick(thisWeek),
    before: pick(lastWeek),
  });
  return [
    pair('Tickets opened', w => w.tickets),
    pair('Tickets resolved', w => w.resolved),
    pair('Median time to resolution (school min)', w =>
      figure(w.medianResolutionMin)
    ),
    pair('Student resolution rate (%)', w => percent(w.studentResolutionRate)),
    pair('SLA compliance (%)', w => percent(w.slaCompliance)),
    pair('Mean satisfaction (1–5)', w => figure(w.meanSatisfaction, 2)),
    pair('Teacher time saved (hours)', w => figure(w.teacherMinutesSaved / 60)),
    pair('Backlog at week end', w => w.backlog),
  ];
}

function change(now: CellValue, before: CellValue): CellValue {
  return typeof now === 'number' && typeof before === 'number'
    ? rounded(now - before, 2)
    : '';
}

/**
 * The Dashboard for people: headline figures, the trend tables the charts draw from, recurring
 * rooms and asset tags, the leaderboard and recent recognitions, stacked in columns A–F with the
 * charts to their right.
 */
export function dashboardLayout(input: DashboardInput): DashboardLayout {
  const rows: CellValue[][] = [];
  const section = (title: string, header: CellValue[], body: CellValue[][]) => {
    if (rows.length > 0) rows.push([]);
    rows.push([title]);
    rows.push(header);
    const first = rows.length + 1;
    rows.push(...body);
    return first;
  };
  rows.push([`${input.deskName} dashboard`, `updated ${input.today}`]);
  section(
    'This week against last',
    [
      'Measure',
      `Week of ${input.thisWeek.weekStart}`,
      `Week of ${input.lastWeek.weekStart}`,
      'Change',
    ],
    weekComparison(input.thisWeek, input.lastWeek).map(r => [
      r.label,
      r.now,
      r.before,
      change(r.now, r.before),
    ])
  );
  const {thisYear, lastYear, allYears} = input.years;
  section(
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
  const weekly = section(
    'Weekly trend',
    [
      'Week',
      'Tickets',
      'Resolved',
      'Median resolution (school min)',
      'Backlog',
    ],
    input.weeks.map((w, i) => [
      input.weekDates[i],
      w.tickets,
      w.resolved,
      figure(w.medianResolutionMin),
      w.backlog,
    ])
  );
  const weeks = input.weeks.length;
  const series = (column: number): CellBlock[] => [
    {row: weekly - 1, column: 1, rows: weeks + 1, columns: 1},
    {row: weekly - 1, column, rows: weeks + 1, columns: 1},
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
  section(
    'Tech leaderboard',
    ['Tech', 'Resolved this week', 'Resolved in all', 'Mean rating', 'Badges'],
    input.leaderboard.map(r => [
      r.name,
      r.resolvedThisWeek,
      r.resolvedAllTime,
      figure(r.meanRating, 2),
      r.badges,
    ])
  );
  section(
    'Recognition',
    ['Earned', 'Tech', 'Badge'],
    input.recognitions.map((b, i) => [
      input.recognitionDates[i],
      b.techName,
      b.title,
    ])
  );
  const plans: Omit<ChartPlan, 'anchorRow' | 'anchorColumn'>[] = [
    {title: 'Weekly volume', type: 'COLUMN', ranges: series(2)},
    {title: 'Median time to resolution', type: 'LINE', ranges: series(4)},
    {title: 'Backlog', type: 'LINE', ranges: series(5)},
  ];
  if (input.categories.length > 0)
    plans.push({
      title: 'Tickets by category',
      type: 'PIE',
      ranges: [
        {
          row: categories - 1,
          column: 1,
          rows: input.categories.length + 1,
          columns: 2,
        },
      ],
    });
  const width = Math.max(...rows.map(r => r.length));
  return {
    cells: rows.map(r => [
      ...r,
      ...new Array<CellValue>(width - r.length).fill(''),
    ]),
    charts: plans.map((plan, i) => ({
      ...plan,
      anchorRow: 1 + i * CHART_ROWS,
      anchorColumn: CHART_COLUMN,
    })),
  };
}

export function lastWeeks(thisWeekStart: string, count: number): string[] {
  return Array.from({length: count}, (_, i) =>
    addDays(thisWeekStart, -7 * (count - 1 - i))
  );
}

// The metrics run: rebuilds the Metrics, Daily, Recognition and Dashboard tabs; sends the digest.
import {authoredArticles} from '../../domain/knowledge/authorship';
import {
  ArticleHelpfulness,
  articleHelpfulness,
} from '../../domain/metrics/self-help-figures';
import {Badge, badgesOf} from '../../domain/metrics/badges';
import {TechRecord, techRecords} from '../../domain/metrics/tech-records';
import {windowBacklog} from '../../domain/metrics/ledger-summary';
import {
  CHART_EXTENT,
  ChartPlan,
  DashboardInput,
  dashboardLayout,
  lastWeeks,
} from '../../domain/metrics/dashboard-layout';
import {weeklyDigest} from '../../domain/metrics/digest';
import {
  leaderboardOf,
  recurringAssets,
  recurringRooms,
  WeekFigures,
  weekFigures,
} from '../../domain/metrics/leader-figures';
import {addDays} from '../../domain/school-time/local-time';
import {isDigestDue} from '../../domain/metrics/metrics-settings';
import {DATE_FORMAT} from '../../domain/metrics/presentation/figure-format';
import {
  emailNotification,
  Notification,
} from '../../domain/notifications/notification';
import {Reference} from '../../domain/settings/reference';
import {LEADER_TAB, RECOGNITION_HEADERS} from '../../domain/metrics/tabs';
import {TicketMetrics} from '../../domain/metrics/ticket-metrics';
import {
  localDateOf,
  localMidnightMs,
  UtcOffset,
  weekStartOf,
} from '../../domain/school-time/zoned-dates';
import {replaceCharts} from '../../workspace/sheets/dashboard-charts';
import {applySheetFormat} from '../../workspace/sheets/sheet-format';
import {withScriptLock} from '../../workspace/services/lock';
import {
  replaceTable,
  sheetNamed,
  writeCells,
} from '../../workspace/sheets/output-table';
import {
  PROPERTY,
  scriptProperty,
  setScriptProperty,
} from '../../workspace/services/properties';
import {ScriptNow, scriptNow} from '../../workspace/services/script-clock';
import {activeSpreadsheet} from '../../workspace/sheets/spreadsheet';
import {toast} from '../../workspace/sheets/ui';
import {schoolCalendar} from '../sla/escalate';
import {recordNotifications} from '../notifications/notify';
import {deliverRecorded} from '../notifications/delivery';
import {ticketMetricsOf} from './ledger-reads';
import {updateDailyTab, updateMetricsTab} from './metrics-tab';
import {LedgerView, ledgerView} from './ledger-window';
import {recognitionPost, recordRecognition} from './recognition';
import {TabLayouts} from './tab-layout';
import {
  previousSchoolYear,
  schoolYearOf,
} from '../../domain/archive/school-year';
import {
  ALL_YEARS,
  sumFigures,
  YearFigures,
  yearFigures,
} from '../../domain/metrics/year-figures';
import {loadSnapshot, referenceOf, Snapshot} from '../setup/snapshot';
import {tabsInUseOrder} from '../setup/setup';
import {orderTabs} from '../../workspace/sheets/sheet-setup';
import {ownerMayAct} from '../setup/owner';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Weeks of trend on the Dashboard, and how far back "recurring" looks. */
const TREND_WEEKS = 8;
const RECURRING_DAYS = 28;
const RECENT_RECOGNITIONS = 10;

/** What one rebuild worked out; the digest and the monthly reports reuse it. */
export interface Figures {
  readonly today: string;
  readonly thisWeek: WeekFigures;
  readonly lastWeek: WeekFigures;
  /** The window's tickets: every ticket created in the last five weeks or more, and every open one. */
  readonly recent: readonly TicketMetrics[];
  /** Every ticket, read whole only when asked for (the monthly reports, once a month). */
  readonly tickets: readonly TicketMetrics[];
  readonly ticketCount: number;
  readonly trend: readonly WeekFigures[];
  readonly categories: ReadonlyMap<string, number>;
  readonly records: ReadonlyMap<string, TechRecord>;
  readonly badges: readonly Badge[];
  readonly reference: Reference;
  readonly offset: UtcOffset;
  /** Opens the Recognition tab, for the digest's "and N more". */
  readonly recognitionUrl: string;
  readonly years: DashboardInput['years'];
  /** Each published article's suggestions and fixes, over every ticket. */
  readonly articles: readonly ArticleHelpfulness[];
}

/** The Recognition tab's columns: Earned is a date, the rest text. */
const RECOGNITION_FORMATS = RECOGNITION_HEADERS.map(h =>
  h === 'Earned' ? DATE_FORMAT : ''
);

/** Rows and columns the Dashboard keeps for its charts, each about 7 columns by 18 rows. */
function chartRoom(charts: readonly ChartPlan[]): {
  rows: number;
  columns: number;
} {
  return {
    rows: Math.max(0, ...charts.map(c => c.anchorRow + CHART_EXTENT.rows)),
    columns: Math.max(
      0,
      ...charts.map(c => c.anchorColumn + CHART_EXTENT.columns)
    ),
  };
}

function writeDashboard(
  ss: Spreadsheet,
  figures: Figures,
  layouts: TabLayouts
): void {
  const {recent, thisWeek, offset, today, badges, reference} = figures;
  const since = addDays(today, -RECURRING_DAYS);
  const names = new Map(reference.techs.map(t => [t.email, t.name]));
  const badgeCounts = new Map<string, number>();
  for (const b of badges)
    badgeCounts.set(b.techEmail, (badgeCounts.get(b.techEmail) ?? 0) + 1);
  const recentBadges = [...badges].reverse().slice(0, RECENT_RECOGNITIONS);
  const layout = dashboardLayout({
    deskName: reference.config.deskName,
    today,
    thisWeek,
    lastWeek: figures.lastWeek,
    weeks: figures.trend,
    weekDates: figures.trend.map(
      w => new Date(localMidnightMs(w.weekStart, offset))
    ),
    categories: [...figures.categories]
      .sort(([a, n], [b, m]) => m - n || a.localeCompare(b))
      .map(([label, n]) => ({label, tickets: n})),
    rooms: recurringRooms(recent, since),
    assets: recurringAssets(recent, since),
    leaderboard: leaderboardOf(
      figures.records,
      thisWeek.weekStart,
      names,
      badgeCounts
    ),
    recognitions: recentBadges,
    recognitionDates: recentBadges.map(b => new Date(b.earnedMs)),
    years: figures.years,
    articles: figures.articles,
  });
  const sheet = sheetNamed(ss, LEADER_TAB.dashboard);
  const room = chartRoom(layout.charts);
  const size = [layout.cells.length, layout.cells[0]?.length ?? 0];
  // Charts keep the ranges they were built with: the same plan draws the new figures in place.
  const look = {format: layout.format, charts: layout.charts, room, size};
  if (layouts.isCurrent(sheet, look)) {
    writeCells(sheet, layout.cells);
    return;
  }
  replaceTable(sheet, layout.cells, room);
  layouts.applyOnce(sheet, look, () => {
    applySheetFormat(sheet, layout.format, true);
    replaceCharts(sheet, layout.charts);
  });
}

/** Each week's figures: a week before the window as stored, a later one from the window. */
function weekFiguresOf(
  view: LedgerView,
  minutesSaved: number
): (week: string) => WeekFigures {
  const backlog = windowBacklog(view.summary, view.window);
  return week =>
    (week < view.summary.windowStart
      ? view.summary.weeks.find(w => w.weekStart === week)
      : undefined) ?? weekFigures(view.window, week, minutesSaved, backlog);
}

/** Tickets per category over every ticket: the settled ones' counts and the window's. */
function categoriesOf(view: LedgerView): Map<string, number> {
  const counts = new Map<string, number>(
    Object.entries(view.summary.categories)
  );
  for (const t of view.window)
    if (t.category !== '')
      counts.set(t.category, (counts.get(t.category) ?? 0) + 1);
  return counts;
}

/**
 * The metrics run: the ledger's window read (or all of it: `full`, the menu's rebuild, a new week,
 * or a change the window cannot account for), the settled tickets' figures taken from what the
 * last full read stored; the Metrics and Daily tabs brought up to date in place; the Recognition
 * tab and the Dashboard written; then what was read recorded for the next run. Only the
 * Recognition tab and the Outbox are shared with other executions, so only they are written under
 * the script lock: a rebuild over a large ledger never keeps a teacher's submission waiting. New
 * badges are announced in Chat once.
 */
export function rebuild(
  ss: Spreadsheet,
  snapshot: Snapshot,
  clock: ScriptNow,
  full = false
): Figures {
  const reference = referenceOf(snapshot);
  const calendar = schoolCalendar(reference, clock.timeZone);
  const offset = calendar.utcOffsetMinutes;
  const today = clock.local.date;
  const week = weekStartOf(today);
  const minutesSaved = reference.metrics.minutesSavedPerTicket;
  const trendWeeks = lastWeeks(week, TREND_WEEKS);
  const view = ledgerView(
    ss,
    {
      today,
      offset,
      trendWeeks,
      minutesSavedPerTicket: minutesSaved,
      rolloverMonthDay: reference.retention.rolloverMonthDay,
      articleTitles: reference.articles.map(article => article.title),
      metrics: {
        techs: reference.techs,
        calendar,
        sla: reference.sla,
        nowMs: clock.now.getTime(),
      },
      timeZone: clock.timeZone,
    },
    full
  );
  const firstRebuild = ss.getSheetByName(LEADER_TAB.dashboard) === null;
  const layouts = new TabLayouts(full);
  const metricsPrints = updateMetricsTab(ss, view, offset, layouts);
  updateDailyTab(ss, view, today, offset, layouts);
  const records = techRecords(view.summary.techs, view.window);
  const badges = badgesOf(
    records,
    reference.techs,
    authoredArticles(snapshot.rows.knowledgeBase, offset)
  );
  const recorded = withScriptLock(() => {
    const fresh = recordRecognition(ss, badges, clock.timeZone);
    return recordNotifications(
      ss,
      fresh.length > 0
        ? [recognitionPost(reference.config.deskName, fresh, today)]
        : []
    );
  });
  const recognition = sheetNamed(ss, LEADER_TAB.recognition);
  layouts.formatTable(
    recognition,
    RECOGNITION_FORMATS,
    recognition.getLastRow() - 1,
    180
  );
  const weekOf = weekFiguresOf(view, minutesSaved);
  let everyTicket = view.all;
  const figures: Figures = {
    years: schoolYearsFigures(view, reference, clock),
    today,
    thisWeek: weekOf(week),
    lastWeek: weekOf(addDays(week, -7)),
    trend: trendWeeks.map(weekOf),
    recent: view.window,
    get tickets() {
      everyTicket ??= ticketMetricsOf(
        ss,
        reference,
        calendar,
        clock.now.getTime()
      );
      return everyTicket;
    },
    ticketCount: view.summary.tickets + view.window.length,
    categories: categoriesOf(view),
    records,
    badges,
    reference,
    offset,
    recognitionUrl: `${ss.getUrl()}#gid=${recognition.getSheetId()}`,
    articles: articleHelpfulness(
      view.window,
      reference.articles.map(article => article.title),
      view.summary.articles
    ),
  };
  writeDashboard(ss, figures, layouts);
  view.save(metricsPrints);
  // The leader tabs are new on the first rebuild: put them where setup keeps the tabs' order.
  if (firstRebuild) orderTabs(ss, tabsInUseOrder(ss));
  deliverRecorded(recorded);
  return figures;
}

/**
 * This school year against last and all years: the settled tickets' counts by the year they were
 * created, the window's, and what the School Years tab says each archive holds.
 */
function schoolYearsFigures(
  view: LedgerView,
  reference: Reference,
  clock: ScriptNow
): DashboardInput['years'] {
  const monthDay = reference.retention.rolloverMonthDay;
  const current = schoolYearOf(clock.local.date, monthDay);
  const last = previousSchoolYear(current, monthDay);
  const settled = (label: string): YearFigures => ({
    label,
    ...(view.summary.years[label] ?? {
      tickets: 0,
      resolved: 0,
      resolvedByStudents: 0,
    }),
  });
  const archivedIn = (label: string) =>
    view.archived.filter(f => f.label === label);
  return {
    thisYear: sumFigures(current.label, [
      settled(current.label),
      yearFigures(current.label, view.window, current),
      ...archivedIn(current.label),
    ]),
    lastYear: sumFigures(last.label, [
      settled(last.label),
      yearFigures(last.label, view.window, last),
      ...archivedIn(last.label),
    ]),
    allYears: sumFigures(ALL_YEARS, [
      ...Object.keys(view.summary.years).map(settled),
      yearFigures(ALL_YEARS, view.window),
      ...view.archived,
    ]),
  };
}

function digestNotifications(
  figures: Figures,
  dashboardUrl: string
): Notification[] {
  const {reference, thisWeek, recent, offset, today} = figures;
  const since = addDays(today, -RECURRING_DAYS);
  const badges = figures.badges.filter(
    b => weekStartOf(localDateOf(b.earnedMs, offset)) === thisWeek.weekStart
  );
  return reference.metrics.digestRecipients.map(to =>
    emailNotification(
      'digest',
      `week ${thisWeek.weekStart}`,
      weeklyDigest({
        deskName: reference.config.deskName,
        colour: reference.config.deskColour,
        to,
        thisWeek,
        lastWeek: figures.lastWeek,
        rooms: recurringRooms(recent, since),
        assets: recurringAssets(recent, since),
        badges,
        recognitionUrl: figures.recognitionUrl,
        dashboardUrl,
        articles: figures.articles,
      })
    )
  );
}

function sendDigest(ss: Spreadsheet, figures: Figures): number {
  const dashboard = ss.getSheetByName(LEADER_TAB.dashboard);
  const notifications = digestNotifications(
    figures,
    dashboard ? `${ss.getUrl()}#gid=${dashboard.getSheetId()}` : ss.getUrl()
  );
  const recorded = withScriptLock(() => {
    setScriptProperty(PROPERTY.digestWeek, figures.thisWeek.weekStart);
    return recordNotifications(ss, notifications);
  });
  deliverRecorded(recorded);
  return notifications.length;
}

function digestDue(figures: Figures, clock: ScriptNow): boolean {
  return isDigestDue(figures.reference.metrics, {
    local: clock.local,
    lastSentWeek: scriptProperty(PROPERTY.digestWeek),
  });
}

/** Menu item "Rebuild metrics". */
export function rebuildMetrics(): void {
  if (!ownerMayAct('rebuild the metrics')) return;
  const ss = activeSpreadsheet();
  const snapshot = loadSnapshot(ss);
  const figures = rebuild(ss, snapshot, scriptNow(snapshot.timeZone), true);
  toast(
    ss,
    `Metrics rebuilt: ${figures.ticketCount} tickets.`,
    'Peer Desk metrics'
  );
}

/** The weekly digest, once its configured day and hour have come. */
export function sendDigestIfDue(
  ss: Spreadsheet,
  figures: Figures,
  clock: ScriptNow
): void {
  if (digestDue(figures, clock)) sendDigest(ss, figures);
}

/** Menu item "Send weekly digest now": this week so far, to the Config list of leaders. */
export function sendWeeklyDigest(): void {
  if (!ownerMayAct('send the weekly digest')) return;
  const ss = activeSpreadsheet();
  const snapshot = loadSnapshot(ss);
  const figures = rebuild(ss, snapshot, scriptNow(snapshot.timeZone));
  const sent = sendDigest(ss, figures);
  toast(
    ss,
    sent > 0
      ? `Weekly digest sent to ${sent} ${sent === 1 ? 'leader' : 'leaders'}.`
      : 'Nobody to send the digest to: add emails to Config "Digest Recipients".',
    'Peer Desk digest'
  );
}

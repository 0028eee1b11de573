// The metrics run: rebuilds the Metrics, Daily, Recognition and Dashboard tabs; sends the digest.
import {authoredArticles} from '../../domain/knowledge/authorship';
import {
  ArticleHelpfulness,
  articleHelpfulness,
} from '../../domain/metrics/self-help-figures';
import {Badge, badgesEarned} from '../../domain/metrics/badges';
import {
  DAILY_FORMATS,
  DAILY_HEADERS,
  dailyTable,
} from '../../domain/metrics/daily-metrics';
import {
  CHART_EXTENT,
  ChartPlan,
  DashboardInput,
  dashboardLayout,
  lastWeeks,
} from '../../domain/metrics/dashboard-layout';
import {weeklyDigest} from '../../domain/metrics/digest';
import {
  leaderboard,
  recurringAssets,
  recurringRooms,
  WeekFigures,
  weekFigures,
} from '../../domain/metrics/leader-figures';
import {addDays} from '../../domain/school-time/local-time';
import {isDigestDue} from '../../domain/metrics/metrics-settings';
import {tableFormat} from '../../domain/metrics/presentation/sheet-format';
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
import {replaceTable, sheetNamed} from '../../workspace/sheets/output-table';
import {
  PROPERTY,
  scriptProperty,
  setScriptProperty,
} from '../../workspace/services/properties';
import {ScriptNow, scriptNow} from '../../workspace/services/script-clock';
import {activeSpreadsheet} from '../../workspace/sheets/spreadsheet';
import {readRecords} from '../../workspace/sheets/table';
import {toast} from '../../workspace/sheets/ui';
import {schoolCalendar} from '../sla/escalate';
import {recordNotifications} from '../notifications/notify';
import {deliverRecorded} from '../notifications/delivery';
import {ticketMetricsOf} from './ledger-reads';
import {updateMetricsTab} from './metrics-tab';
import {recognitionPost, recordRecognition} from './recognition';
import {
  previousSchoolYear,
  schoolYearOf,
} from '../../domain/archive/school-year';
import {
  ALL_YEARS,
  figuresFromRow,
  sumFigures,
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

/** What one rebuild worked out; the digest reuses it. */
export interface Figures {
  readonly today: string;
  readonly thisWeek: WeekFigures;
  readonly lastWeek: WeekFigures;
  readonly tickets: readonly TicketMetrics[];
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

function writeDashboard(ss: Spreadsheet, figures: Figures): void {
  const {tickets, thisWeek, offset, today, badges, reference} = figures;
  const weeks = lastWeeks(thisWeek.weekStart, TREND_WEEKS);
  const minutesSaved = reference.metrics.minutesSavedPerTicket;
  const since = addDays(today, -RECURRING_DAYS);
  const names = new Map(reference.techs.map(t => [t.email, t.name]));
  const badgeCounts = new Map<string, number>();
  for (const b of badges)
    badgeCounts.set(b.techEmail, (badgeCounts.get(b.techEmail) ?? 0) + 1);
  const categories = new Map<string, number>();
  for (const t of tickets)
    if (t.category !== '')
      categories.set(t.category, (categories.get(t.category) ?? 0) + 1);
  const recent = [...badges].reverse().slice(0, RECENT_RECOGNITIONS);
  const layout = dashboardLayout({
    deskName: reference.config.deskName,
    today,
    thisWeek,
    lastWeek: figures.lastWeek,
    weeks: weeks.map(w => weekFigures(tickets, w, minutesSaved)),
    weekDates: weeks.map(w => new Date(localMidnightMs(w, offset))),
    categories: [...categories]
      .sort(([a, n], [b, m]) => m - n || a.localeCompare(b))
      .map(([label, n]) => ({label, tickets: n})),
    rooms: recurringRooms(tickets, since),
    assets: recurringAssets(tickets, since),
    leaderboard: leaderboard(tickets, thisWeek.weekStart, names, badgeCounts),
    recognitions: recent,
    recognitionDates: recent.map(b => new Date(b.earnedMs)),
    years: figures.years,
    articles: figures.articles,
  });
  const sheet = sheetNamed(ss, LEADER_TAB.dashboard);
  replaceTable(sheet, layout.cells, chartRoom(layout.charts));
  applySheetFormat(sheet, layout.format, true);
  replaceCharts(sheet, layout.charts);
}

/**
 * The metrics run: one read of Tickets and of Activity; the Metrics tab brought up to date in
 * place (only rows that changed are written; `full`, the menu's rebuild, reads all of it back);
 * then the Daily table, the Recognition tab and the Dashboard, one write each. Only the Recognition tab and the Outbox are
 * shared with other executions, so only they are written under the script lock: a rebuild over a
 * large ledger never keeps a teacher's submission waiting. New badges are announced in Chat once.
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
  const tickets = ticketMetricsOf(ss, reference, calendar, clock.now.getTime());
  const today = clock.local.date;
  const firstRebuild = ss.getSheetByName(LEADER_TAB.dashboard) === null;
  updateMetricsTab(ss, tickets, offset, today, full);
  const daily = sheetNamed(ss, LEADER_TAB.daily);
  const dailyRows = dailyTable(tickets, today, offset);
  replaceTable(daily, [[...DAILY_HEADERS], ...dailyRows]);
  applySheetFormat(
    daily,
    tableFormat(
      DAILY_HEADERS.map(h => DAILY_FORMATS[h]),
      dailyRows.length
    )
  );
  const badges = badgesEarned(
    tickets,
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
  applySheetFormat(
    recognition,
    tableFormat(RECOGNITION_FORMATS, recognition.getLastRow() - 1, 180)
  );
  const week = weekStartOf(today);
  const minutesSaved = reference.metrics.minutesSavedPerTicket;
  const figures: Figures = {
    years: schoolYearsFigures(ss, tickets, reference, clock),
    today,
    thisWeek: weekFigures(tickets, week, minutesSaved),
    lastWeek: weekFigures(tickets, addDays(week, -7), minutesSaved),
    tickets,
    badges,
    reference,
    offset,
    recognitionUrl: `${ss.getUrl()}#gid=${recognition.getSheetId()}`,
    articles: articleHelpfulness(
      tickets,
      reference.articles.map(article => article.title)
    ),
  };
  writeDashboard(ss, figures);
  // The leader tabs are new on the first rebuild: put them where setup keeps the tabs' order.
  if (firstRebuild) orderTabs(ss, tabsInUseOrder(ss));
  deliverRecorded(recorded);
  return figures;
}

/**
 * This school year against last and all years: the live ledger's tickets by the year they were
 * created, plus what the School Years tab says each archive holds.
 */
function schoolYearsFigures(
  ss: Spreadsheet,
  tickets: readonly TicketMetrics[],
  reference: Reference,
  clock: ScriptNow
): DashboardInput['years'] {
  const monthDay = reference.retention.rolloverMonthDay;
  const current = schoolYearOf(clock.local.date, monthDay);
  const last = previousSchoolYear(current, monthDay);
  const sheet = ss.getSheetByName(LEADER_TAB.schoolYears);
  const archived = sheet
    ? readRecords(sheet, clock.timeZone).map(figuresFromRow)
    : [];
  const archivedIn = (label: string) => archived.filter(f => f.label === label);
  return {
    thisYear: sumFigures(current.label, [
      yearFigures(current.label, tickets, current),
      ...archivedIn(current.label),
    ]),
    lastYear: sumFigures(last.label, [
      yearFigures(last.label, tickets, last),
      ...archivedIn(last.label),
    ]),
    allYears: sumFigures(ALL_YEARS, [
      yearFigures(ALL_YEARS, tickets),
      ...archived,
    ]),
  };
}

function digestNotifications(figures: Figures): Notification[] {
  const {reference, thisWeek, tickets, offset, today} = figures;
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
        to,
        thisWeek,
        lastWeek: figures.lastWeek,
        rooms: recurringRooms(tickets, since),
        assets: recurringAssets(tickets, since),
        badges,
        recognitionUrl: figures.recognitionUrl,
        articles: figures.articles,
      })
    )
  );
}

function sendDigest(ss: Spreadsheet, figures: Figures): number {
  const notifications = digestNotifications(figures);
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
    `Metrics rebuilt: ${figures.tickets.length} tickets.`,
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
      ? `Weekly digest sent to ${sent} leader(s).`
      : 'Nobody to send the digest to: add emails to Config "Digest Recipients".',
    'Peer Desk digest'
  );
}

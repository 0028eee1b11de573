// The metrics run: rebuilds the Metrics, Daily, Recognition and Dashboard tabs from the ledger's view.
import {authoredArticles} from '../../domain/knowledge/authorship';
import {articleHelpfulness} from '../../domain/metrics/self-help-figures';
import {Badge, badgeKey, badgesOf} from '../../domain/metrics/badges';
import {fingerprintOf} from '../../domain/metrics/fingerprint';
import {techRecords} from '../../domain/metrics/tech-records';
import {lastWeeks} from '../../domain/metrics/dashboard-layout';
import {addDays} from '../../domain/school-time/local-time';
import {DATE_FORMAT} from '../../domain/metrics/presentation/figure-format';
import {LEADER_TAB, RECOGNITION_HEADERS} from '../../domain/metrics/tabs';
import {weekStartOf} from '../../domain/school-time/zoned-dates';
import {withScriptLock} from '../../workspace/services/lock';
import {sheetNamed} from '../../workspace/sheets/output-table';
import {ScriptNow, scriptNow} from '../../workspace/services/script-clock';
import {activeSpreadsheet} from '../../workspace/sheets/spreadsheet';
import {toast} from '../../workspace/sheets/ui';
import {orderTabs} from '../../workspace/sheets/sheet-setup';
import {schoolCalendar} from '../sla/escalate';
import {recordNotifications} from '../notifications/notify';
import {deliverRecorded} from '../notifications/delivery';
import {ownerMayAct} from '../setup/owner';
import {tabsInUseOrder} from '../setup/setup';
import {loadSnapshot, referenceOf, Snapshot} from '../setup/snapshot';
import {writeDashboard} from './dashboard';
import {
  categoriesOf,
  Figures,
  schoolYearsFigures,
  weekFiguresOf,
} from './figures';
import {ticketMetricsOf} from './ledger-reads';
import {LedgerView, ledgerView} from './ledger-window';
import {updateDailyTab, updateMetricsTab} from './metrics-tab';
import {recognitionPost, recordRecognition} from './recognition';
import {TabLayouts} from './tab-layout';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export type {Figures} from './figures';

/** Weeks of trend on the Dashboard. */
const TREND_WEEKS = 8;

/** The Recognition tab's columns: Earned is a date, the rest text. */
const RECOGNITION_FORMATS = RECOGNITION_HEADERS.map(h =>
  h === 'Earned' ? DATE_FORMAT : ''
);

/**
 * The badges recorded on the Recognition tab, under the script lock (other executions append to
 * the Outbox), and new ones announced in Chat once. Skipped, tab and lock alike, while the badges
 * earned are those the last run recorded (`view.written`; a full read always looks). Returns the
 * badges' fingerprint, the tab's data rows and the Chat post to deliver.
 */
function recordBadges(
  ss: Spreadsheet,
  view: LedgerView,
  badges: readonly Badge[],
  deskName: string,
  clock: ScriptNow
) {
  const print = fingerprintOf(badges.map(badgeKey));
  const written = view.written;
  if (written && written.badges === print)
    return {print, rows: written.recognitionRows, recorded: []};
  return withScriptLock(() => {
    const {fresh, rows} = recordRecognition(ss, badges, clock.timeZone);
    const recorded = recordNotifications(
      ss,
      fresh.length > 0
        ? [recognitionPost(deskName, fresh, clock.local.date)]
        : []
    );
    return {print, rows, recorded};
  });
}

/**
 * The metrics run: the ledger's window read (or all of it: `full`, the menu's rebuild, a new week,
 * or a change the window cannot account for), the settled tickets' figures taken from what the
 * last full read stored; the Metrics and Daily tabs brought up to date in place; the Recognition
 * tab and the Dashboard written when they change; then what was read and written recorded for the
 * next run. Only the Recognition tab and the Outbox are shared with other executions, so only they
 * are written under the script lock: a rebuild over a large ledger never keeps a teacher's
 * submission waiting.
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
  const layouts = new TabLayouts();
  const metricsPrints = updateMetricsTab(ss, view, offset, layouts);
  const dailyPrint = updateDailyTab(ss, view, today, offset, layouts);
  const records = techRecords(view.summary.techs, view.window);
  const badges = badgesOf(
    records,
    reference.techs,
    authoredArticles(snapshot.rows.knowledgeBase, offset)
  );
  const recognized = recordBadges(
    ss,
    view,
    badges,
    reference.config.deskName,
    clock
  );
  const recognition = sheetNamed(ss, LEADER_TAB.recognition);
  layouts.formatTable(recognition, RECOGNITION_FORMATS, recognized.rows, 180);
  const weekOf = weekFiguresOf(view, minutesSaved);
  let everyTicket = view.all;
  const figures: Figures = {
    years: schoolYearsFigures(view, reference, clock),
    today,
    thisWeek: weekOf(week),
    lastWeek: weekOf(addDays(week, -7)),
    trend: trendWeeks.map(weekOf),
    recent: view.window,
    rows: view.rows,
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
    recognitionUrl: `${snapshot.sheetUrl}#gid=${recognition.getSheetId()}`,
    articles: articleHelpfulness(
      view.window,
      reference.articles.map(article => article.title),
      view.summary.articles
    ),
  };
  const dashboardPrint = writeDashboard(
    ss,
    figures,
    layouts,
    view.written?.dashboard
  );
  view.save({
    metrics: metricsPrints,
    daily: dailyPrint,
    dashboard: dashboardPrint,
    badges: recognized.print,
    recognitionRows: recognized.rows,
  });
  // The leader tabs are new on the first rebuild: put them where setup keeps the tabs' order.
  if (firstRebuild) orderTabs(ss, tabsInUseOrder(ss));
  deliverRecorded(recognized.recorded);
  return figures;
}

/**
 * Menu item "Rebuild metrics": every Tickets and Activity row read again and the settled
 * tickets' figures summed up anew (what the hourly run stores may have missed a write no trigger
 * saw), the Metrics tab read back and corrected. Formats and charts are applied only when their
 * plan changed, as in the hourly run: setup's repair puts back a look a person changed by hand.
 */
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

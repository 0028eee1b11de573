// The weekly digest to the desk's leaders: from the figures the hourly run worked out, once a week.
import {weeklyDigest} from '../../domain/metrics/digest';
import {
  recurringAssets,
  recurringRooms,
} from '../../domain/metrics/leader-figures';
import {isDigestDue} from '../../domain/metrics/metrics-settings';
import {LEADER_TAB} from '../../domain/metrics/tabs';
import {
  emailNotification,
  Notification,
} from '../../domain/notifications/notification';
import {addDays} from '../../domain/school-time/local-time';
import {localDateOf, weekStartOf} from '../../domain/school-time/zoned-dates';
import {withScriptLock} from '../../workspace/services/lock';
import {
  PROPERTY,
  scriptProperty,
  setScriptProperty,
} from '../../workspace/services/properties';
import {ScriptNow, scriptNow} from '../../workspace/services/script-clock';
import {activeSpreadsheet} from '../../workspace/sheets/spreadsheet';
import {toast} from '../../workspace/sheets/ui';
import {deliverRecorded} from '../notifications/delivery';
import {recordNotifications} from '../notifications/notify';
import {ownerMayAct} from '../setup/owner';
import {loadSnapshot} from '../setup/snapshot';
import {Figures, RECURRING_DAYS} from './figures';
import {rebuild} from './metrics';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

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

/** The weekly digest, once its configured day and hour have come. */
export function sendDigestIfDue(
  ss: Spreadsheet,
  figures: Figures,
  clock: ScriptNow
): void {
  const due = isDigestDue(figures.reference.metrics, {
    local: clock.local,
    lastSentWeek: scriptProperty(PROPERTY.digestWeek),
  });
  if (due) sendDigest(ss, figures);
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

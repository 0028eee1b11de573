// Sends the daily summary to each requester who chose one, from the hourly trigger, once a day.
import {emailNotification} from '../../domain/notifications/notification';
import {Reference, senderOf} from '../../domain/settings/reference';
import {dailySummaryEmail} from '../../domain/requesters/summary-email';
import {pageTickets} from '../../domain/requesters/requester-tickets';
import {minutesOfDay} from '../../domain/school-time/local-time';
import {rowLanguage} from '../../domain/ticket-flow/ticket-facts';
import {requesterPreferences} from '../../workspace/ledger/requesters';
import {withScriptLock} from '../../workspace/services/lock';
import {
  PROPERTY,
  scriptProperty,
  setScriptProperty,
} from '../../workspace/services/properties';
import {ScriptNow} from '../../workspace/services/script-clock';
import {recordNotifications} from '../notifications/notify';
import {deliverRecorded} from '../notifications/delivery';
import {teacherPageLink} from '../setup/teacher-links';
import {requesterRows} from './requester-rows';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const DAY_MS = 86_400_000;

/**
 * Once a day, from the desk's daily summary time (Config, as the Chat summary), each requester who
 * chose a daily summary hears of the requests that changed since the last one (none changed, no
 * email). Each requester's tickets are found by one search of the Requester column.
 */
export function sendRequesterSummaries(
  ss: Spreadsheet,
  reference: Reference,
  clock: ScriptNow
): number {
  const today = clock.local.date;
  if ((minutesOfDay(clock.local.time) ?? 0) < reference.sla.dailySummaryAt)
    return 0;
  const last = scriptProperty(PROPERTY.requesterSummary);
  if (last?.startsWith(today)) return 0;
  const nowMs = clock.now.getTime();
  const sinceMs = last ? Date.parse(last.split(' ')[1] ?? '') : NaN;
  const since = Number.isFinite(sinceMs) ? sinceMs : nowMs - DAY_MS;
  const daily = [...requesterPreferences(ss)]
    .filter(([, choice]) => choice === 'daily')
    .map(([requester]) => requester);
  const notices = daily.flatMap(requester => {
    const rows = requesterRows(ss, requester);
    const {open, recent} = pageTickets(
      rows.map(r => r.ticket),
      reference,
      nowMs
    );
    const changed = [...open, ...recent].filter(t => t.updatedMs >= since);
    const latest = rows.at(-1)?.ticket;
    if (changed.length === 0 || !latest) return [];
    return [
      emailNotification(
        'desk',
        `requester summary ${today}`,
        dailySummaryEmail({
          sender: senderOf(reference),
          language: rowLanguage(latest, reference),
          to: requester,
          tickets: changed,
          page: teacherPageLink(requester),
        })
      ),
    ];
  });
  const recorded = withScriptLock(() => {
    setScriptProperty(
      PROPERTY.requesterSummary,
      `${today} ${clock.now.toISOString()}`
    );
    return recordNotifications(ss, notices);
  });
  deliverRecorded(recorded);
  return notices.length;
}

// The daily email: once school has begun, each tech or mentor who chose it hears what is theirs.
import {senderOf} from '../../domain/settings/reference';
import {dailyEmail} from '../../domain/notifications/daily-email';
import {
  DailyTicket,
  dailyListOf,
  isEmptyList,
} from '../../domain/notifications/daily-list';
import {
  dailyEmailsFit,
  requesterReserve,
} from '../../domain/notifications/mail-budget';
import {
  emailNotification,
  oweKey,
} from '../../domain/notifications/notification';
import {getsDailyEmail} from '../../domain/people/email-choice';
import {schoolWindow} from '../../domain/school-time/school-time';
import {cellMs, cellText} from '../../domain/tickets/ticket-row';
import {Outbox} from '../../workspace/ledger/outbox';
import {remainingMailQuota} from '../../workspace/services/mail';
import {withScriptLock} from '../../workspace/services/lock';
import {
  PROPERTY,
  scriptProperty,
  setScriptProperty,
} from '../../workspace/services/properties';
import {dayInWords, ScriptNow} from '../../workspace/services/script-clock';
import {schoolCalendar} from '../sla/escalate';
import {deliverRecorded} from '../notifications/delivery';
import {recordOwed} from '../notifications/notify';
import {Figures} from '../metrics/figures';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The key kind of a daily email; its Outbox ids read `daily <yyyy-MM-dd> <email>`. */
const DAILY_KIND = 'daily';
const DAY_MS = 86_400_000;
/** Sign-offs owed are listed for tickets resolved in the last two weeks. */
const SIGN_OFF_WINDOW_MS = 14 * DAY_MS;

/**
 * The tickets a daily email can list, from the rows the hourly run's metrics read: every open
 * ticket, every one created or resolved in the last five weeks (sign-offs look back two, new
 * tickets to the last email, the mail reserve a week) and open practice tickets.
 */
function dailyTickets(figures: Figures): DailyTicket[] {
  return figures.rows
    .map(r => r.ticket)
    .filter(row => cellText(row['Ticket ID']) !== '')
    .map(row => ({
      id: cellText(row['Ticket ID']),
      status: cellText(row.Status),
      priority: cellText(row.Priority),
      summary: cellText(row.Summary),
      category: cellText(row.Category),
      assignee: cellText(row.Assignee),
      createdMs: cellMs(row.Created),
      resolveDueMs: cellMs(row['Resolve Due']),
      resolvedMs: cellMs(row['Resolved At']),
      signedOff: cellText(row['Mentor Sign-off']).trim() !== '',
    }));
}

/**
 * Once school has begun on a school day (Schedule, No School Days), records each daily email
 * under a key owed once per person and day, all in one write, then delivers them: a run killed
 * before the write recorded none, after it all, and the next run finds the keys and records none
 * again. When the mail quota left would not also cover the requesters' emails they wait for a
 * later run; each lists what came since the last one that went, so nothing is lost. Returns how
 * many were recorded.
 */
export function sendDailyEmailsIfDue(
  ss: Spreadsheet,
  figures: Figures,
  clock: ScriptNow,
  sheetUrl: string
): number {
  const {reference} = figures;
  const today = clock.local.date;
  if (scriptProperty(PROPERTY.dailyEmailDay) === today) return 0;
  const window = schoolWindow(schoolCalendar(reference, clock.timeZone), today);
  const nowMs = clock.now.getTime();
  if (!window || nowMs < window.startMs) return 0;
  const readers = reference.techs.filter(
    tech => tech.active && getsDailyEmail(tech.emails)
  );
  if (readers.length === 0) return 0;
  const tickets = dailyTickets(figures);
  const sinceMs =
    Number(scriptProperty(PROPERTY.dailyEmailSince)) || nowMs - DAY_MS;
  const moments = {
    sinceMs,
    dayEndMs: window.endMs,
    signOffsSinceMs: nowMs - SIGN_OFF_WINDOW_MS,
  };
  const sender = senderOf(reference);
  const batches = readers.flatMap(reader => {
    const list = dailyListOf(reader, tickets, reference.techs, moments);
    if (isEmptyList(list)) return [];
    const email = dailyEmail({
      sender,
      to: reader.email,
      list,
      dateWords: dayInWords(clock),
      nowMs,
      sheetUrl,
    });
    return [
      {
        id: oweKey(DAILY_KIND, today, reader.email),
        notifications: [emailNotification(DAILY_KIND, `email ${today}`, email)],
      },
    ];
  });
  const reserve = requesterReserve(
    tickets.map(t => t.createdMs),
    nowMs
  );
  if (!dailyEmailsFit(remainingMailQuota(), batches.length, reserve)) return 0;
  const recorded = withScriptLock(() => {
    const owed = new Outbox(ss).holdsKeyStartingWith(
      oweKey(DAILY_KIND, today, '')
    );
    const fresh = owed ? [] : recordOwed(ss, batches);
    setScriptProperty(PROPERTY.dailyEmailDay, today);
    setScriptProperty(PROPERTY.dailyEmailSince, String(nowMs));
    return fresh;
  });
  deliverRecorded(recorded);
  return recorded.length;
}

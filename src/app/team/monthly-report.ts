// The monthly reports: on the first school day of a month, each tech's last month, owed once.
import {practiceResolvedOf} from '../metrics/ledger-reads';
import {dutyMinutesIn} from '../../domain/availability/coverage';
import {Reference, senderOf} from '../../domain/settings/reference';
import {Badge} from '../../domain/metrics/badges';
import {TicketMetrics} from '../../domain/metrics/ticket-metrics';
import {
  emailNotification,
  oweKey,
} from '../../domain/notifications/notification';
import {schoolWindow} from '../../domain/school-time/school-time';
import {localDateOf, UtcOffset} from '../../domain/school-time/zoned-dates';
import {addDays} from '../../domain/school-time/local-time';
import {
  MonthInput,
  monthlyReportEmail,
  reportedTechs,
} from '../../domain/team/monthly-report';
import {Outbox} from '../../workspace/ledger/outbox';
import {withScriptLock} from '../../workspace/services/lock';
import {
  PROPERTY,
  scriptProperty,
  setScriptProperty,
} from '../../workspace/services/properties';
import {ScriptNow} from '../../workspace/services/script-clock';
import {dutyReference} from '../availability/coverage';
import {recordOwed} from '../notifications/notify';
import {deliverRecorded} from '../notifications/delivery';
import {schoolCalendar} from '../sla/escalate';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The key kind of a monthly report; its Outbox ids read `monthly <yyyy-MM> <email>`. */
const MONTHLY_KIND = 'monthly';

/** What the metrics run already worked out, which the reports reuse. */
export interface MonthlySource {
  readonly reference: Reference;
  readonly tickets: readonly TicketMetrics[];
  readonly badges: readonly Badge[];
  readonly offset: UtcOffset;
}

/** The month before `date`'s, `yyyy-MM`. */
function previousMonth(date: string): string {
  return addDays(`${date.slice(0, 7)}-01`, -1).slice(0, 7);
}

/**
 * Once school has begun on the first school day of a month (Schedule, No School Days), records last month's report for each tech under keys owed once, then delivers them. The Script
 * Property is only a shortcut: the keys themselves, written in one call, keep a killed run from
 * sending twice. Returns how many reports were recorded.
 */
export function sendMonthlyReportsIfDue(
  ss: Spreadsheet,
  source: MonthlySource,
  clock: ScriptNow
): number {
  const today = clock.local.date;
  const thisMonth = today.slice(0, 7);
  if (scriptProperty(PROPERTY.monthlyReportMonth) === thisMonth) return 0;
  const {reference} = source;
  const calendar = schoolCalendar(reference, clock.timeZone);
  const window = schoolWindow(calendar, today);
  if (!window || clock.now.getTime() < window.startMs) return 0;
  for (let day = `${thisMonth}-01`; day < today; day = addDays(day, 1))
    if (schoolWindow(calendar, day)) return 0;
  const month = previousMonth(today);
  const input: MonthInput = {
    month,
    techs: reference.techs,
    tickets: source.tickets.map(t => ({
      resolverEmail: t.resolverEmail,
      resolvedDate: t.resolvedDate,
      satisfaction: t.satisfaction,
    })),
    practice: practiceResolvedOf(ss).map(t => ({
      resolverEmail: t.resolverEmail,
      resolvedDate: localDateOf(t.resolvedMs, source.offset),
    })),
    badges: source.badges.map(b => ({
      techEmail: b.techEmail,
      title: b.title,
      earnedDate: localDateOf(b.earnedMs, source.offset),
    })),
    dutyMinutes: dutyMinutesIn(dutyReference(reference), month),
  };
  const sender = senderOf(reference);
  const language = reference.config.defaultLanguage;
  const batches = reportedTechs(reference.techs).map(tech => ({
    id: oweKey(MONTHLY_KIND, month, tech.email),
    notifications: [
      emailNotification(
        MONTHLY_KIND,
        `report ${month}`,
        monthlyReportEmail({sender, language, input, tech})
      ),
    ],
  }));
  const recorded = withScriptLock(() => {
    const owed = new Outbox(ss).holdsKeyStartingWith(
      oweKey(MONTHLY_KIND, month, '')
    );
    const fresh = owed ? [] : recordOwed(ss, batches);
    setScriptProperty(PROPERTY.monthlyReportMonth, thisMonth);
    return fresh;
  });
  deliverRecorded(recorded);
  return recorded.length;
}

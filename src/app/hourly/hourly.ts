// The hourly trigger: each capability's hourly work, in the order it must run.
import {ArchiveReport, rollOverIfDue} from '../archive/archive';
import {archiveLinksIn} from '../archive/archive-year';
import {removeOldPersonalDetails} from '../safeguarding/retention';
import {rebuildCoverageDaily} from '../availability/coverage';
import {sendFiguresIfConfigured} from '../district/send-figures';
import {sendDigestIfDue} from '../metrics/digest';
import {rebuild} from '../metrics/metrics';
import {sendDailyEmailsIfDue} from '../team/daily-emails';
import {keepOutboxCompact} from '../notifications/outbox-upkeep';
import {sendRequesterSummaries} from '../requesters/daily-summary';
import {HANDLER} from '../setup/handlers';
import {runsAsOwner} from '../setup/owner';
import {loadSnapshot, referenceOf} from '../setup/snapshot';
import {sendMonthlyReportsIfDue} from '../team/monthly-report';
import {scriptNow} from '../../workspace/services/script-clock';
import {activeSpreadsheet} from '../../workspace/sheets/spreadsheet';

/** Whether the rollover moved rows in this run. */
function archivedRows(report: ArchiveReport | undefined): boolean {
  return (
    report !== undefined &&
    report.tickets + report.activity + report.responses > 0
  );
}

/**
 * The hourly trigger: archives the year that ended once its rollover date has come, rebuilds the
 * metrics, prunes the Outbox once a day (not in the run that archives), rebuilds the Coverage tab
 * once a day, sends last month's reports to the techs on the first school day of a month, each
 * tech's daily email once school has begun, then sends the weekly digest once its configured day
 * and hour have come. Checking here rather than in a weekly trigger lets a Config change take
 * effect without reinstalling a trigger (a trigger's schedule cannot be read back). The district
 * edition then sends the rebuilt figures to the district's BigQuery; at night the desk removes
 * personal details kept past Config's limit.
 */
export function hourlyMetrics(): void {
  if (!runsAsOwner(HANDLER.metrics)) return;
  const ss = activeSpreadsheet();
  const settings = loadSnapshot(ss);
  const clock = scriptNow(settings.timeZone);
  const rolledOver = rollOverIfDue(
    ss,
    referenceOf(settings).retention.rolloverMonthDay,
    clock
  );
  // Loaded again: the rollover may have changed Config (archive links, Techs Active).
  const figures = rebuild(ss, loadSnapshot(ss), clock);
  // The run that archives a year has deleted its blocks: the Outbox waits for the next run.
  if (!archivedRows(rolledOver))
    keepOutboxCompact(ss, figures.reference, clock);
  rebuildCoverageDaily(ss, figures.reference, clock);
  sendMonthlyReportsIfDue(ss, figures, clock);
  sendDailyEmailsIfDue(ss, figures, clock, settings.sheetUrl);
  sendDigestIfDue(ss, figures, clock);
  sendRequesterSummaries(ss, figures.reference, clock);
  sendFiguresIfConfigured(ss, figures.reference, clock.timeZone);
  removeOldPersonalDetails(
    ss,
    figures.reference,
    archiveLinksIn(settings.rows.config),
    clock
  );
}

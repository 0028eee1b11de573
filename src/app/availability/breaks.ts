// "Take a break" and "I'm back": a tech steps down and returns themselves, through the Leave tab.
import {BREAK_REASON, openBreak} from '../../domain/people/leave';
import {TAB} from '../../domain/setup/workbook';
import {findTech} from '../../domain/people/techs';
import {ActivityEntry} from '../../domain/tickets/activity';
import {appendActivity} from '../../workspace/ledger/activity-log';
import {withScriptLock} from '../../workspace/services/lock';
import {markUnfinished} from '../../workspace/services/unfinished-work';
import {scriptNow} from '../../workspace/services/script-clock';
import {
  activeSpreadsheet,
  requireSheet,
} from '../../workspace/sheets/spreadsheet';
import {appendRows, columnsOf, readHeaders} from '../../workspace/sheets/table';
import {alert} from '../../workspace/sheets/ui';
import {forgetSnapshot, readSnapshot, referenceOf} from '../setup/snapshot';

const TITLE = 'Peer Desk';
/** The Activity tab's Field for a tech's own availability changes. */
export const AVAILABILITY_FIELD = 'Availability';
const ON_DUTY = 'on the rota';
const ON_BREAK = 'on a break';

/** The Activity line of a tech starting (or ending) their own break at `when`. */
export function availabilityLine(
  tech: string,
  when: Date,
  onBreak: boolean
): ActivityEntry {
  return {
    when,
    ticketId: '',
    field: AVAILABILITY_FIELD,
    oldValue: onBreak ? ON_DUTY : ON_BREAK,
    newValue: onBreak ? ON_BREAK : ON_DUTY,
    who: tech,
  };
}

/**
 * Who clicked: a menu item runs as them, but Google hides the address of someone outside the
 * school's domain (platform.md: Who a script runs as), and then nobody is guessed.
 */
function clicker(): string {
  return Session.getActiveUser().getEmail().trim().toLowerCase();
}

/** The tech the clicker is, or the alert saying why they cannot act; undefined when refused. */
function clickingTech(action: string) {
  const email = clicker();
  if (email === '') {
    alert(
      TITLE,
      `Peer Desk cannot see which Google account you are signed in with, so it cannot ${action} for you. Ask the tech coordinator to add a row for you on the Leave tab.`
    );
    return undefined;
  }
  const ss = activeSpreadsheet();
  const snapshot = readSnapshot(ss);
  const reference = referenceOf(snapshot);
  const tech = findTech(reference.techs, email);
  if (!tech) {
    alert(
      TITLE,
      `${email} is not on the Techs tab, so Peer Desk cannot ${action} for you. Ask the tech coordinator to add you.`
    );
    return undefined;
  }
  return {ss, tech, reference, clock: scriptNow(snapshot.timeZone)};
}

/** Menu item "Take a break": the clicking tech gets no new tickets until they are back. */
export function takeBreak(): string {
  const me = clickingTech('start a break');
  if (!me) return 'Refused.';
  const {ss, tech, reference, clock} = me;
  if (openBreak(reference.leave, tech.email, clock.local)) {
    const text =
      "You are already on a break. Choose Peer Desk › I'm back when you return.";
    alert(TITLE, text);
    return text;
  }
  withScriptLock(() => {
    // Forgotten before the write too: stopped right after it, no cached settings from before it
    // outlive the execution, and the break holds at once.
    forgetSnapshot();
    markUnfinished('breaks', clock.now);
    appendRows(requireSheet(ss, TAB.leave), [
      [tech.email, clock.now, '', BREAK_REASON],
    ]);
    appendActivity(ss, [availabilityLine(tech.email, clock.now, true)]);
  });
  forgetSnapshot();
  const text = `Enjoy your break, ${tech.name}. You get no new tickets until you choose Peer Desk › I'm back; your open tickets stay yours.`;
  alert(TITLE, text);
  return text;
}

/** Menu item "I'm back": ends the clicking tech's open break; tickets reach them again. */
export function backFromBreak(): string {
  const me = clickingTech('end a break');
  if (!me) return 'Refused.';
  const {ss, tech, clock} = me;
  const sheet = requireSheet(ss, TAB.leave);
  const ended = withScriptLock(() => {
    // Read again under the lock, with row numbers: the coordinator may have sorted the tab.
    const fresh = referenceOf(readSnapshot(ss));
    const open = openBreak(fresh.leave, tech.email, clock.local);
    if (!open) return false;
    const columns = columnsOf(readHeaders(sheet));
    const values = sheet.getDataRange().getValues();
    const techColumn = (columns.get('Tech') ?? 1) - 1;
    const toColumn = columns.get('To') ?? 3;
    const reasonColumn = (columns.get('Reason') ?? 4) - 1;
    const row = values.findIndex(
      (cells, i) =>
        i > 0 &&
        String(cells[techColumn]).trim().toLowerCase() === tech.email &&
        String(cells[toColumn - 1]).trim() === '' &&
        String(cells[reasonColumn]).trim().toLowerCase() === BREAK_REASON
    );
    if (row < 0) return false;
    forgetSnapshot();
    markUnfinished('breaks', clock.now);
    sheet.getRange(row + 1, toColumn).setValue(clock.now);
    appendActivity(ss, [availabilityLine(tech.email, clock.now, false)]);
    return true;
  });
  forgetSnapshot();
  const text = ended
    ? `Welcome back, ${tech.name}. Tickets reach you again when you are on the rota.`
    : 'You are not on a break, so there is nothing to end.';
  alert(TITLE, text);
  return text;
}

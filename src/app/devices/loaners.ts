// "Lend a loaner" and "Take a loaner back": a tech records a loan on the Loans tab in one write.
import {devicesOf, findDevice, tagKey} from '../../domain/devices/devices';
import {
  dueBackFrom,
  inSchoolDomain,
  Loan,
  LOAN_HEADERS,
  loansOf,
  openLoanOf,
  parseCheckOut,
} from '../../domain/devices/loans';
import {DEVICE_STATUS} from '../../domain/devices/tabs';
import {localDateOf} from '../../domain/school-time/zoned-dates';
import {TAB} from '../../domain/setup/workbook';
import {CellValue} from '../../domain/tickets/ticket-row';
import {withScriptLock} from '../../workspace/services/lock';
import {scriptNow} from '../../workspace/services/script-clock';
import {utcOffsetReader} from '../../workspace/services/zone';
import {toCells} from '../../workspace/sheets/cells';
import {
  activeSpreadsheet,
  requireSheet,
} from '../../workspace/sheets/spreadsheet';
import {appendRows} from '../../workspace/sheets/table';
import {alert, promptFor} from '../../workspace/sheets/ui';
import {deskOwner} from '../setup/owner';
import {readSnapshot, referenceOf} from '../setup/snapshot';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const TITLE = 'Peer Desk loaners';

function clicker(): string {
  return Session.getActiveUser().getEmail().trim().toLowerCase();
}

function readTab(ss: Spreadsheet, tab: string) {
  const [headers = [], ...rows] = requireSheet(ss, tab)
    .getDataRange()
    .getValues() as CellValue[][];
  return {headers: headers.map(h => String(h).trim()), rows};
}

function readLoans(ss: Spreadsheet): Loan[] {
  const offset = utcOffsetReader(ss.getSpreadsheetTimeZone());
  const {headers, rows} = readTab(ss, TAB.loans);
  return loansOf(headers, rows, date => localDateOf(date.getTime(), offset));
}

function tell(text: string): string {
  alert(TITLE, text);
  return text;
}

/**
 * Menu item "Lend a loaner": one line typed — the loaner's tag, the student's school address,
 * the ticket for their own device if there is one, and its condition — appends the loan, due back
 * in a week. A loaner already out, a device that is not a loaner or an address outside the
 * school's domain is refused with the reason.
 */
export function lendLoaner(): string {
  const typed = promptFor(
    TITLE,
    "Type the loaner's asset tag, the student's school address, the ticket for their own device (if any) and the loaner's condition, e.g.:\nLN-04 sam.lee@students.example.org T-000123 small scratch on lid"
  );
  if (typed === undefined || typed === '') return 'Cancelled.';
  const checkOut = parseCheckOut(typed);
  if (!checkOut)
    return tell(
      "Nothing lent: type the loaner's asset tag first, then the student's school address."
    );
  const ss = activeSpreadsheet();
  const techs = referenceOf(readSnapshot(ss)).techs.map(t => t.email);
  if (!inSchoolDomain(checkOut.student, [deskOwner() ?? '', ...techs]))
    return tell(
      `Nothing lent: ${checkOut.student} is not a school address. Loaners go to a student's school account only.`
    );
  const clock = scriptNow(ss.getSpreadsheetTimeZone());
  return tell(
    withScriptLock(() => {
      const devices = readTab(ss, TAB.devices);
      const loaner = findDevice(
        devicesOf(devices.headers, devices.rows),
        checkOut.loaner
      );
      if (!loaner)
        return `Nothing lent: ${checkOut.loaner} is not on the Devices tab.`;
      const tag = loaner.text('Asset Tag');
      if (loaner.text('Status').toLowerCase() !== DEVICE_STATUS.loaner)
        return `Nothing lent: ${tag} is not a loaner (its Status on Devices is "${loaner.text('Status')}").`;
      const out = openLoanOf(readLoans(ss), t => tagKey(t) === tagKey(tag));
      if (out)
        return `Nothing lent: ${tag} is already out with ${out.student} (due back ${out.dueBack}). Take it back first.`;
      const due = dueBackFrom(clock.local.date);
      const values: Record<(typeof LOAN_HEADERS)[number], CellValue> = {
        Loaner: tag,
        Student: checkOut.student,
        Ticket: checkOut.ticket,
        'Checked Out': clock.now,
        'Due Back': due,
        'Condition Out': checkOut.condition,
        Returned: '',
        'Condition In': '',
        'Lent By': clicker(),
      };
      const headers = readTab(ss, TAB.loans).headers;
      appendRows(requireSheet(ss, TAB.loans), [
        headers.map(h => values[h as keyof typeof values] ?? ''),
      ]);
      return `${tag} lent to ${checkOut.student}, due back ${due}.`;
    })
  );
}

/**
 * Menu item "Take a loaner back": the loaner's tag and its condition complete its open loan in
 * one write. A loaner not out is told so.
 */
export function returnLoaner(): string {
  const typed = promptFor(
    TITLE,
    "Type the returned loaner's asset tag and its condition, e.g.:\nLN-04 fine"
  );
  if (typed === undefined || typed === '') return 'Cancelled.';
  const [tag, ...condition] = typed.split(/\s+/);
  const ss = activeSpreadsheet();
  const clock = scriptNow(ss.getSpreadsheetTimeZone());
  return tell(
    withScriptLock(() => {
      const loan = openLoanOf(readLoans(ss), t => tagKey(t) === tagKey(tag));
      if (!loan) return `${tag} is not out on loan: nothing to take back.`;
      const sheet = requireSheet(ss, TAB.loans);
      const {headers} = readTab(ss, TAB.loans);
      const returned = headers.indexOf('Returned') + 1;
      const conditionIn = headers.indexOf('Condition In') + 1;
      if (returned === 0 || conditionIn !== returned + 1)
        return "The Loans tab's Returned and Condition In columns have moved: run Peer Desk › Set up or repair.";
      sheet
        .getRange(loan.rowNumber, returned, 1, 2)
        .setValues([toCells([clock.now, condition.join(' ')])]);
      return `${loan.loaner} is back from ${loan.student}.`;
    })
  );
}

// Practice tickets: menu items that make a Training scenario from a ticket and issue one to a tech.
import {selectedRow} from '../../workspace/sheets/selection';
import {
  isPractice,
  practiceTicket,
  Scenario,
  scenarioFromTicket,
} from '../../domain/credentials/practice';
import {nextPracticeId} from '../../domain/tickets/ticket-id';
import {TAB} from '../../domain/setup/workbook';
import {TRAINING_HEADERS} from '../../domain/credentials/tabs';
import {
  emailNotification,
  oweKey,
} from '../../domain/notifications/notification';
import {NOTHING_OWED, owing} from '../../domain/tickets/desk-record';
import {techMessages} from '../../domain/ticket-flow/tech-messages';
import {
  findTech,
  findTechByEmailOrName,
  TIERS,
} from '../../domain/people/techs';
import {Reference} from '../../domain/settings/reference';
import {cellText} from '../../domain/tickets/ticket-row';
import {appendActivity} from '../../workspace/ledger/activity-log';
import {TicketLedger} from '../../workspace/ledger/ticket-ledger';
import {withScriptLock} from '../../workspace/services/lock';
import {scriptNow} from '../../workspace/services/script-clock';
import {
  activeSpreadsheet,
  requireSheet,
} from '../../workspace/sheets/spreadsheet';
import {appendRows, readHeaders} from '../../workspace/sheets/table';
import {cellAsText} from '../../workspace/sheets/cells';
import {alert, promptFor, toast} from '../../workspace/sheets/ui';
import {TriggerOutbox} from '../notifications/notify';
import {deliverRecorded} from '../notifications/delivery';
import {openLedger} from '../tickets/open-ledger';
import {recordNewTickets} from '../tickets/ticket-records';
import {loadSnapshot, referenceOf} from '../setup/snapshot';
import {deskOwner} from '../setup/owner';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const TITLE = 'Peer Desk practice';

/**
 * Who clicked, when they may run practice: the desk's owner or a senior mentor. A menu item runs
 * as whoever clicked it; Google may withhold their address, and then nobody is guessed.
 */
function practiceLeader(reference: Reference): string | undefined {
  const me = Session.getActiveUser().getEmail().trim().toLowerCase();
  if (me === '') {
    alert(
      TITLE,
      'Google did not tell the desk who you are, so it cannot check you may run practice. Open the spreadsheet with your school account.'
    );
    return undefined;
  }
  const tech = findTech(reference.techs, me);
  if (me === deskOwner() || tech?.tier === TIERS.mentor) return me;
  alert(TITLE, 'Only a senior mentor or the coordinator runs practice.');
  return undefined;
}

/** The selected row of a tab, by header, or undefined when the selection is elsewhere. */
function selectedRecord(
  sheetName: string,
  timeZone: string
): Record<string, string> | undefined {
  const row = selectedRow(sheetName);
  if (row === undefined) return undefined;
  const sheet = SpreadsheetApp.getActiveSheet();
  const headers = readHeaders(sheet);
  const cells = sheet.getRange(row, 1, 1, headers.length).getValues()[0];
  return Object.fromEntries(
    headers.map((h, i) => [h, cellAsText(cells[i], timeZone)])
  );
}

/** Appends a scenario in the Training tab's own column order. */
function appendScenario(sheet: Sheet, scenario: Scenario): void {
  const headers = readHeaders(sheet);
  appendRows(sheet, [
    headers.map(h =>
      (TRAINING_HEADERS as readonly string[]).includes(h)
        ? scenario[h as keyof Scenario]
        : ''
    ),
  ]);
}

/** Menu item "Make a practice scenario from the selected ticket". */
export function makePracticeScenario(): void {
  const ss = activeSpreadsheet();
  const snapshot = loadSnapshot(ss);
  if (!practiceLeader(referenceOf(snapshot))) return;
  const selected = selectedRow(TAB.tickets);
  const [row] =
    selected === undefined
      ? []
      : new TicketLedger(
          requireSheet(ss, TAB.tickets),
          snapshot.ticketHeaders
        ).readRows(selected, 1);
  if (!row || cellText(row.ticket['Ticket ID']).trim() === '') {
    alert(TITLE, 'Select a ticket’s row on the Tickets tab first.');
    return;
  }
  if (isPractice(row.ticket)) {
    alert(TITLE, `${cellText(row.ticket['Ticket ID'])} is already practice.`);
    return;
  }
  const scenario = scenarioFromTicket(row.ticket);
  withScriptLock(() =>
    appendScenario(requireSheet(ss, TAB.training), scenario)
  );
  toast(
    ss,
    `Scenario "${scenario.Scenario}" added to the Training tab from ${scenario['From Ticket']}${scenario['Model Fix'] ? '' : ' (no resolution yet: write its Model Fix)'}.`,
    TITLE
  );
}

/**
 * Menu item "Issue the selected scenario to a tech": the selected Training row becomes a practice
 * ticket (PR-…) assigned to the tech named, who works it like any ticket; their mentor is told
 * and reviews it. It mails no requester and is left out of every metric, SLA and digest.
 */
export function issuePracticeScenario(): void {
  const ss = activeSpreadsheet();
  const snapshot = loadSnapshot(ss);
  const reference = referenceOf(snapshot);
  const issuer = practiceLeader(reference);
  if (!issuer) return;
  const record = selectedRecord(TAB.training, snapshot.timeZone);
  if (!record || (record.Summary ?? '') === '') {
    alert(TITLE, 'Select a scenario’s row on the Training tab first.');
    return;
  }
  const scenario = Object.fromEntries(
    TRAINING_HEADERS.map(h => [h, record[h] ?? ''])
  ) as Scenario;
  const answer = promptFor(
    TITLE,
    `Issue "${scenario.Scenario}" to which tech? Their email or display name.`
  );
  if (!answer) return;
  const tech = findTechByEmailOrName(reference.techs, answer);
  if (!tech?.active) {
    alert(TITLE, `"${answer}" is not an active tech on the Techs tab.`);
    return;
  }
  const clock = scriptNow(snapshot.timeZone);
  const outbox = new TriggerOutbox(ss);
  const id = withScriptLock(() => {
    const {ledger, block} = openLedger(ss, snapshot);
    const ticket = practiceTicket(scenario, {
      tech,
      id: nextPracticeId(block.entries.map(e => e.id)),
      issuer,
      now: clock.now,
      mentorName: findTech(reference.techs, tech.mentor)?.name ?? '',
    });
    const ticketId = cellText(ticket.row['Ticket ID']);
    const messages = techMessages(
      ticket.row,
      {
        status: 'Assigned',
        assignee: tech,
        duplicateOf: '',
        note: cellText(ticket.row['Assignment Note']),
        period: '',
      },
      {
        reference,
        ledger: block.entries,
        now: clock.now,
        local: clock.local,
        sheetUrl: snapshot.sheetUrl,
      }
    );
    const notices = outbox.hold([
      {
        id: oweKey(ticketId, 'practice', String(clock.now.getTime())),
        notifications: messages.map(m =>
          emailNotification(ticketId, 'practice', m)
        ),
      },
    ]);
    ledger.appendTickets([
      owing(ticket.row, NOTHING_OWED, [ticket.activity], notices),
    ]);
    recordNewTickets(ss, [ticket.row]);
    appendActivity(ss, [ticket.activity]);
    return ticketId;
  });
  // Mail goes from the desk's owner: a mentor's click leaves it to the next sweep.
  if (issuer === deskOwner()) deliverRecorded(outbox.recorded);
  toast(ss, `Practice ticket ${id} issued to ${tech.name}.`, TITLE);
}

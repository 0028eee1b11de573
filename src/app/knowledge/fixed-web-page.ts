// The "This fixed it" page: a signed link shows the article and a button; only its POST resolves the ticket as self-service.
import {assigneeEmail} from '../../domain/people/techs';
import {senderOf} from '../../domain/settings/reference';
import {verifiedFixed, KNOWLEDGE_PAGE} from '../../domain/knowledge/fixed-link';
import {FixedOutcome, fixedPage} from '../../domain/knowledge/knowledge-pages';
import {articleTitled} from '../../domain/knowledge/knowledge';
import {
  fixedEntry,
  SELF_SERVICE_ROLE,
  SELF_SERVICE_WHO,
} from '../../domain/knowledge/self-help-record';
import {selfServiceEmail} from '../../domain/notifications/tech-emails';
import {
  emailNotification,
  oweKey,
} from '../../domain/notifications/notification';
import {owedOf, trackedCell} from '../../domain/tickets/desk-record';
import {factsOf, rowLanguage} from '../../domain/ticket-flow/ticket-facts';
import {
  cellText,
  parseTracked,
  TicketRow,
  trackedValuesOf,
} from '../../domain/tickets/ticket-row';
import {isOpen, STATUS} from '../../domain/tickets/workflow';
import {ENGLISH, languageFrom} from '../../domain/languages/language';
import {appendActivity} from '../../workspace/ledger/activity-log';
import {withScriptLock} from '../../workspace/services/lock';
import {signer, webAppUrl} from '../../workspace/services/signing';
import {activeSpreadsheet} from '../../workspace/sheets/spreadsheet';
import {TriggerOutbox} from '../notifications/notify';
import {deliverRecorded} from '../notifications/delivery';
import {loadSnapshot, referenceOf} from '../setup/snapshot';
import {rowUrl} from '../sla/escalate';
import {pageLook, servedPage, WebParameters} from '../pages/page-output';
import {findTicket} from '../../workspace/ledger/find-tickets';
import {beginHelpedCredit} from './helped-credit';

type Output = GoogleAppsScript.HTML.HtmlOutput;

/** The Outbox kind of the assignee's notice: one per self-service resolution. */
const SELF_SERVICE_KIND = 'self-service';

function page(language: string, outcome: FixedOutcome): Output {
  return servedPage(fixedPage(pageLook(language), outcome));
}

/**
 * A "This fixed it" link (GET): checked and shown with the article and a button that posts it.
 * Nothing changes here: mail security scanners open links before people do (platform.md: Web apps).
 */
export function fixedLinkPage(parameter: WebParameters): Output {
  const request = verifiedFixed(parameter, signer());
  const found = request && findTicket(activeSpreadsheet(), request.ticketId);
  if (!request || !found) return page('', {kind: 'forged'});
  const ticket = found.row.ticket;
  const language = cellText(ticket.Language);
  if (!isOpen(cellText(ticket.Status)))
    return page(language, {kind: 'closed', ticketId: request.ticketId});
  const reference = referenceOf(loadSnapshot(activeSpreadsheet()));
  const article = articleTitled(
    reference.articles,
    request.article,
    rowLanguage(ticket, reference)
  );
  return page(language, {
    kind: 'confirm',
    ticketId: request.ticketId,
    title: request.article,
    steps: article?.steps ?? '',
    action: webAppUrl() ?? '',
    fields: {
      p: KNOWLEDGE_PAGE.fixed,
      t: request.ticketId,
      a: request.article,
      s: parameter.s ?? '',
    },
  });
}

/**
 * The button (POST): the signed request checked again, then, under the script lock and only while
 * the ticket is open, the ticket resolved as self-service, the article credited (Activity and its
 * Helped count) and the assignee told they need not go. A second press finds it resolved.
 */
export function fixedPost(parameter: WebParameters): Output {
  const request = verifiedFixed(parameter, signer());
  if (!request) return page('', {kind: 'forged'});
  const ss = activeSpreadsheet();
  const outbox = new TriggerOutbox(ss);
  const output = withScriptLock(() => {
    const found = findTicket(activeSpreadsheet(), request.ticketId);
    if (!found) return page('', {kind: 'forged'});
    const {ledger, row} = found;
    const language = cellText(row.ticket.Language);
    const status = cellText(row.ticket.Status);
    if (!isOpen(status))
      return page(language, {kind: 'closed', ticketId: request.ticketId});
    const snapshot = loadSnapshot(ss);
    const reference = referenceOf(snapshot);
    const now = new Date();
    const resolved: TicketRow = {
      ...row.ticket,
      Status: STATUS.resolved,
      Resolution: `Self-service: the requester said the Knowledge Base article "${request.article}" fixed it.`,
      'Resolved At': now,
      'Resolved By': '',
      'Resolver Role': SELF_SERVICE_ROLE,
      Updated: now,
    };
    const entries = [
      {
        when: now,
        ticketId: request.ticketId,
        field: 'Status',
        oldValue: status,
        newValue: STATUS.resolved,
        who: SELF_SERVICE_WHO,
      },
      fixedEntry(now, request.ticketId, request.article),
    ];
    const assignee = assigneeEmail(
      reference.techs,
      cellText(row.ticket.Assignee)
    );
    const notices = outbox.hold(
      assignee === ''
        ? []
        : [
            {
              id: oweKey(
                request.ticketId,
                SELF_SERVICE_KIND,
                String(now.getTime())
              ),
              notifications: [
                emailNotification(
                  request.ticketId,
                  SELF_SERVICE_KIND,
                  selfServiceEmail({
                    sender: senderOf(reference),
                    ticket: factsOf(row.ticket),
                    to: assignee,
                    article: request.article,
                    rowUrl: rowUrl(
                      snapshot.sheetUrl,
                      ledger.sheet.getSheetId(),
                      row.rowNumber
                    ),
                  })
                ),
              ],
            },
          ]
    );
    // Only the resolution is the desk's own: an edit typed meanwhile stays for its trigger to check.
    const owed = owedOf(row.ticket.Tracked);
    const processed = trackedValuesOf(resolved);
    resolved.Tracked = trackedCell(
      {
        ...(parseTracked(cellText(row.ticket.Tracked)) ??
          trackedValuesOf(row.ticket)),
        Status: processed.Status,
        Resolution: processed.Resolution,
      },
      {
        notices: [...owed.notices, ...notices],
        activity: [...owed.activity, ...entries],
      }
    );
    const credit = beginHelpedCredit(
      ss,
      request.ticketId,
      request.article,
      (cell: string) =>
        languageFrom(cell, ENGLISH, reference.catalogue.languages) ===
        rowLanguage(row.ticket, reference)
    );
    ledger.writeChanges(row, ledger.cellsOf(resolved, row.cells));
    appendActivity(ss, entries);
    credit();
    return page(language, {kind: 'done', ticketId: request.ticketId});
  });
  deliverRecorded(outbox.recorded);
  return output;
}

// Menu item "Propose article from selected ticket": a resolved ticket's fix becomes a draft article.
import {TAB} from '../../domain/setup/workbook';
import {findTech} from '../../domain/people/techs';
import {emailNotification} from '../../domain/notifications/notification';
import {cellText} from '../../domain/tickets/ticket-row';
import {
  draftArticle,
  proposalEmail,
  proposalLine,
  proposalProblem,
  reviewerOf,
} from '../../domain/knowledge/proposal';
import {appendActivity} from '../../workspace/ledger/activity-log';
import {TicketLedger} from '../../workspace/ledger/ticket-ledger';
import {withScriptLock} from '../../workspace/services/lock';
import {
  activeSpreadsheet,
  requireSheet,
} from '../../workspace/sheets/spreadsheet';
import {appendRows, readHeaders} from '../../workspace/sheets/table';
import {toast} from '../../workspace/sheets/ui';
import {queueForSweep} from '../notifications/notify';
import {loadSnapshot, referenceOf} from '../setup/snapshot';
import {
  oweProposal,
  PROPOSAL_KIND,
  settleProposal,
} from './reconcile-proposals';

const TITLE = 'Peer Desk Knowledge Base';

/**
 * The tech who runs it has a row of Tickets selected: when that ticket is resolved with a
 * Resolution, a Draft row prefilled from its summary and resolution joins the Knowledge Base tab
 * and the tech's mentor (or the coordinator) gets an email to review and publish it.
 */
export function proposeArticle(): string {
  const ss = activeSpreadsheet();
  const snapshot = loadSnapshot(ss);
  const reference = referenceOf(snapshot);
  const proposer = findTech(
    reference.techs,
    Session.getActiveUser().getEmail()
  );
  const sheet = ss.getActiveSheet();
  const rowNumber = ss.getActiveRange()?.getRow() ?? 1;
  const tickets = requireSheet(ss, TAB.tickets);
  const ticket =
    sheet.getSheetId() === tickets.getSheetId() && rowNumber > 1
      ? new TicketLedger(tickets, snapshot.ticketHeaders).readRows(
          rowNumber,
          1
        )[0].ticket
      : undefined;
  const picked = {
    id: cellText(ticket?.['Ticket ID'] ?? ''),
    status: cellText(ticket?.Status ?? ''),
    category: cellText(ticket?.Category ?? ''),
    summary: cellText(ticket?.Summary ?? ''),
    resolution: cellText(ticket?.Resolution ?? ''),
    language: cellText(ticket?.Language ?? ''),
  };
  const problem = proposalProblem(picked, proposer);
  if (problem !== undefined || !proposer) {
    toast(ss, problem ?? '', TITLE);
    return problem ?? '';
  }
  const article = draftArticle(picked, proposer);
  const reviewer = reviewerOf(
    proposer,
    reference.techs,
    reference.config.coordinatorEmail
  );
  const email = proposalEmail({
    deskName: reference.config.deskName,
    colour: reference.config.deskColour,
    to: reviewer,
    proposer,
    article,
    sheetUrl: snapshot.sheetUrl,
  });
  withScriptLock(() => {
    // Marked before the first write: the sweep finishes a proposal stopped after its draft.
    const key = Utilities.getUuid();
    oweProposal({
      ticketId: picked.id,
      reviewer,
      proposer: proposer.email,
      key,
    });
    const base = requireSheet(ss, TAB.knowledgeBase);
    appendRows(base, [readHeaders(base).map(header => article[header] ?? '')]);
    appendActivity(ss, [
      proposalLine(article, reviewer, proposer.email, new Date()),
    ]);
    // The tech runs this menu item: the sweep sends the mail as the owner.
    queueForSweep(
      ss,
      [emailNotification(picked.id, PROPOSAL_KIND, email)],
      key
    );
    settleProposal(key);
  });
  const report = `Draft article from ${picked.id} added to the Knowledge Base; ${reviewer} will review it.`;
  toast(ss, report, TITLE);
  return report;
}

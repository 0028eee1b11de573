// The rating pages of the web app: records a requester's rating and comment from an email link.
import {
  pageLook,
  servedPage,
  WebParameters as Parameters,
} from '../pages/page-output';
import {
  commentPayload,
  sameSignature,
  verifiedRating,
} from '../../domain/ratings/rating';
import {PageOutcome, ratingPage} from '../../domain/ratings/rating-page';
import {cellMs, cellText} from '../../domain/tickets/ticket-row';
import {appendActivity} from '../../workspace/ledger/activity-log';
import {withScriptLock} from '../../workspace/services/lock';
import {signer, webAppUrl} from '../../workspace/services/signing';
import {activeSpreadsheet} from '../../workspace/sheets/spreadsheet';
import {findTicket} from '../../workspace/ledger/find-tickets';

const REQUESTER = 'requester (rating link)';

function page(language: string, id: string, outcome: PageOutcome) {
  return servedPage(ratingPage(pageLook(language), id, outcome));
}

/** Which form a POST comes from: the rating button or the comment form. */
const FORM = {rate: 'rate', comment: 'comment'} as const;

/**
 * A rating link (GET): checked and shown with a button that posts it. Nothing is recorded here:
 * mail security scanners open links before people do (platform.md: Web apps).
 */
export function ratingLink(
  parameter: Parameters
): GoogleAppsScript.HTML.HtmlOutput {
  const request = verifiedRating(parameter, signer());
  const id = parameter.t ?? '';
  if (!request) return page('', id, {kind: 'refused', reason: 'forged'});
  const found = findTicket(activeSpreadsheet(), request.ticketId);
  if (!found) return page('', id, {kind: 'refused', reason: 'forged'});
  const ticket = found.row.ticket;
  const language = cellText(ticket.Language);
  if (cellMs(ticket['Resolved At']) !== request.resolvedMs)
    return page(language, id, {kind: 'refused', reason: 'stale'});
  if (cellText(ticket.Rating) !== '')
    return page(language, id, {kind: 'refused', reason: 'used'});
  return page(language, id, {
    kind: 'confirm',
    rating: request.rating,
    action: webAppUrl() ?? '',
    fields: {
      f: FORM.rate,
      t: request.ticketId,
      r: String(request.rating),
      v: String(request.resolvedMs),
      s: parameter.s ?? '',
    },
  });
}

/** The rating button (POST): the signed rating checked again, then recorded on the ticket and in Activity once. */
function rate(parameter: Parameters): GoogleAppsScript.HTML.HtmlOutput {
  const sign = signer();
  const request = verifiedRating(parameter, sign);
  const id = parameter.t ?? '';
  if (!request) return page('', id, {kind: 'refused', reason: 'forged'});
  return withScriptLock(() => {
    const found = findTicket(activeSpreadsheet(), request.ticketId);
    if (!found) return page('', id, {kind: 'refused', reason: 'forged'});
    const {ledger, row} = found;
    const ticket = {...row.ticket};
    const language = cellText(ticket.Language);
    if (cellMs(ticket['Resolved At']) !== request.resolvedMs)
      return page(language, id, {kind: 'refused', reason: 'stale'});
    if (cellText(ticket.Rating) !== '')
      return page(language, id, {kind: 'refused', reason: 'used'});
    ticket.Rating = request.rating;
    ledger.writeChanges(row, ledger.cellsOf(ticket, row.cells));
    appendActivity(activeSpreadsheet(), [
      {
        when: new Date(),
        ticketId: request.ticketId,
        field: 'Rating',
        oldValue: '',
        newValue: String(request.rating),
        who: REQUESTER,
      },
    ]);
    const fields = {
      f: FORM.comment,
      t: request.ticketId,
      v: String(request.resolvedMs),
      s: sign(commentPayload(request.ticketId, request.resolvedMs)),
    };
    return page(language, id, {
      kind: 'rated',
      rating: request.rating,
      commentAction: webAppUrl() ?? '',
      commentFields: fields,
    });
  });
}

/** The optional comment after a rating: signed like the link, accepted once. */
function comment(parameter: Parameters): GoogleAppsScript.HTML.HtmlOutput {
  const id = parameter.t ?? '';
  const resolvedMs = Number(parameter.v);
  const expected = signer()(commentPayload(id, resolvedMs));
  if (!sameSignature(expected, parameter.s ?? ''))
    return page('', id, {kind: 'refused', reason: 'forged'});
  return withScriptLock(() => {
    const found = findTicket(activeSpreadsheet(), id);
    if (!found) return page('', id, {kind: 'refused', reason: 'forged'});
    const {ledger, row} = found;
    const ticket = {...row.ticket};
    const language = cellText(ticket.Language);
    if (cellMs(ticket['Resolved At']) !== resolvedMs)
      return page(language, id, {kind: 'refused', reason: 'stale'});
    if (cellText(ticket['Rating Comment']) !== '')
      return page(language, id, {kind: 'refused', reason: 'used'});
    const text = (parameter.comment ?? '').trim().slice(0, 2000);
    if (text !== '') {
      ticket['Rating Comment'] = text;
      ledger.writeChanges(row, ledger.cellsOf(ticket, row.cells));
      appendActivity(activeSpreadsheet(), [
        {
          when: new Date(),
          ticketId: id,
          field: 'Rating Comment',
          oldValue: '',
          newValue: text,
          who: REQUESTER,
        },
      ]);
    }
    return page(language, id, {kind: 'commented'});
  });
}

/** The rating button and the comment form post here; `f` says which. */
export function ratingPost(
  parameter: Parameters
): GoogleAppsScript.HTML.HtmlOutput {
  return parameter.f === FORM.rate ? rate(parameter) : comment(parameter);
}

// The page a requester sees after following a rating link or sending a comment.
import {say, sayHtml} from '../languages/catalogue';
import {MessageKey} from '../languages/shipped-texts';
import {escapeHtml} from '../text';
import {PageLook, hiddenFields, webPage} from '../web/page';

export type {PageLook} from '../web/page';

export type PageOutcome =
  | {
      readonly kind: 'confirm';
      readonly rating: number;
      readonly action: string;
      readonly fields: Readonly<Record<string, string>>;
    }
  | {
      readonly kind: 'rated';
      readonly rating: number;
      readonly commentAction: string;
      readonly commentFields: Readonly<Record<string, string>>;
    }
  | {readonly kind: 'commented'}
  | {readonly kind: 'refused'; readonly reason: 'forged' | 'used' | 'stale'};

function starsOf(rating: number): string {
  const stars = '★'.repeat(rating) + '☆'.repeat(5 - rating);
  return `<div class="stars" aria-hidden="true">${stars}</div>`;
}

const REFUSED_TITLE: Readonly<Record<'forged' | 'used' | 'stale', MessageKey>> =
  {
    forged: 'page.refusedTitle',
    used: 'page.usedTitle',
    stale: 'page.refusedTitle',
  };

/**
 * The page the requester sees: a rating link shows the chosen stars and a button that POSTs them
 * (a GET never records: mail scanners open links first, platform.md: Web apps), then the thanks
 * with the comment form, or why a link was refused. A complete document in the requester's
 * language (`lang`, `dir`), with a heading that names what happened.
 */
export function ratingPage(
  look: PageLook,
  ticketId: string,
  outcome: PageOutcome
): {title: string; html: string} {
  const {catalogue, language} = look;
  const text = (key: MessageKey, rating = 0) =>
    sayHtml(catalogue, language, key, {ticketId, rating: String(rating)});
  let title: MessageKey;
  let body: string;
  switch (outcome.kind) {
    case 'confirm':
      title = 'page.confirmTitle';
      body =
        starsOf(outcome.rating) +
        `<p id="message">${text('page.confirm', outcome.rating)}</p>` +
        `<form method="post" action="${escapeHtml(outcome.action)}" target="_top">${hiddenFields(outcome.fields)}` +
        `<button type="submit" id="record">${text('page.record')}</button></form>`;
      break;
    case 'rated':
      title = 'page.thanksTitle';
      body =
        starsOf(outcome.rating) +
        `<p id="message">${text('page.rated', outcome.rating)}</p>` +
        `<form method="post" action="${escapeHtml(outcome.commentAction)}" target="_top">${hiddenFields(outcome.commentFields)}` +
        `<label for="comment">${text('page.comment')}</label>` +
        '<textarea id="comment" name="comment" rows="4" maxlength="2000"></textarea>' +
        `<button type="submit">${text('page.send')}</button></form>`;
      break;
    case 'commented':
      title = 'page.thanksTitle';
      body = `<p id="message">${text('page.commented')}</p>`;
      break;
    case 'refused':
      title = REFUSED_TITLE[outcome.reason];
      body = `<p id="message">${text(`page.${outcome.reason}`)}</p>`;
      break;
  }
  return webPage(look, say(catalogue, language, title), body);
}

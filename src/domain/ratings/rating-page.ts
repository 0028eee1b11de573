// The page a requester sees after following a rating link or sending a comment.
import {Catalogue, infoOf, say} from '../languages/catalogue';
import {DEFAULT_DESK_COLOUR} from '../notifications/colour';
import {Language} from '../languages/language';
import {MessageKey} from '../languages/shipped-texts';
import {escapeHtml} from '../text';

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

const pageStyle = (colour: string) =>
  '<style>' +
  'body{margin:0;background:#f4f6fb;font:16px/1.5 system-ui,sans-serif;color:#1f2933}' +
  '.card{max-width:32em;margin:2em auto;padding:1.5em;background:#fff;border-radius:12px;box-shadow:0 2px 8px rgba(0,0,0,.08)}' +
  '.stars{font-size:1.8em;color:#8a5a00;letter-spacing:.1em}' +
  '#message{font-size:1.15em}' +
  '.desk{margin:0 0 .25em;color:#4b5563;font-weight:bold}' +
  'label{display:block;margin-bottom:.4em}' +
  'textarea{width:100%;box-sizing:border-box;font:inherit;padding:.5em;border:1px solid #c5cdd8;border-radius:8px}' +
  'h1{margin:0 0 .5em;font-size:1.5em;line-height:1.3}' +
  `button{margin-top:.75em;padding:.6em 1.2em;font:inherit;color:#fff;background:${colour};border:0;border-radius:8px;cursor:pointer}` +
  '</style>';

function hiddenFields(fields: Readonly<Record<string, string>>): string {
  return Object.entries(fields)
    .map(
      ([name, value]) =>
        `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`
    )
    .join('');
}

function starsOf(rating: number): string {
  const stars = '★'.repeat(rating) + '☆'.repeat(5 - rating);
  return `<div class="stars" aria-hidden="true">${stars}</div>`;
}

/** What the page looks like and which language it speaks. */
export interface PageLook {
  readonly catalogue: Catalogue;
  readonly language: Language;
  readonly deskName: string;
  readonly colour: string;
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
    escapeHtml(
      say(catalogue, language, key, {ticketId, rating: String(rating)})
    );
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
  const {code, dir} = infoOf(catalogue, language);
  const heading = text(title);
  return {
    title: say(catalogue, language, title),
    html:
      `<!DOCTYPE html><html lang="${escapeHtml(code)}" dir="${dir}"><head><meta charset="utf-8">` +
      '<meta name="viewport" content="width=device-width, initial-scale=1">' +
      `<title>${heading}</title>${pageStyle(look.colour || DEFAULT_DESK_COLOUR)}</head>` +
      `<body><main class="card"><p class="desk">${escapeHtml(look.deskName)}</p>` +
      `<h1>${heading}</h1>${body}</main></body></html>`,
  };
}

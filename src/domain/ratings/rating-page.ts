// The page a requester sees after following a rating link or sending a comment.
import {Language} from '../notifications/language';
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

const TEXT: Readonly<Record<Language, Readonly<Record<string, string>>>> = {
  en: {
    title: 'Thank you',
    confirmTitle: 'Rate your ticket',
    confirm:
      'You chose {rating} out of 5 for ticket {id}. Press the button to send your rating.',
    record: 'Send my rating',
    rated: 'Thank you! You rated ticket {id} {rating} out of 5.',
    comment: 'Anything else you would like to tell the help desk? (optional)',
    send: 'Send comment',
    commented: 'Thank you, your comment reached the help desk.',
    forged:
      'This rating link is not valid. Please use the link in your email exactly as it was sent.',
    used: 'This ticket has already been rated. Thank you!',
    stale:
      'This link belongs to an earlier resolution of the ticket. Please use the link in the latest email.',
  },
  es: {
    title: 'Gracias',
    confirmTitle: 'Califique su ticket',
    confirm:
      'Eligió {rating} de 5 para el ticket {id}. Pulse el botón para enviar su calificación.',
    record: 'Enviar mi calificación',
    rated: '¡Gracias! Calificó el ticket {id} con {rating} de 5.',
    comment: '¿Algo más que quiera decirle al centro de ayuda? (opcional)',
    send: 'Enviar comentario',
    commented: 'Gracias, su comentario llegó al centro de ayuda.',
    forged:
      'Este enlace de calificación no es válido. Use el enlace de su correo tal como se envió.',
    used: 'Este ticket ya fue calificado. ¡Gracias!',
    stale:
      'Este enlace corresponde a una resolución anterior del ticket. Use el enlace del correo más reciente.',
  },
};

const PAGE_STYLE =
  '<style>' +
  'body{margin:0;background:#f4f6fb;font:16px/1.5 system-ui,sans-serif;color:#1f2933}' +
  '.card{max-width:32em;margin:2em auto;padding:1.5em;background:#fff;border-radius:12px;box-shadow:0 2px 8px rgba(0,0,0,.08)}' +
  '.stars{font-size:1.8em;color:#f5a623;letter-spacing:.1em}' +
  '#message{font-size:1.15em}' +
  'label{display:block;margin-bottom:.4em}' +
  'textarea{width:100%;box-sizing:border-box;font:inherit;padding:.5em;border:1px solid #c5cdd8;border-radius:8px}' +
  'button{margin-top:.75em;padding:.6em 1.2em;font:inherit;color:#fff;background:#1a73e8;border:0;border-radius:8px;cursor:pointer}' +
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

function filled(template: string, ticketId: string, rating: number): string {
  return template.replace('{id}', ticketId).replace('{rating}', String(rating));
}

/**
 * The page the requester sees: a rating link shows the chosen stars and a button that POSTs them
 * (a GET never records: mail scanners open links first, platform.md: Web apps), then the thanks
 * with the comment form, or why a link was refused.
 */
export function ratingPage(
  language: Language,
  ticketId: string,
  outcome: PageOutcome
): {title: string; html: string} {
  const text = TEXT[language];
  let body: string;
  switch (outcome.kind) {
    case 'confirm':
      body =
        starsOf(outcome.rating) +
        `<p id="message">${escapeHtml(filled(text.confirm, ticketId, outcome.rating))}</p>` +
        `<form method="post" action="${escapeHtml(outcome.action)}" target="_top">${hiddenFields(outcome.fields)}` +
        `<button type="submit" id="record">${escapeHtml(text.record)}</button></form>`;
      break;
    case 'rated':
      body =
        starsOf(outcome.rating) +
        `<p id="message">${escapeHtml(filled(text.rated, ticketId, outcome.rating))}</p>` +
        `<form method="post" action="${escapeHtml(outcome.commentAction)}" target="_top">${hiddenFields(outcome.commentFields)}` +
        `<label for="comment">${escapeHtml(text.comment)}</label>` +
        '<textarea id="comment" name="comment" rows="4" maxlength="2000"></textarea>' +
        `<button type="submit">${escapeHtml(text.send)}</button></form>`;
      break;
    case 'commented':
      body = `<p id="message">${escapeHtml(text.commented)}</p>`;
      break;
    case 'refused':
      body = `<p id="message">${escapeHtml(text[outcome.reason])}</p>`;
      break;
  }
  return {
    title: outcome.kind === 'confirm' ? text.confirmTitle : text.title,
    html: `${PAGE_STYLE}<main class="card">${body}</main>`,
  };
}

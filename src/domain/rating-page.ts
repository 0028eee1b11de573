import {Language} from './language';
import {escapeHtml} from './text';

export type PageOutcome =
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

/** The page the requester sees after following a rating link or sending a comment. */
export function ratingPage(
  language: Language,
  ticketId: string,
  outcome: PageOutcome
): {title: string; html: string} {
  const text = TEXT[language];
  let body: string;
  switch (outcome.kind) {
    case 'rated': {
      const fields = Object.entries(outcome.commentFields)
        .map(
          ([name, value]) =>
            `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`
        )
        .join('');
      body =
        `<p id="message">${escapeHtml(text.rated.replace('{id}', ticketId).replace('{rating}', String(outcome.rating)))}</p>` +
        `<form method="post" action="${escapeHtml(outcome.commentAction)}" target="_top">${fields}` +
        `<label for="comment">${escapeHtml(text.comment)}</label><br>` +
        '<textarea id="comment" name="comment" rows="4" cols="50" maxlength="2000"></textarea><br>' +
        `<button type="submit">${escapeHtml(text.send)}</button></form>`;
      break;
    }
    case 'commented':
      body = `<p id="message">${escapeHtml(text.commented)}</p>`;
      break;
    case 'refused':
      body = `<p id="message">${escapeHtml(text[outcome.reason])}</p>`;
      break;
  }
  return {
    title: text.title,
    html: `<div style="font-family:sans-serif;max-width:40em;margin:2em auto">${body}</div>`,
  };
}

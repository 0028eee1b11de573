// The notifications of one Outbox row, shortened so their JSON fits the row's payload cell.
import {textPost} from './chat-card';
import {OutgoingMessage} from './messages';
import {Notification, subjectOf} from './notification';
import {CELL_MAX_CHARS, shortened} from '../shortening';
import {escapeHtml} from '../text';

/** Where the shortest email text a payload falls back to starts. */
const FIRST_EMAIL_TEXT_MAX = 8_000;
const LAST_EMAIL_TEXT_MAX = 250;

/** An email whose texts are cut to `max`: the HTML becomes the shortened text, escaped. */
function shortEmail(email: OutgoingMessage, max: number): OutgoingMessage {
  if (email.body.length <= max && email.htmlBody.length <= max) return email;
  const body = shortened(email.body, max);
  return {
    ...email,
    body,
    htmlBody: `<p>${escapeHtml(body).replace(/\n/g, '<br>')}</p>`,
  };
}

function withEmailsCut(
  notifications: readonly Notification[],
  max: number
): Notification[] {
  return notifications.map(n =>
    n.channel === 'email' ? {...n, email: shortEmail(n.email, max)} : n
  );
}

/** A Chat card too big for the cell becomes a line of text naming the ticket. */
function withChatAsText(notifications: readonly Notification[]) {
  return notifications.map(n =>
    n.channel === 'chat'
      ? {
          ...n,
          chat: textPost(
            n.chat.threadKey,
            shortened(`${subjectOf(n)}: see the ticket.`, 500)
          ),
        }
      : n
  );
}

/**
 * The notifications as they are when their JSON fits `maxChars` (a cell's 50,000 characters),
 * otherwise with their emails cut shorter and shorter (each with a marker pointing to the ticket),
 * and last the Chat cards reduced to a line. Each email or card fits on its own (messages.ts,
 * chat-card.ts); this is for a row that carries several.
 */
export function fittedToPayload(
  notifications: readonly Notification[],
  maxChars = CELL_MAX_CHARS
): readonly Notification[] {
  const fits = (list: readonly Notification[]) =>
    JSON.stringify(list).length <= maxChars;
  if (fits(notifications)) return notifications;
  for (let max = FIRST_EMAIL_TEXT_MAX; max >= LAST_EMAIL_TEXT_MAX; max /= 2) {
    const cut = withEmailsCut(notifications, max);
    if (fits(cut)) return cut;
  }
  return withEmailsCut(withChatAsText(notifications), LAST_EMAIL_TEXT_MAX);
}

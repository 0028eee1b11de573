// The email telling the coordinator that Google Chat stopped taking the desk's posts.
import {OutgoingMessage} from './messages';
import {escapeHtml} from '../text';

export interface ChatOffNotice {
  readonly to: string;
  readonly deskName: string;
  /** What Chat answered, e.g. "Chat answered HTTP 403: …". */
  readonly reason: string;
}

/** Status of an Outbox row whose Chat posts were not sent because Chat is off. */
export const CHAT_OFF_STATUS = 'Chat Off';

/** The Last Error of a Chat post the desk did not send because Chat is off. */
export const CHAT_OFF_ERROR =
  'Not posted: Google Chat is off for the desk (Peer Desk › Connect Google Chat turns it back on).';

/** Told once, when Chat first refuses the webhook; email keeps working meanwhile. */
export function chatOffEmail(notice: ChatOffNotice): OutgoingMessage {
  const paragraphs = [
    `Google Chat refused ${notice.deskName}'s message to the desk's space (${notice.reason}). Either your Google Workspace admin turned off Chat apps and webhooks, or the space's webhook was removed.`,
    `${notice.deskName} has stopped posting to Chat and keeps sending every notice by email. The Chat posts it did not send are marked "${CHAT_OFF_STATUS}" in the Outbox tab.`,
    'To post in Chat again: in the space open Apps & integrations › Webhooks, add a webhook, copy its URL, then choose Peer Desk › Connect Google Chat in the spreadsheet and paste it.',
  ];
  return {
    to: notice.to,
    subject: `${notice.deskName}: Google Chat stopped taking the desk's messages`,
    body: paragraphs.join('\n\n'),
    htmlBody: paragraphs.map(p => `<p>${escapeHtml(p)}</p>`).join('\n'),
    name: notice.deskName,
  };
}

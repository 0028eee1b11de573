// The email telling the coordinator that Google Chat stopped taking the desk's posts.
import {DESK_ENGLISH, EmailContent} from './email-layout';
import {OutgoingMessage, outgoing} from './messages';

export interface ChatOffNotice {
  readonly to: string;
  readonly deskName: string;
  readonly colour: string;
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
  const content: EmailContent = {
    language: DESK_ENGLISH,
    deskName: notice.deskName,
    colour: notice.colour,
    heading: 'Google Chat stopped taking the desk’s messages',
    status: `${notice.deskName} now sends every notice by email only.`,
    blocks: [
      {
        kind: 'text',
        text: `Google Chat refused ${notice.deskName}'s message to the desk's space (${notice.reason}). Either your Google Workspace admin turned off Chat apps and webhooks, or the space's webhook was removed.`,
      },
      {
        kind: 'text',
        text: `The Chat posts it did not send are marked "${CHAT_OFF_STATUS}" in the Outbox tab.`,
      },
      {
        kind: 'section',
        heading: 'To post in Chat again',
        text: 'In the space, open Apps & integrations › Webhooks, add a webhook and copy its URL. Then choose Peer Desk › Connect Google Chat in the spreadsheet and paste it.',
      },
    ],
    footer: [notice.deskName],
  };
  return outgoing(
    notice.to,
    `${notice.deskName}: Google Chat stopped taking the desk's messages`,
    content,
    notice.deskName
  );
}

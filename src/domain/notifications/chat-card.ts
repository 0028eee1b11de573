// Google Chat messages: ticket cards and text posts, kept under Chat's size limit.
import type {chat_v1} from '@googleapis/chat';
import {TicketFacts} from './messages';
import {escapeHtml} from '../text';
import {shortened} from '../shortening';

type ChatMessage = chat_v1.Schema$Message;
type Widget = chat_v1.Schema$GoogleAppsCardV1Widget;

/** https://developers.google.com/workspace/chat/api/reference/rest/v1/spaces.messages/create */
export const CHAT_MAX_BYTES = 32_000;

/** A message for the desk's space, threaded by `threadKey` (one thread per ticket). */
export interface ChatPost {
  readonly threadKey: string;
  readonly message: ChatMessage;
}

export function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** The Chat thread of a ticket: its card, and every later post about it. */
export function ticketThreadKey(ticketId: string): string {
  return `ticket-${ticketId}`;
}

/** The JSON body as posted: the message with its thread key. */
export function chatBody(post: ChatPost): ChatMessage {
  return {...post.message, thread: {threadKey: post.threadKey}};
}

export function chatBodyBytes(post: ChatPost): number {
  return utf8Length(JSON.stringify(chatBody(post)));
}

export interface TicketCardInput {
  readonly ticket: TicketFacts;
  /** What happened, e.g. "Escalated to Level 2: resolution target passed". Not user text. */
  readonly headline: string;
  /** How long the ticket has been open, in words. */
  readonly age: string;
  /** Longer user text (details, resolution notes, activity), escaped here and trimmed to fit. */
  readonly paragraphs: readonly {label: string; text: string}[];
  /** Opens the ticket's row in the Tickets sheet. */
  readonly rowUrl: string;
  /** The Knowledge Base page searching for the ticket's problem, once the web app is deployed. */
  readonly knowledgeBaseUrl?: string;
}

/** Short fields (summary, room) are capped so only the long paragraphs need trimming. */
const SHORT_FIELD_CHARS = 300;

function decorated(topLabel: string, text: string): Widget {
  return {
    decoratedText: {
      topLabel,
      text: escapeHtml(shortened(text, SHORT_FIELD_CHARS)),
    },
  };
}

function paragraphWidget(label: string, text: string): Widget {
  return {
    textParagraph: {
      text: `<b>${escapeHtml(label)}</b><br>${escapeHtml(text).replace(/\n/g, '<br>')}`,
    },
  };
}

function build(
  input: TicketCardInput,
  paragraphs: TicketCardInput['paragraphs']
): ChatPost {
  const {ticket} = input;
  return {
    threadKey: ticketThreadKey(ticket.id),
    message: {
      cardsV2: [
        {
          cardId: `ticket-${ticket.id}`,
          card: {
            header: {
              title: `${ticket.id} · ${ticket.priority}`,
              subtitle: input.headline,
            },
            sections: [
              {
                widgets: [
                  decorated('Summary', ticket.summary),
                  decorated('Where', `${ticket.campus}, room ${ticket.room}`),
                  decorated('Category', ticket.category),
                  decorated('Open for', input.age),
                  ...paragraphs.map(p => paragraphWidget(p.label, p.text)),
                  {
                    buttonList: {
                      buttons: [
                        {
                          text: 'Open in Tickets',
                          onClick: {openLink: {url: input.rowUrl}},
                        },
                        ...(input.knowledgeBaseUrl
                          ? [
                              {
                                text: 'Knowledge Base',
                                onClick: {
                                  openLink: {url: input.knowledgeBaseUrl},
                                },
                              },
                            ]
                          : []),
                      ],
                    },
                  },
                ],
              },
            ],
          },
        },
      ],
    },
  };
}

/**
 * A ticket's card: header with ID and priority, room, category and age, then the longer texts,
 * and a button to the ticket's row. User text is escaped (card text is an HTML subset), and the
 * longest texts are shortened, with a marker saying how much is left in the ticket, until the
 * message fits Chat's 32,000 bytes.
 */
export function ticketCard(input: TicketCardInput): ChatPost {
  const limits = input.paragraphs.map(p => p.text.length);
  const fitted = () =>
    input.paragraphs.map((p, i) => ({
      ...p,
      text: shortened(p.text, limits[i]),
    }));
  let post = build(input, fitted());
  while (chatBodyBytes(post) > CHAT_MAX_BYTES) {
    const longest = limits.indexOf(Math.max(...limits));
    if (longest < 0 || limits[longest] === 0) break;
    // Each character cut frees at least one byte.
    const excess = chatBodyBytes(post) - CHAT_MAX_BYTES;
    limits[longest] = Math.max(0, limits[longest] - excess);
    post = build(input, fitted());
  }
  return post;
}

/** A plain text message for the space (setup test, daily summary); Chat markup is neutralised. */
export function textPost(threadKey: string, text: string): ChatPost {
  return {
    threadKey,
    message: {text: text.replace(/[<>&]/g, c => escapeHtml(c))},
  };
}

// Posts a message to a Google Chat incoming webhook and reports how delivery went.
import {ChatPost, chatBody} from '../../domain/notifications/chat-card';
import {
  deleteScriptProperty,
  PROPERTY,
  scriptProperty,
  setScriptProperty,
} from './properties';

export type Delivery =
  | {readonly ok: true}
  | {readonly ok: false; readonly error: string; readonly status?: number};

/**
 * Chat refused the webhook itself, not one message: 403 when the admin turned Chat apps off
 * ("The caller does not have permission") or the token stopped working, 404 when the space is
 * gone (platform.md: Google Chat incoming webhooks).
 */
export function webhookRefused(delivery: Delivery): boolean {
  return !delivery.ok && (delivery.status === 403 || delivery.status === 404);
}

/** Since when, and why, the desk stopped posting to Chat (kept in Script Properties). */
export interface ChatOff {
  readonly since: string;
  readonly reason: string;
}

export function chatOffState(): ChatOff | undefined {
  const text = scriptProperty(PROPERTY.chatOff);
  if (!text) return undefined;
  try {
    return JSON.parse(text) as ChatOff;
  } catch {
    return {since: '', reason: text};
  }
}

/** Remembers that Chat refused the webhook; true when this is news (tell the coordinator once). */
export function recordChatOff(reason: string, now: Date): boolean {
  if (chatOffState()) return false;
  setScriptProperty(
    PROPERTY.chatOff,
    JSON.stringify({since: now.toISOString(), reason: reason.slice(0, 500)})
  );
  return true;
}

export function clearChatOff(): void {
  deleteScriptProperty(PROPERTY.chatOff);
}

/**
 * Posts to the desk's space through its incoming webhook, threaded by the post's key
 * (REPLY_MESSAGE_FALLBACK_TO_NEW_THREAD) and idempotent by `requestId`: posting again with the
 * same id returns the first message instead of creating another
 * (https://developers.google.com/workspace/chat/api/reference/rest/v1/spaces.messages/create).
 */
export function postToChat(
  post: ChatPost,
  requestId: string,
  url = scriptProperty(PROPERTY.chatWebhook)
): Delivery {
  if (!url)
    return {
      ok: false,
      error: 'No Chat webhook yet: use Peer Desk › Connect Google Chat.',
    };
  const response = UrlFetchApp.fetch(
    `${url}&messageReplyOption=REPLY_MESSAGE_FALLBACK_TO_NEW_THREAD&requestId=${encodeURIComponent(requestId)}`,
    {
      method: 'post',
      contentType: 'application/json; charset=UTF-8',
      payload: JSON.stringify(chatBody(post)),
      muteHttpExceptions: true,
    }
  );
  const code = response.getResponseCode();
  if (code >= 200 && code < 300) return {ok: true};
  return {
    ok: false,
    error: `Chat answered HTTP ${code}: ${response.getContentText().slice(0, 200)}`,
    status: code,
  };
}

// Posts a message to a Google Chat incoming webhook and reports how delivery went.
import {ChatPost, chatBody} from '../../domain/notifications/chat-card';
import {PROPERTY, scriptProperty} from './properties';

export type Delivery =
  {readonly ok: true} | {readonly ok: false; readonly error: string};

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
  };
}

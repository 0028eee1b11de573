import {createHash} from 'node:crypto';
import {VirtualClock} from '../core/clock';
import {cardsV2Problem} from './chat-cards';
import {
  googleError,
  HostRequest,
  HostResponse,
  jsonResponse,
} from './http-host';

export const CHAT_HOST = 'chat.googleapis.com';
/** https://developers.google.com/workspace/chat/api/reference/rest/v1/spaces.messages/create */
export const CHAT_MESSAGE_MAX_BYTES = 32_000;
/** PLATFORM.md: Google Chat incoming webhooks: about one write per second per space. */
export const CHAT_MIN_WRITE_INTERVAL_MS = 1000;

export interface ChatMessage {
  /** `spaces/SPACE/messages/ID` */
  readonly name: string;
  /** `spaces/SPACE/threads/ID` */
  readonly thread: string;
  readonly threadKey?: string;
  readonly text?: string;
  readonly cardsV2?: unknown[];
  readonly createTime: string;
  /** The JSON body as posted. */
  readonly body: Record<string, unknown>;
}

interface Space {
  readonly id: string;
  readonly displayName: string;
  readonly key: string;
  readonly token: string;
  readonly messages: ChatMessage[];
  readonly threadsByKey: Map<string, string>;
  /** Replies already given, by requestId. */
  readonly byRequestId: Map<string, Record<string, unknown>>;
  lastWriteAt: number;
  /** Someone removed the space's webhook: its URL no longer works. */
  removed: boolean;
}

const REPLY_OPTIONS = [
  'REPLY_MESSAGE_FALLBACK_TO_NEW_THREAD',
  'REPLY_MESSAGE_OR_FAIL',
];

function digest(seed: string, length: number): string {
  return createHash('sha256').update(seed).digest('base64url').slice(0, length);
}

/**
 * Google Chat's incoming-webhook endpoint (PLATFORM.md: Google Chat incoming webhooks), served to
 * UrlFetchApp as the host chat.googleapis.com. Host API: `createSpace`, `messages`, `handle`,
 * `removeWebhook`, `setWebhooksAllowed`.
 */
export class ChatWebhookHost {
  private readonly spaces = new Map<string, Space>();
  /** The domain's admin allows Chat apps and incoming webhooks (Admin console). */
  private webhooksAllowed = true;

  constructor(private readonly clock: VirtualClock) {}

  /** Creates a space with an incoming webhook and returns the webhook URL. */
  createSpace(displayName: string): string {
    const id = `AAAA${digest(`space:${this.spaces.size}:${displayName}`, 7)}`;
    const space: Space = {
      id,
      displayName,
      key: `AIzaSy${digest(`key:${id}`, 33)}`,
      token: digest(`token:${id}`, 43),
      messages: [],
      threadsByKey: new Map(),
      byRequestId: new Map(),
      lastWriteAt: -Infinity,
      removed: false,
    };
    this.spaces.set(id, space);
    return `https://${CHAT_HOST}/v1/spaces/${id}/messages?key=${space.key}&token=${space.token}`;
  }

  /** The messages posted in a space (by display name or id), in order. */
  messages(space: string): ChatMessage[] {
    const found = this.find(space);
    return found ? [...found.messages] : [];
  }

  /** A member removes the space's webhook (Apps & integrations › Webhooks › Delete). */
  removeWebhook(space: string): void {
    const found = this.find(space);
    if (!found) throw new Error(`No Chat space "${space}".`);
    found.removed = true;
  }

  /** The admin turns Chat apps (and so incoming webhooks) off or on for the domain. */
  setWebhooksAllowed(allowed: boolean): void {
    this.webhooksAllowed = allowed;
  }

  private find(space: string): Space | undefined {
    return (
      this.spaces.get(space) ??
      [...this.spaces.values()].find(s => s.displayName === space)
    );
  }

  readonly handle = (request: HostRequest): HostResponse => {
    const match = /^\/v1\/spaces\/([^/]+)\/messages$/.exec(
      request.url.pathname
    );
    if (!match || request.method !== 'POST')
      return googleError(404, 'NOT_FOUND', 'Requested entity was not found.');
    const space = this.spaces.get(match[1]);
    const params = request.url.searchParams;
    // Observed replies (https://github.com/ericferon/glpi-webhook/issues/30).
    if (!space || params.get('key') !== space.key)
      return googleError(
        400,
        'INVALID_ARGUMENT',
        'API key not valid. Please pass a valid API key.',
        [
          {
            '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
            reason: 'API_KEY_INVALID',
            domain: 'googleapis.com',
            metadata: {service: CHAT_HOST},
          },
        ]
      );
    // Apps off for the organisational unit: Google's "Using incoming webhooks" page
    // (https://developers.google.com/chat/how-tos/webhooks) quotes this reply.
    if (!this.webhooksAllowed)
      return googleError(
        403,
        'PERMISSION_DENIED',
        'The caller does not have permission'
      );
    // A removed webhook's token stops working; that it answers as a bad token is unverified.
    if (params.get('token') !== space.token || space.removed)
      return googleError(
        403,
        'PERMISSION_DENIED',
        'The API is called without a valid token. Instructions on how to use incoming webhooks can be found at https://developers.google.com/chat/how-tos/webhooks'
      );
    return this.post(space, request);
  };

  private post(space: Space, request: HostRequest): HostResponse {
    if (request.body.length > CHAT_MESSAGE_MAX_BYTES)
      // Unverified wording; the limit itself is on the spaces.messages.create page.
      return googleError(
        400,
        'INVALID_ARGUMENT',
        `Message exceeds the maximum size of ${CHAT_MESSAGE_MAX_BYTES} bytes.`
      );
    let body: unknown;
    try {
      body = JSON.parse(request.body.toString('utf8'));
    } catch {
      return googleError(
        400,
        'INVALID_ARGUMENT',
        'Invalid JSON payload received. Unexpected token.'
      );
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body))
      return googleError(
        400,
        'INVALID_ARGUMENT',
        'Invalid JSON payload received. Expected an object.'
      );
    const message = body as Record<string, unknown>;
    const cardProblem =
      message.cardsV2 === undefined
        ? undefined
        : cardsV2Problem(message.cardsV2);
    if (cardProblem) return googleError(400, 'INVALID_ARGUMENT', cardProblem);
    if (message.text === undefined && message.cardsV2 === undefined)
      return googleError(
        400,
        'INVALID_ARGUMENT',
        'Message cannot be empty. Discarded message.'
      );

    // "Specifying an existing request ID returns the message created with that ID instead of
    // creating a new message." (spaces.messages.create, query parameter requestId)
    const requestId = request.url.searchParams.get('requestId');
    const earlier = requestId ? space.byRequestId.get(requestId) : undefined;
    if (earlier) return jsonResponse(200, earlier);
    const now = this.clock.now();
    if (now - space.lastWriteAt < CHAT_MIN_WRITE_INTERVAL_MS)
      // https://developers.google.com/workspace/chat/limits: 429, RESOURCE_EXHAUSTED.
      return googleError(
        429,
        'RESOURCE_EXHAUSTED',
        'Resource has been exhausted (e.g. check quota).'
      );
    space.lastWriteAt = now;

    const thread = this.threadFor(space, message, request.url.searchParams);
    const name = `spaces/${space.id}/messages/${digest(`${space.id}:${space.messages.length}`, 11)}.${digest(`m${space.messages.length}`, 11)}`;
    const createTime = new Date(now).toISOString();
    space.messages.push({
      name,
      thread: thread.name,
      threadKey: thread.threadKey,
      text: typeof message.text === 'string' ? message.text : undefined,
      cardsV2: Array.isArray(message.cardsV2) ? message.cardsV2 : undefined,
      createTime,
      body: message,
    });
    // "For webhook requests, the response doesn't contain the full message. The response only
    // populates the name and thread.name fields in addition to the information that was in the
    // request." (spaces.messages.create)
    const reply = {...message, name, thread};
    if (requestId) space.byRequestId.set(requestId, reply);
    return jsonResponse(200, reply);
  }

  /**
   * MessageReplyOption: without a reply option a message starts a new thread and any threadKey is
   * ignored; with one, messages sharing a threadKey land in one thread.
   */
  private threadFor(
    space: Space,
    message: Record<string, unknown>,
    params: URLSearchParams
  ): {name: string; threadKey?: string} {
    const fresh = `spaces/${space.id}/threads/${digest(`thread:${space.id}:${space.messages.length}`, 11)}`;
    if (!REPLY_OPTIONS.includes(params.get('messageReplyOption') ?? ''))
      return {name: fresh};
    const requested = message.thread as
      {threadKey?: unknown; name?: unknown} | undefined;
    const threadKey =
      typeof requested?.threadKey === 'string'
        ? requested.threadKey
        : (params.get('threadKey') ?? undefined);
    if (
      typeof requested?.name === 'string' &&
      [...space.threadsByKey.values()].includes(requested.name)
    )
      return {name: requested.name};
    if (threadKey === undefined) return {name: fresh};
    const existing = space.threadsByKey.get(threadKey);
    if (existing) return {name: existing, threadKey};
    space.threadsByKey.set(threadKey, fresh);
    return {name: fresh, threadKey};
  }
}

import {
  ChatWebhookHost,
  CHAT_HOST,
} from '../../../sandbox/fetch/chat-webhook-host';
import {jsonResponse} from '../../../sandbox/fetch/http-host';
import {createUrlFetchApp} from '../../../sandbox/fetch/url-fetch-app';
import {DEFAULT_LATENCY} from '../../../sandbox/core/latency';
import {
  inExecution,
  OWNER,
  testEnvironment,
} from '../utilities/test-environment';

describe('UrlFetchApp', () => {
  it('takes longer the more bytes a request sends and receives', () => {
    // Issue 10: a fetch moving 7 MB cost the same 250 ms as one moving 1 KB. Google publishes no
    // throughput; core/latency.ts states the estimate (fetchKiBMs). The clock keeps ~0.25 µs.
    const env = testEnvironment();
    env.executions.latency = DEFAULT_LATENCY;
    const fetcher = createUrlFetchApp(env);
    fetcher.route('files.example.org', req => ({
      status: 200,
      body: req.url.pathname === '/big' ? Buffer.alloc(7 * 1024 * 1024) : 'ok',
    }));
    const cost = (url: string, payload?: string) =>
      inExecution(env, OWNER, () => {
        const before = env.clock.now();
        fetcher.fetch(url, {method: 'post', payload});
        return env.clock.now() - before;
      });
    const small = cost('https://files.example.org/small', 'x'.repeat(1024));
    const big = cost('https://files.example.org/big');
    const upload = cost(
      'https://files.example.org/small',
      'x'.repeat(1024 * 1024)
    );
    expect(small).toBeCloseTo((1 + 2 / 1024) * DEFAULT_LATENCY.fetchKiBMs, 3);
    expect(big).toBeCloseTo(7 * 1024 * DEFAULT_LATENCY.fetchKiBMs, 3);
    expect(upload).toBeGreaterThan(small * 100);
  });

  it('serves routed hosts and passes method, headers and payload', () => {
    // https://developers.google.com/apps-script/reference/url-fetch/url-fetch-app#fetch(String,Object)
    const fetcher = createUrlFetchApp(testEnvironment());
    fetcher.route('api.example.org', req =>
      jsonResponse(201, {
        method: req.method,
        type: req.headers['content-type'],
        auth: req.headers['authorization'],
        body: req.body.toString(),
      })
    );
    const response = fetcher.fetch('https://api.example.org/x', {
      method: 'post',
      contentType: 'application/json',
      payload: '{"a":1}',
      headers: {Authorization: 'Bearer t'},
    });
    expect(response.getResponseCode()).toBe(201);
    expect(JSON.parse(response.getContentText())).toEqual({
      method: 'POST',
      type: 'application/json',
      auth: 'Bearer t',
      body: '{"a":1}',
    });
    expect(response.getHeaders()).toEqual({
      'Content-Type': 'application/json; charset=UTF-8',
    });
  });

  it('fails unknown hosts with a DNS error and non-2xx replies with the truncated message', () => {
    // platform.md: Mail and fetch
    const fetcher = createUrlFetchApp(testEnvironment());
    expect(() => fetcher.fetch('https://nowhere.invalid/path')).toThrow(
      'DNS error: https://nowhere.invalid/path'
    );
    fetcher.route('api.example.org', () => ({
      status: 500,
      body: 'x'.repeat(300),
    }));
    expect(() =>
      fetcher.fetch('https://api.example.org/deep/path?q=1')
    ).toThrow(
      `Request failed for https://api.example.org returned code 500. Truncated server response: ${'x'.repeat(100)} (use muteHttpExceptions option to examine full response)`
    );
    expect(
      fetcher
        .fetch('https://api.example.org/', {muteHttpExceptions: true})
        .getContentText()
    ).toHaveLength(300);
  });

  it('injects failures for the next requests to a host', () => {
    // DESIGN.md: faults (HTTP 429/500 from Chat)
    const fetcher = createUrlFetchApp(testEnvironment());
    fetcher.route('api.example.org', () => ({status: 200, body: 'ok'}));
    fetcher.failNext('api.example.org', 429, 500);
    const codes = [1, 2, 3].map(() =>
      fetcher
        .fetch('https://api.example.org/', {muteHttpExceptions: true})
        .getResponseCode()
    );
    expect(codes).toEqual([429, 500, 200]);
  });
});

describe('Google Chat incoming webhooks', () => {
  function setup() {
    const env = testEnvironment();
    const chat = new ChatWebhookHost(env.clock);
    const fetcher = createUrlFetchApp(env);
    fetcher.route(CHAT_HOST, chat.handle);
    const url = chat.createSpace('Help Desk');
    const post = (body: unknown, target = url) =>
      fetcher.fetch(target, {
        method: 'post',
        contentType: 'application/json',
        payload: JSON.stringify(body),
        muteHttpExceptions: true,
      });
    return {env, chat, url, post};
  }

  it('records messages and answers with name and thread.name', () => {
    // https://developers.google.com/workspace/chat/api/reference/rest/v1/spaces.messages/create
    const {chat, url, post} = setup();
    expect(url).toMatch(
      /^https:\/\/chat\.googleapis\.com\/v1\/spaces\/[^/]+\/messages\?key=[^&]+&token=.+$/
    );
    const reply = JSON.parse(post({text: '*New ticket*'}).getContentText());
    expect(reply.text).toBe('*New ticket*');
    expect(reply.name).toMatch(/^spaces\/[^/]+\/messages\//);
    expect(reply.thread.name).toMatch(/^spaces\/[^/]+\/threads\//);
    expect(chat.messages('Help Desk').map(m => m.text)).toEqual([
      '*New ticket*',
    ]);
  });

  it('refuses a wrong token or key as Google does', () => {
    // https://github.com/ericferon/glpi-webhook/issues/30 (observed replies)
    const {url, post} = setup();
    const badToken = post({text: 'x'}, url.replace(/token=.*/, 'token=wrong'));
    expect(badToken.getResponseCode()).toBe(403);
    expect(JSON.parse(badToken.getContentText()).error.status).toBe(
      'PERMISSION_DENIED'
    );
    const badKey = post({text: 'x'}, url.replace(/key=[^&]+/, 'key=wrong'));
    expect(badKey.getResponseCode()).toBe(400);
    expect(JSON.parse(badKey.getContentText()).error.message).toBe(
      'API key not valid. Please pass a valid API key.'
    );
  });

  it('returns the first message again for a repeated requestId', () => {
    // https://developers.google.com/workspace/chat/api/reference/rest/v1/spaces.messages/create (requestId)
    const {env, chat, url, post} = setup();
    const first = JSON.parse(
      post({text: 'a'}, `${url}&requestId=r-1`).getContentText()
    );
    env.clock.advance(1000);
    const again = JSON.parse(
      post({text: 'a'}, `${url}&requestId=r-1`).getContentText()
    );
    expect(again.name).toBe(first.name);
    expect(chat.messages('Help Desk')).toHaveLength(1);
  });

  it('threads by threadKey only with a reply option', () => {
    // https://developers.google.com/workspace/chat/api/reference/rest/v1/spaces.messages/create#MessageReplyOption
    const {env, chat, url, post} = setup();
    const threaded = `${url}&messageReplyOption=REPLY_MESSAGE_FALLBACK_TO_NEW_THREAD`;
    post({text: 'a', thread: {threadKey: 'T-1'}}, threaded);
    env.clock.advance(1000);
    post({text: 'b', thread: {threadKey: 'T-1'}}, threaded);
    env.clock.advance(1000);
    post({text: 'c', thread: {threadKey: 'T-1'}});
    const [a, b, c] = chat.messages('Help Desk');
    expect(b.thread).toBe(a.thread);
    expect(c.thread).not.toBe(a.thread);
  });

  it('answers 429 RESOURCE_EXHAUSTED above one write per second per space', () => {
    // https://developers.google.com/workspace/chat/limits
    const {env, post} = setup();
    expect(post({text: 'a'}).getResponseCode()).toBe(200);
    const limited = post({text: 'b'});
    expect(limited.getResponseCode()).toBe(429);
    expect(JSON.parse(limited.getContentText()).error).toEqual({
      code: 429,
      message: 'Resource has been exhausted (e.g. check quota).',
      status: 'RESOURCE_EXHAUSTED',
    });
    env.clock.advance(1000);
    expect(post({text: 'c'}).getResponseCode()).toBe(200);
  });

  it('refuses oversized messages and malformed cards with 400', () => {
    // https://developers.google.com/workspace/chat/api/reference/rest/v1/cards
    const {chat, post} = setup();
    expect(post({text: 'x'.repeat(32_001)}).getResponseCode()).toBe(400);
    const badWidget = post({
      cardsV2: [
        {
          cardId: 'c',
          card: {sections: [{widgets: [{paragraph: {text: 'x'}}]}]},
        },
      ],
    });
    expect(badWidget.getResponseCode()).toBe(400);
    expect(JSON.parse(badWidget.getContentText()).error.message).toBe(
      'Invalid JSON payload received. Unknown name "paragraph" at \'message.cards_v2[0].card.sections[0].widgets[0]\': Cannot find field.'
    );
    const actionButton = post({
      cardsV2: [
        {
          cardId: 'c',
          card: {
            sections: [
              {
                widgets: [
                  {
                    buttonList: {
                      buttons: [
                        {text: 'Go', onClick: {action: {function: 'f'}}},
                      ],
                    },
                  },
                ],
              },
            ],
          },
        },
      ],
    });
    expect(actionButton.getResponseCode()).toBe(400);
    expect(chat.messages('Help Desk')).toHaveLength(0);
  });
});

import {Environment} from '../core/environment';
import {ScriptException, SERVICE} from '../core/service';
import {FakeBlob} from '../utilities/blob';
import {asOfficial} from '../core/official-types';
import {HostHandler, HostResponse} from './http-host';
import {FakeHttpResponse} from './http-response';

type Params = GoogleAppsScript.URL_Fetch.URLFetchRequestOptions;
type Request = GoogleAppsScript.URL_Fetch.URLFetchRequest;
type HTTPResponse = GoogleAppsScript.URL_Fetch.HTTPResponse;

/** How much of the reply body the failure message quotes (PLATFORM.md: Mail and fetch). */
const QUOTED_BODY_CHARS = 100;

export interface FetchRecord {
  readonly method: string;
  readonly url: string;
  readonly status: number;
  readonly at: number;
}

/** A plain-object payload is sent as an HTML form (the reference page's `payload` parameter). */
function encodePayload(payload: Params['payload']): Buffer {
  if (payload === undefined || payload === null) return Buffer.alloc(0);
  if (typeof payload === 'string') return Buffer.from(payload, 'utf8');
  if (Array.isArray(payload)) return Buffer.from(payload.map(b => b & 0xff));
  if (payload instanceof FakeBlob) return payload.buffer();
  const form = new URLSearchParams();
  for (const [key, value] of Object.entries(payload as Record<string, unknown>))
    form.append(key, String(value));
  return Buffer.from(form.toString(), 'utf8');
}

/**
 * UrlFetchApp (https://developers.google.com/apps-script/reference/url-fetch/url-fetch-app).
 * Requests go to emulated hosts registered with `route`; nothing leaves the machine.
 * Host API: `route`, `failNext`, `requests`.
 */
export class FakeUrlFetchApp implements Pick<
  GoogleAppsScript.URL_Fetch.UrlFetchApp,
  'fetch' | 'fetchAll'
> {
  readonly [SERVICE] = 'UrlFetchApp';
  readonly requests: FetchRecord[] = [];
  private readonly hosts = new Map<string, HostHandler>();
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly env: Environment) {}

  route(host: string, handler: HostHandler): void {
    this.hosts.set(host.toLowerCase(), handler);
  }

  /** Fault injection: the next requests to `host` are answered with these status codes, in order. */
  failNext(host: string, ...statusCodes: number[]): void {
    const queue = this.failures.get(host.toLowerCase()) ?? [];
    queue.push(...statusCodes);
    this.failures.set(host.toLowerCase(), queue);
  }

  fetch(url: string, params: Params = {}): HTTPResponse {
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      target = new URL('invalid:');
    }
    if (target.protocol !== 'https:' && target.protocol !== 'http:')
      // Unverified wording, as Apps Script logs commonly show it.
      throw new ScriptException(`Invalid argument: ${url}`);
    const host = target.hostname.toLowerCase();
    const handler = this.hosts.get(host);
    // As seen in Apps Script logs: `Exception: DNS error: http://localhost:3030`.
    if (!handler) throw new ScriptException(`DNS error: ${url}`);

    const sent = encodePayload(params.payload);
    const reply = this.answer(host, handler, target, params, sent);
    const received =
      typeof reply.body === 'string'
        ? Buffer.from(reply.body, 'utf8')
        : (reply.body ?? Buffer.alloc(0));
    // On top of the call's own latency, the bytes moved take time (core/latency.ts: fetchKiBMs).
    const {executions} = this.env;
    executions.charge(
      ((sent.length + received.length) / 1024) * executions.latency.fetchKiBMs
    );
    const response = new FakeHttpResponse(
      reply.status,
      {...reply.headers},
      received
    );
    this.requests.push({
      method: (params.method ?? 'get').toString().toUpperCase(),
      url,
      status: reply.status,
      at: this.env.clock.now(),
    });
    if (
      (reply.status < 200 || reply.status > 299) &&
      !params.muteHttpExceptions
    )
      // PLATFORM.md: Mail and fetch.
      throw new ScriptException(
        `Request failed for ${target.protocol}//${target.host} returned code ${reply.status}. Truncated server response: ${response
          .getContentText()
          .slice(
            0,
            QUOTED_BODY_CHARS
          )} (use muteHttpExceptions option to examine full response)`
      );
    return asOfficial(response);
  }

  fetchAll(requests: Array<Request | string>): HTTPResponse[] {
    return requests.map(request =>
      typeof request === 'string'
        ? this.fetch(request)
        : this.fetch(request.url, request)
    );
  }

  private answer(
    host: string,
    handler: HostHandler,
    url: URL,
    params: Params,
    body: Buffer
  ): HostResponse {
    const failure = this.failures.get(host)?.shift();
    if (failure !== undefined)
      return {
        status: failure,
        headers: {'Content-Type': 'text/plain'},
        body: `Injected failure ${failure}`,
      };
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(params.headers ?? {}))
      headers[name.toLowerCase()] = String(value);
    if (body.length > 0)
      headers['content-type'] =
        params.contentType ??
        headers['content-type'] ??
        'application/x-www-form-urlencoded';
    return handler({
      method: (params.method ?? 'get').toString().toUpperCase(),
      url,
      headers,
      body,
    });
  }
}

export function createUrlFetchApp(env: Environment): FakeUrlFetchApp {
  return new FakeUrlFetchApp(env);
}

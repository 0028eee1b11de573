/** A request as an emulated web host receives it from UrlFetchApp. */
export interface HostRequest {
  readonly method: string;
  readonly url: URL;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Buffer;
}

export interface HostResponse {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string | Buffer;
}

/** Serves one emulated host (e.g. chat.googleapis.com). */
export type HostHandler = (request: HostRequest) => HostResponse;

export function jsonResponse(status: number, value: unknown): HostResponse {
  return {
    status,
    headers: {'Content-Type': 'application/json; charset=UTF-8'},
    body: JSON.stringify(value, null, 2),
  };
}

/** The error body every Google JSON API sends (https://cloud.google.com/apis/design/errors). */
export function googleError(
  code: number,
  status: string,
  message: string,
  details?: unknown[]
): HostResponse {
  return jsonResponse(code, {
    error: {code, message, status, ...(details ? {details} : {})},
  });
}

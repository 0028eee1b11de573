/**
 * How the BigQuery advanced service fails: a call the API refuses throws a
 * GoogleJsonResponseException naming the REST method and quoting the API's message; a job that
 * fails reports its errors in `status` instead (platform.md: BigQuery).
 */

export interface ErrorProto {
  readonly reason: string;
  readonly message: string;
  readonly location?: string;
}

/**
 * As Apps Script prints an advanced service's refusal: `GoogleJsonResponseException: API call to
 * bigquery.tables.get failed with error: Not found: Table p:d.t`, with the HTTP code and the
 * API's error objects in `details`.
 */
export class GoogleJsonResponseException extends Error {
  readonly details: {
    readonly code: number;
    readonly message: string;
    readonly errors: readonly ErrorProto[];
  };

  constructor(method: string, code: number, error: ErrorProto) {
    super(`API call to bigquery.${method} failed with error: ${error.message}`);
    this.name = 'GoogleJsonResponseException';
    this.details = {code, message: error.message, errors: [error]};
  }
}

/** The REST API's 404 text for a table, a dataset or a job: `Not found: Table p:d.t`. */
export function notFound(what: 'Table' | 'Dataset' | 'Job', id: string) {
  return {reason: 'notFound', message: `Not found: ${what} ${id}`};
}

/** The REST API's 409 text when a dataset, table or job id is used twice. */
export function alreadyExists(what: 'Table' | 'Dataset' | 'Job', id: string) {
  return {reason: 'duplicate', message: `Already Exists: ${what} ${id}`};
}

export function invalid(message: string): ErrorProto {
  return {reason: 'invalid', message};
}

// "This fixed it" and Knowledge Base links: a signed link per suggested article, and the searchable page.
import {Sign, sameSignature} from '../ratings/rating';

/** The web app's page names (the `p` parameter) for the Knowledge Base pages. */
export const KNOWLEDGE_PAGE = {fixed: 'fixed', kb: 'kb'} as const;

/** A requester saying one suggested article fixed their ticket. */
export interface FixedRequest {
  readonly ticketId: string;
  /** The article's title, as the confirmation email showed it. */
  readonly article: string;
}

function fixedPayload(request: FixedRequest): string {
  return `fixed|${request.ticketId}|${request.article}`;
}

/**
 * `?p=fixed&t=T-000001&a=<title>&s=<signature>`: an HMAC over the ticket and the article with the
 * key only the script knows, so nobody can close another person's ticket or change the article.
 */
export function fixedLink(
  baseUrl: string,
  request: FixedRequest,
  sign: Sign
): string {
  return (
    `${baseUrl}?p=${KNOWLEDGE_PAGE.fixed}&t=${encodeURIComponent(request.ticketId)}` +
    `&a=${encodeURIComponent(request.article)}&s=${sign(fixedPayload(request))}`
  );
}

/** The request a link or form carries, or undefined when it is malformed or its signature is wrong. */
export function verifiedFixed(
  parameter: Readonly<Record<string, string | undefined>>,
  sign: Sign
): FixedRequest | undefined {
  const request = {ticketId: parameter.t ?? '', article: parameter.a ?? ''};
  if (request.ticketId === '' || request.article === '') return undefined;
  return sameSignature(sign(fixedPayload(request)), parameter.s ?? '')
    ? request
    : undefined;
}

/** The Knowledge Base page in a language (its code), optionally searching for `query`. */
export function knowledgeBaseLink(
  baseUrl: string,
  language: string,
  query = ''
): string {
  const search = query.trim() === '' ? '' : `&q=${encodeURIComponent(query)}`;
  return `${baseUrl}?p=${KNOWLEDGE_PAGE.kb}&l=${encodeURIComponent(language)}${search}`;
}

/**
 * Satisfaction links: `?t=T-000001&r=4&v=<resolved ms>&s=<signature>`. The signature is an HMAC
 * over what the link does, with a key only the script knows, so a link cannot be forged or
 * altered; `v` ties it to one resolution, so an old link cannot rate a reopened ticket.
 */
export const RATINGS = [1, 2, 3, 4, 5] as const;

export interface RatingRequest {
  readonly ticketId: string;
  readonly rating: number;
  readonly resolvedMs: number;
}

export function ratingPayload(request: RatingRequest): string {
  return `rate|${request.ticketId}|${request.rating}|${request.resolvedMs}`;
}

export function commentPayload(ticketId: string, resolvedMs: number): string {
  return `comment|${ticketId}|${resolvedMs}`;
}

export type Sign = (payload: string) => string;

export function ratingLinks(
  baseUrl: string,
  ticketId: string,
  resolvedMs: number,
  sign: Sign
): string[] {
  return RATINGS.map(rating => {
    const request = {ticketId, rating, resolvedMs};
    return `${baseUrl}?t=${encodeURIComponent(ticketId)}&r=${rating}&v=${resolvedMs}&s=${sign(ratingPayload(request))}`;
  });
}

/** Compares in time independent of where the strings differ. */
export function sameSignature(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++)
    difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return difference === 0;
}

/** The rating a link asks for, or undefined when it is malformed or its signature is wrong. */
export function verifiedRating(
  parameter: Readonly<Record<string, string | undefined>>,
  sign: Sign
): RatingRequest | undefined {
  const ticketId = parameter.t ?? '';
  const rating = Number(parameter.r);
  const resolvedMs = Number(parameter.v);
  if (
    ticketId === '' ||
    !(RATINGS as readonly number[]).includes(rating) ||
    !Number.isSafeInteger(resolvedMs)
  )
    return undefined;
  const request = {ticketId, rating, resolvedMs};
  return sameSignature(sign(ratingPayload(request)), parameter.s ?? '')
    ? request
    : undefined;
}

/**
 * Teacher-page links: `?p=teacher&q=<sealed requester>&d=<day issued>&s=<signature>`. The requester's
 * address is sealed (SIV: a keyed hash of the address is both the pad's seed and its check), so
 * the URL never shows it and cannot be altered; `s` signs the issue day, so an old link goes stale.
 */
import {sameSignature, Sign} from '../ratings/rating';

/** A keyed hash (HMAC-SHA256) as bytes 0–255: the desk's secret key, never in the link. */
export type KeyedBytes = (payload: string) => readonly number[];

export const TEACHER_PAGE = 'teacher';
const CHECK_BYTES = 16;
const DAY_MS = 86_400_000;
/** A link older than this is refused: every new email carries a fresh one. */
export const LINK_LIFETIME_DAYS = 180;

function hex(bytes: readonly number[]): string {
  return bytes.map(b => (b & 0xff).toString(16).padStart(2, '0')).join('');
}

function bytesOf(text: string): number[] | undefined {
  if (!/^(?:[0-9a-f]{2})+$/.test(text)) return undefined;
  return (text.match(/../g) ?? []).map(pair => parseInt(pair, 16));
}

function pad(hash: KeyedBytes, check: string, length: number): number[] {
  const stream: number[] = [];
  for (let block = 0; stream.length < length; block++)
    stream.push(...hash(`pad|${check}|${block}`).map(b => b & 0xff));
  return stream.slice(0, length);
}

function checkOf(hash: KeyedBytes, address: string): string {
  return hex(hash(`requester|${address}`).slice(0, CHECK_BYTES));
}

/** The address as the desk compares it: trimmed, lower case. */
export function requesterKey(email: string): string {
  return email.trim().toLowerCase();
}

/** The requester sealed for a URL: hex, the same for the same address, unreadable without the key. */
export function sealRequester(email: string, hash: KeyedBytes): string {
  const address = requesterKey(email);
  const plain = [...encodeURIComponent(address)].map(c => c.charCodeAt(0));
  const check = checkOf(hash, address);
  const stream = pad(hash, check, plain.length);
  return check + hex(plain.map((b, i) => b ^ stream[i]));
}

/** The address a sealed token holds, or undefined when it was not sealed with this desk's key. */
export function openRequester(
  token: string,
  hash: KeyedBytes
): string | undefined {
  const check = token.slice(0, CHECK_BYTES * 2);
  const sealed = bytesOf(token.slice(CHECK_BYTES * 2));
  if (check.length !== CHECK_BYTES * 2 || !sealed) return undefined;
  const stream = pad(hash, check, sealed.length);
  let address: string;
  try {
    address = decodeURIComponent(
      String.fromCharCode(...sealed.map((b, i) => b ^ stream[i]))
    );
  } catch {
    return undefined;
  }
  return sameSignature(checkOf(hash, address), check) ? address : undefined;
}

function linkPayload(token: string, day: number): string {
  return `teacher|${token}|${day}`;
}

export function teacherLink(
  baseUrl: string,
  email: string,
  nowMs: number,
  keys: {readonly hash: KeyedBytes; readonly sign: Sign}
): string {
  const token = sealRequester(email, keys.hash);
  const day = Math.floor(nowMs / DAY_MS);
  return `${baseUrl}?p=${TEACHER_PAGE}&q=${token}&d=${day}&s=${keys.sign(linkPayload(token, day))}`;
}

export type LinkCheck =
  | {readonly ok: true; readonly requester: string}
  | {readonly ok: false; readonly reason: 'forged' | 'stale'};

/** Whom a teacher-page link (or a form it posted) speaks for, checked against the key and its age. */
export function verifiedTeacherLink(
  parameter: Readonly<Record<string, string | undefined>>,
  nowMs: number,
  keys: {readonly hash: KeyedBytes; readonly sign: Sign}
): LinkCheck {
  const token = parameter.q ?? '';
  const day = Number(parameter.d);
  if (token === '' || !Number.isSafeInteger(day))
    return {ok: false, reason: 'forged'};
  if (!sameSignature(keys.sign(linkPayload(token, day)), parameter.s ?? ''))
    return {ok: false, reason: 'forged'};
  const requester = openRequester(token, keys.hash);
  if (requester === undefined) return {ok: false, reason: 'forged'};
  if (Math.floor(nowMs / DAY_MS) - day > LINK_LIFETIME_DAYS)
    return {ok: false, reason: 'stale'};
  return {ok: true, requester};
}

/**
 * What an answer form signs: the requester, the ticket and the moment it was last updated, so an
 * answer is taken once, and only while the ticket is as the teacher saw it.
 */
export function answerPayload(
  token: string,
  ticketId: string,
  updatedMs: number
): string {
  return `answer|${token}|${ticketId}|${updatedMs}`;
}

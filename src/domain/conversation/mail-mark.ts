// Where the desk's mailbox was read up to: the high-water mark each sweep's one search starts from.

/**
 * Gmail may list a message a little after it arrived, so each search looks again this far behind
 * the newest message read; the ids read in that overlap are kept so none is handled twice.
 */
export const MAIL_OVERLAP_MS = 10 * 60_000;
/** With no mark yet (mail just switched on), the first search reaches this far back. */
const FIRST_SEARCH_MS = 24 * 60 * 60_000;
/** Ids kept from the overlap: far inside a Script Property's 9 KB (platform.md: Quotas). */
const MAX_SEEN = 200;

export interface MailMark {
  /** Messages received before this moment (ms) were handled. */
  readonly afterMs: number;
  /** Messages at or after `afterMs` already handled: id → when received (ms). */
  readonly seen: Readonly<Record<string, number>>;
}

export function parseMailMark(
  text: string | undefined,
  nowMs: number
): MailMark {
  try {
    const parsed: unknown = JSON.parse(text ?? '');
    const {afterMs, seen} = parsed as {afterMs?: unknown; seen?: unknown};
    if (typeof afterMs === 'number' && typeof seen === 'object' && seen)
      return {
        afterMs,
        seen: Object.fromEntries(
          Object.entries(seen).filter(([, ms]) => typeof ms === 'number')
        ),
      };
  } catch {
    // No mark yet, or a mangled one: start again from a day back.
  }
  return {afterMs: nowMs - FIRST_SEARCH_MS, seen: {}};
}

/** Gmail's search for mail at or after the mark: seconds since the epoch are exact there. */
export function mailQuery(mark: MailMark): string {
  return `in:inbox after:${Math.floor(mark.afterMs / 1000) - 1}`;
}

/** Whether a message the search found still needs handling. */
export function isUnread(
  mark: MailMark,
  message: {id: string; dateMs: number}
): boolean {
  return message.dateMs >= mark.afterMs && !(message.id in mark.seen);
}

/** The mark once these messages (all the search found past the mark) are handled. */
export function markAfter(
  mark: MailMark,
  handled: readonly {id: string; dateMs: number}[]
): MailMark {
  const newest = Math.max(mark.afterMs, ...handled.map(m => m.dateMs));
  const afterMs = Math.max(mark.afterMs, newest - MAIL_OVERLAP_MS);
  const seen = [
    ...Object.entries(mark.seen),
    ...handled.map(m => [m.id, m.dateMs] as const),
  ]
    .filter(([, ms]) => ms >= afterMs)
    .sort((a, b) => a[1] - b[1])
    .slice(-MAX_SEEN);
  return {afterMs, seen: Object.fromEntries(seen)};
}

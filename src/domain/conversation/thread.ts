// A ticket's thread: the tech's messages, the requester's replies and the status changes, oldest first, kept in its Thread cell.
import {shortened} from '../shortening';
import {STATUS} from '../tickets/workflow';

/**
 * One step of the conversation, as the requester's page and the techs' sidebar show it; `from`
 * names the ticket it was merged in from (its requester's words are not shown to this one's).
 */
export type ThreadEntry = {readonly from?: string} & (
  | {
      readonly at: number;
      readonly kind: 'tech';
      /** The tech's first name, as they signed the message. */
      readonly who: string;
      readonly text: string;
    }
  | {readonly at: number; readonly kind: 'requester'; readonly text: string}
  | {
      readonly at: number;
      readonly kind: 'status';
      readonly status: string;
      /** The first name of the tech on it then; empty when nobody was. */
      readonly who: string;
    }
);

/** Statuses the thread records: a step the requester hears of (New and Assigned are the desk's own). */
const SHOWN_STATUSES: ReadonlySet<string> = new Set([
  STATUS.inProgress,
  STATUS.waiting,
  STATUS.escalated,
  STATUS.resolved,
  STATUS.closed,
  STATUS.reopened,
]);

export function isThreadStatus(status: string): boolean {
  return SHOWN_STATUSES.has(status);
}

/** Each entry's words are a copy: the whole text stays in Activity. */
export const ENTRY_MAX_CHARS = 1_000;
/**
 * The cell stays small: read with its row at no extra cost, and never the longest text the
 * ticket's record shortens (a record holds 45,000 characters). The oldest entries go first.
 */
export const THREAD_MAX_CHARS = 8_000;

interface StoredThread {
  /** Entries dropped from the start to keep the cell small. */
  readonly earlier: number;
  readonly entries: readonly ThreadEntry[];
}

function isEntry(value: unknown): value is ThreadEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  if (typeof entry.at !== 'number') return false;
  if (entry.from !== undefined && typeof entry.from !== 'string') return false;
  if (entry.kind === 'requester') return typeof entry.text === 'string';
  if (entry.kind === 'tech')
    return typeof entry.text === 'string' && typeof entry.who === 'string';
  return (
    entry.kind === 'status' &&
    typeof entry.status === 'string' &&
    typeof entry.who === 'string'
  );
}

/** The thread a cell holds; a cell a person emptied or garbled holds none. */
export function parseThread(cell: string): StoredThread {
  try {
    const parsed = JSON.parse(cell) as Partial<StoredThread>;
    const entries = Array.isArray(parsed.entries)
      ? parsed.entries.filter(isEntry)
      : [];
    const earlier = Number(parsed.earlier);
    return {earlier: Number.isInteger(earlier) ? earlier : 0, entries};
  } catch {
    return {earlier: 0, entries: []};
  }
}

function trimmed(entry: ThreadEntry): ThreadEntry {
  return entry.kind === 'status'
    ? entry
    : {...entry, text: shortened(entry.text, ENTRY_MAX_CHARS)};
}

/** The cell after `added`: each entry's words shortened, the oldest dropped while it is too long. */
export function withEntries(
  cell: string,
  added: readonly ThreadEntry[]
): string {
  if (added.length === 0) return cell;
  const stored = parseThread(cell);
  let earlier = stored.earlier;
  const entries = [...stored.entries, ...added.map(trimmed)];
  let text = JSON.stringify({earlier, entries});
  while (text.length > THREAD_MAX_CHARS && entries.length > 1) {
    entries.shift();
    earlier += 1;
    text = JSON.stringify({earlier, entries});
  }
  return text;
}

/**
 * Two tickets' threads as one, by time (a merge), the other's entries marked as from `otherId`
 * (or the ticket they came from before): the oldest dropped while it is too long.
 */
export function joinedThreads(
  cell: string,
  other: string,
  otherId: string
): string {
  const first = parseThread(cell);
  const second = parseThread(other);
  const entries = [
    ...first.entries,
    ...second.entries.map(entry => ({...entry, from: entry.from ?? otherId})),
  ].sort((a, b) => a.at - b.at);
  if (entries.length === 0) return cell;
  return withEntries(
    JSON.stringify({earlier: first.earlier + second.earlier, entries: []}),
    entries
  );
}

// Ledger entries: what intake and the sweep know of each ticket, and each tech's open load.
import {assigneeEmailFinder, Tech} from '../people/techs';
import {isPracticeId} from '../credentials/practice';
import {isOpen} from './workflow';

/** What intake and the sweep know about each existing ticket (the ledger's intake columns). */
export interface LedgerEntry {
  readonly id: string;
  readonly status: string;
  readonly assignee: string;
  /** Milliseconds since the epoch, or undefined when Created is not a date. */
  readonly createdMs: number | undefined;
  readonly campus: string;
  readonly room: string;
  readonly category: string;
  readonly assetTag: string;
  readonly responseKey: string;
  readonly summary: string;
  readonly resolution: string;
}

export interface TechLoad {
  readonly open: number;
  /** When this tech was last given a ticket (ms), or -Infinity when never. */
  readonly lastAssignedMs: number;
}

/** Each tech's load by address, whether a row names the tech by display name or address. */
export function loadsFrom(
  entries: readonly LedgerEntry[],
  techs: readonly Tech[]
): ReadonlyMap<string, TechLoad> {
  const loads = new Map<string, {open: number; lastAssignedMs: number}>();
  const emailOf = assigneeEmailFinder(techs);
  for (const entry of entries) {
    const email = emailOf(entry.assignee);
    if (email === '' || isPracticeId(entry.id)) continue;
    const load = loads.get(email) ?? {open: 0, lastAssignedMs: -Infinity};
    if (isOpen(entry.status)) load.open++;
    if (entry.createdMs !== undefined && entry.createdMs > load.lastAssignedMs)
      load.lastAssignedMs = entry.createdMs;
    loads.set(email, load);
  }
  return loads;
}

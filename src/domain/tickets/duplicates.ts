// Duplicate detection: an open ticket with the same asset tag, or same room and category.
import {LedgerEntry} from './ledger';
import {normalised} from '../text';
import {isOpen} from './workflow';

/**
 * An open ticket this request probably repeats: the same device asset tag, or the same campus,
 * room and category within the configured window. The most recent such ticket wins.
 */
export function findPossibleDuplicate(
  request: {
    readonly campus: string;
    readonly room: string;
    readonly category: string;
    readonly assetTag: string;
    readonly createdMs: number;
  },
  ledger: readonly LedgerEntry[],
  windowMinutes: number
): LedgerEntry | undefined {
  const tag = normalised(request.assetTag);
  const room = normalised(request.room);
  const windowMs = windowMinutes * 60_000;
  let found: LedgerEntry | undefined;
  for (const entry of ledger) {
    if (!isOpen(entry.status) || entry.id === '') continue;
    const sameDevice = tag !== '' && normalised(entry.assetTag) === tag;
    const sameRoom =
      room !== '' &&
      normalised(entry.room) === room &&
      normalised(entry.campus) === normalised(request.campus) &&
      normalised(entry.category) === normalised(request.category) &&
      entry.createdMs !== undefined &&
      request.createdMs - entry.createdMs <= windowMs;
    if (
      (sameDevice || sameRoom) &&
      (found === undefined || (entry.createdMs ?? 0) > (found.createdMs ?? 0))
    )
      found = entry;
  }
  return found;
}

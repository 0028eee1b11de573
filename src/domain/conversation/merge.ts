// Merging a duplicate ticket into the one that stays open: what each row becomes, or why the merge is refused.
import {ActivityEntry} from '../tickets/activity';
import {owedOf, owing} from '../tickets/desk-record';
import {MERGE_FIELD, MERGED_FIELD, THREAD_FIELD} from '../tickets/tabs';
import {cellText, TicketRow} from '../tickets/ticket-row';
import {isOpen, STATUS} from '../tickets/workflow';
import {joinedThreads} from './thread';

/** Who asked on a ticket merged into this one: they hear when it is resolved, in their language. */
export interface MergedRequester {
  readonly id: string;
  readonly requester: string;
  readonly language: string;
}

/** The Activity tab's "Who" for a merge the sweep carried out. */
export const MERGE_WHO = 'Peer Desk (merge)';

function isMergedRequester(value: unknown): value is MergedRequester {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry.id === 'string' &&
    typeof entry.requester === 'string' &&
    typeof entry.language === 'string'
  );
}

/** The tickets merged into this one, from its hidden Merged cell; none when it is empty or garbled. */
export function mergedRequesters(cell: string): MergedRequester[] {
  try {
    const parsed: unknown = JSON.parse(cell);
    return Array.isArray(parsed) ? parsed.filter(isMergedRequester) : [];
  } catch {
    return [];
  }
}

export type MergePlan =
  | {readonly kind: 'refused'; readonly note: string}
  | {
      readonly kind: 'merge';
      /** The surviving row, or undefined when it holds the duplicate already (a merge stopped half-way). */
      readonly survivor: TicketRow | undefined;
      readonly duplicate: TicketRow;
    };

/** The ticket ID a Merge Into cell names, as typed: "t-42" and "T-000042 " alike. */
export function mergeTarget(cell: string): string {
  const typed = cell.trim().toUpperCase();
  const number = /^T-?0*(\d{1,6})$/.exec(typed);
  return number ? `T-${number[1].padStart(6, '0')}` : typed;
}

/**
 * What merging `duplicate` into the ticket its Merge Into cell names does, `survivor` being that
 * ticket's row when it is among the rows read (the open ones). The survivor takes the duplicate's
 * requesters (and those merged into it before), its thread and an Activity line; the duplicate is
 * Merged, names the survivor in Duplicate Of and Resolution, and its cell is emptied. Refused with
 * a note when the ID is its own, or no open ticket has it.
 */
export function planMerge(
  duplicate: TicketRow,
  survivor: TicketRow | undefined,
  now: Date
): MergePlan {
  const id = cellText(duplicate['Ticket ID']);
  const target = mergeTarget(cellText(duplicate[MERGE_FIELD]));
  if (target === id)
    return {
      kind: 'refused',
      note: 'Not merged: a ticket cannot be merged into itself. Type the ID of the ticket that stays open.',
    };
  if (!isOpen(cellText(duplicate.Status)))
    return {
      kind: 'refused',
      note: `Not merged: only an open ticket is merged, and this one is ${cellText(duplicate.Status)}.`,
    };
  if (!survivor || !isOpen(cellText(survivor.Status)))
    return {
      kind: 'refused',
      note: `Not merged: "${target}" is not an open ticket. Type the ID of the open ticket this one repeats.`,
    };
  const line = (
    ticketId: string,
    field: string,
    oldValue: string,
    newValue: string
  ): ActivityEntry => ({
    when: now,
    ticketId,
    field,
    oldValue,
    newValue,
    who: MERGE_WHO,
  });
  const joined = mergedRequesters(cellText(survivor[MERGED_FIELD]));
  const survivorAfter = joined.some(m => m.id === id)
    ? undefined
    : owing(
        {
          ...survivor,
          [MERGED_FIELD]: JSON.stringify([
            ...joined,
            {
              id,
              requester: cellText(duplicate.Requester).trim(),
              language: cellText(duplicate.Language),
            },
            ...mergedRequesters(cellText(duplicate[MERGED_FIELD])),
          ]),
          [THREAD_FIELD]: joinedThreads(
            cellText(survivor[THREAD_FIELD]),
            cellText(duplicate[THREAD_FIELD]),
            id
          ),
          Updated: now,
        },
        owedOf(survivor.Tracked),
        [line(target, 'Merged', '', id)],
        []
      );
  const resolution = cellText(duplicate.Resolution).trim();
  const duplicateAfter = owing(
    {
      ...duplicate,
      Status: STATUS.merged,
      'Duplicate Of': target,
      [MERGE_FIELD]: '',
      Resolution: `${resolution === '' ? '' : `${resolution}\n`}Merged into ${target}.`,
      Updated: now,
    },
    owedOf(duplicate.Tracked),
    [
      line(id, 'Status', cellText(duplicate.Status), STATUS.merged),
      line(id, 'Duplicate Of', cellText(duplicate['Duplicate Of']), target),
    ],
    []
  );
  return {kind: 'merge', survivor: survivorAfter, duplicate: duplicateAfter};
}

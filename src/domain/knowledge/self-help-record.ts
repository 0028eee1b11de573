// The record of self-help on a ticket: which articles its confirmation suggested, which one fixed it (Activity lines).
import {ActivityEntry} from '../tickets/activity';

/** The Activity tab's Field for each line; New Value holds the article titles, one a line. */
export const SELF_HELP_FIELD = {
  suggested: 'Self-Help Suggested',
  fixed: 'Self-Help Fixed',
} as const;

/** Who the Activity names when a requester's "This fixed it" resolved the ticket. */
export const SELF_SERVICE_WHO = 'requester (this fixed it link)';

/** The Resolver Role of a ticket the requester closed with an article: no tech resolved it. */
export const SELF_SERVICE_ROLE = 'Self-Service';

export function suggestedEntry(
  when: Date,
  ticketId: string,
  titles: readonly string[]
): ActivityEntry {
  return {
    when,
    ticketId,
    field: SELF_HELP_FIELD.suggested,
    oldValue: '',
    newValue: titles.join('\n'),
    who: 'Peer Desk intake',
  };
}

export function fixedEntry(
  when: Date,
  ticketId: string,
  title: string
): ActivityEntry {
  return {
    when,
    ticketId,
    field: SELF_HELP_FIELD.fixed,
    oldValue: '',
    newValue: title,
    who: SELF_SERVICE_WHO,
  };
}

/** Per ticket: the articles suggested to it, and the one that fixed it. */
export interface SelfHelpHistory {
  readonly suggested: ReadonlyMap<string, readonly string[]>;
  readonly fixedBy: ReadonlyMap<string, string>;
}

/** Activity rows (Ticket ID, Field, New Value) folded into each ticket's self-help. */
export function selfHelpFrom(
  activity: readonly {ticketId: string; field: string; newValue: string}[]
): SelfHelpHistory {
  const suggested = new Map<string, string[]>();
  const fixedBy = new Map<string, string>();
  for (const entry of activity) {
    if (entry.field === SELF_HELP_FIELD.suggested)
      suggested.set(
        entry.ticketId,
        entry.newValue
          .split('\n')
          .map(title => title.trim())
          .filter(Boolean)
      );
    if (entry.field === SELF_HELP_FIELD.fixed)
      fixedBy.set(entry.ticketId, entry.newValue.trim());
  }
  return {suggested, fixedBy};
}

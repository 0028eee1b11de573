// The desk's owner: the one account whose triggers do the desk's work, and what others are told.

/** How to hand the desk over, for anyone the desk refuses. */
export const HAND_OVER_STEPS =
  'To hand the desk over, the owner chooses Peer Desk › Hand over the desk and names the new ' +
  'owner, who then runs Peer Desk › Set up or repair. If the owner’s account is gone, someone ' +
  'who can edit the script deletes the Script Property "peerDesk.owner" (Extensions › Apps ' +
  'Script › Project Settings) and then runs Set up or repair.';

export type OwnerCheck =
  | {readonly kind: 'owner'}
  /** Nobody owns the desk yet, or the owner handed it to this account: it becomes the owner. */
  | {readonly kind: 'claims'}
  | {readonly kind: 'other'; readonly owner: string};

/**
 * Who may act for the desk. `next` is the account the owner handed the desk to, if any; an
 * unknown (blank) account is never the owner.
 */
export function checkOwner(
  owner: string | undefined,
  next: string | undefined,
  account: string,
  mayClaim: boolean
): OwnerCheck {
  const me = account.trim().toLowerCase();
  if (me !== '' && owner === me) return {kind: 'owner'};
  if (mayClaim && me !== '' && (!owner || next === me)) return {kind: 'claims'};
  return {kind: 'other', owner: owner ?? ''};
}

/** What an admin action says to someone who is not the owner. */
export function refusal(
  action: string,
  owner: string,
  account: string
): string {
  const who = account === '' ? 'This account' : account;
  if (owner === '')
    return (
      `${who} cannot ${action} yet: the desk has no owner. Run Peer Desk › Set up or repair ` +
      'first: whoever runs it becomes the owner, and its triggers do the desk’s work.'
    );
  return (
    `${who} cannot ${action}: this desk belongs to ${owner}, whose triggers do its work, so ` +
    `only they can. ${HAND_OVER_STEPS}`
  );
}

/** The log line of a trigger that runs under someone else's account and does nothing. */
export function strayTriggerLog(
  handler: string,
  account: string,
  owner: string
): string {
  return (
    `Peer Desk: ${handler} ran as ${account || 'an unknown account'}, but the desk belongs to ` +
    `${owner || 'nobody yet'}: doing nothing. ${account || 'That account'} can delete its ` +
    'triggers in Extensions › Apps Script › Triggers.'
  );
}

/** A trigger set that ran as someone other than the owner, as its handlers leave word of it. */
export interface StrayTriggers {
  readonly account: string;
  readonly handler: string;
  readonly lastRunIso: string;
}

/** The owner's setup report on trigger sets only their installers can see. */
export function strayTriggersReport(
  strays: readonly StrayTriggers[]
): string[] {
  return strays.map(
    stray =>
      `A second set of triggers installed by ${stray.account} is running and doing nothing ` +
      `(last: ${stray.handler} at ${stray.lastRunIso}). Only ${stray.account} can see them: ` +
      'ask them to delete them in Extensions › Apps Script › Triggers.'
  );
}

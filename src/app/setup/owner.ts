// The desk's owner at run time: claimed by the first setup, required by admin actions and
// trigger handlers, handed over from the menu.
import {
  checkOwner,
  refusal,
  StrayTriggers,
  strayTriggerLog,
  strayTriggersReport,
} from '../../domain/people/desk-owner';
import {
  deleteScriptProperty,
  PROPERTY,
  scriptPropertiesStartingWith,
  scriptProperty,
  setScriptProperty,
} from '../../workspace/services/properties';
import {removeOwnTriggers} from '../../workspace/services/triggers';
import {alert, promptFor} from '../../workspace/sheets/ui';
import {HANDLER} from './handlers';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The account the script runs under. platform.md, Who a script runs as: an installable trigger
 * runs as its installer, a menu item as whoever clicked it.
 */
function account(): string {
  return Session.getEffectiveUser().getEmail().trim().toLowerCase();
}

export function deskOwner(): string | undefined {
  return scriptProperty(PROPERTY.owner);
}

/**
 * An admin menu item may go on: the account is the owner, or (for setup, `mayClaim`) nobody owns
 * the desk yet or the owner handed it to this account, which then becomes the owner. Anyone else
 * is shown who owns the desk and how to hand it over, and undefined is returned; otherwise the
 * owner's address.
 */
export function ownerMayAct(
  action: string,
  mayClaim = false
): string | undefined {
  const me = account();
  const check = checkOwner(
    deskOwner(),
    scriptProperty(PROPERTY.nextOwner),
    me,
    mayClaim
  );
  if (check.kind === 'claims') {
    setScriptProperty(PROPERTY.owner, me);
    deleteScriptProperty(PROPERTY.nextOwner);
    return me;
  }
  if (check.kind === 'owner') return me;
  alert('Peer Desk', refusal(action, check.owner, me));
  return undefined;
}

/**
 * A trigger handler may go on. A run under any account but the owner's (a second set of triggers,
 * installed by someone else, which the owner's setup cannot see) returns at once: it logs why and
 * leaves word in Script Properties for the owner's next setup. A desk with no owner recorded yet
 * (set up before owners were) runs as before until its next setup records one.
 */
export function runsAsOwner(handler: string): boolean {
  const owner = deskOwner();
  if (owner === undefined) return true;
  const me = account();
  if (me === owner) return true;
  console.log(strayTriggerLog(handler, me, owner));
  const stray: StrayTriggers = {
    account: me || 'an unknown account',
    handler,
    lastRunIso: new Date().toISOString(),
  };
  setScriptProperty(
    PROPERTY.strayTriggersPrefix + stray.account,
    JSON.stringify(stray)
  );
  return false;
}

/** What the stray trigger sets did since the last setup; forgets it once reported. */
export function reportStrayTriggers(): string[] {
  const found = scriptPropertiesStartingWith(PROPERTY.strayTriggersPrefix);
  const strays = Object.values(found).map(
    text => JSON.parse(text) as StrayTriggers
  );
  Object.keys(found).forEach(deleteScriptProperty);
  return strayTriggersReport(strays);
}

/**
 * "Hand over the desk": the owner names the next owner and removes their own triggers; the next
 * owner's Set up or repair makes them the owner and installs theirs. In between no trigger runs;
 * the sweep turns the form responses of that time into tickets once the new owner's triggers do.
 * Returns what it told the owner.
 */
export function handOverDesk(): string {
  const owner = ownerMayAct('hand over the desk');
  if (!owner) return 'Refused.';
  const next = promptFor(
    'Hand over the desk',
    'The Google account of the new owner (the tech coordinator taking over):'
  )?.toLowerCase();
  if (next === undefined) return 'Cancelled.';
  let report: string;
  if (!EMAIL.test(next) || next === owner) {
    report = `"${next}" is not another Google account. Nothing changed.`;
  } else {
    setScriptProperty(PROPERTY.nextOwner, next);
    const removed = removeOwnTriggers(Object.values(HANDLER));
    report =
      `Handed over to ${next}: your ${removed} triggers are removed. ${next} now opens this ` +
      'spreadsheet and chooses Peer Desk › Set up or repair, which makes them the owner and ' +
      'installs their triggers. Until then the desk does no work; form responses sent meanwhile ' +
      'become tickets at their first sweep.';
  }
  alert('Hand over the desk', report);
  return report;
}

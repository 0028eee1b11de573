import {domainOf, Environment} from '../core/environment';

/**
 * What a script may know of the person who acted: their address, or '' when security policies
 * withhold it. Google's User.getEmail(): "If security policies do not allow access to the user's
 * email address, this method returns a blank string ... these restrictions generally do not apply
 * if the developer runs the script themselves or belongs to the same Google Workspace domain as
 * the user" (https://developers.google.com/apps-script/reference/base/user). The emulator reads
 * it as: a person is seen by a script they authorised themselves (a menu item, the Run menu);
 * otherwise (an installable trigger someone else created, a simple trigger, a web app running as
 * its deployer) only when they sign in on one of the owner's Workspace domains (`domains`) and the
 * workspace does not hide identities (`new Workspace({hideIdentities: true})`).
 */
export function visibleIdentity(
  env: Environment,
  person: string,
  authorisedBy: string
): string {
  if (person === authorisedBy) return person;
  if (env.hideIdentities) return '';
  return env.domains.includes(domainOf(person)) ? person : '';
}

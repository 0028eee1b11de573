import {createHash} from 'node:crypto';
import {
  activeUserEmail,
  effectiveUserEmail,
  Environment,
} from '../core/environment';
import {SERVICE} from '../core/service';
import {asOfficial} from '../core/official-types';
import {FakeUser} from './user';

type User = GoogleAppsScript.Base.User;

/**
 * Who runs the script and where (https://developers.google.com/apps-script/reference/base/session).
 * The effective user is whose authority the execution runs under: for an installable trigger, the
 * account that created it. The active user is the person who acted, or '' when security policies
 * withhold their identity (sandbox/session/identity.ts). Outside an execution both are the owner.
 */
export class FakeSession implements Pick<
  GoogleAppsScript.Base.Session,
  | 'getActiveUser'
  | 'getEffectiveUser'
  | 'getScriptTimeZone'
  | 'getTemporaryActiveUserKey'
  | 'getActiveUserLocale'
> {
  readonly [SERVICE] = 'Session';
  /** Host setting: the locale `getActiveUserLocale` reports. */
  locale = 'en';

  constructor(private readonly env: Environment) {}

  getActiveUser(): User {
    return asOfficial(new FakeUser(activeUserEmail(this.env)));
  }

  getEffectiveUser(): User {
    return asOfficial(new FakeUser(effectiveUserEmail(this.env)));
  }

  getScriptTimeZone(): string {
    return this.env.timeZone;
  }

  /** Stable per user and script, and not the address itself: given even when the address is hidden. */
  getTemporaryActiveUserKey(): string {
    const person = this.env.executions.person() ?? this.env.owner;
    return createHash('sha256')
      .update(`${this.env.scriptId}:${person}`)
      .digest('base64')
      .slice(0, 43);
  }

  getActiveUserLocale(): string {
    return this.locale;
  }
}

export function createSession(env: Environment): FakeSession {
  return new FakeSession(env);
}

import {createHash} from 'node:crypto';
import {activeUserEmail, Environment} from '../core/environment';
import {SERVICE} from '../core/service';
import {asOfficial} from '../core/official-types';
import {FakeUser} from './user';

type User = GoogleAppsScript.Base.User;

/**
 * Who runs the script and where (https://developers.google.com/apps-script/reference/base/session).
 * The active user is the user of the running execution (outside one, the owner); the effective
 * user is the owner, who installed the triggers the executions run under.
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
    return asOfficial(new FakeUser(this.activeEmail()));
  }

  getEffectiveUser(): User {
    return asOfficial(new FakeUser(this.env.owner));
  }

  getScriptTimeZone(): string {
    return this.env.timeZone;
  }

  /** Stable per user and script, and not the address itself. */
  getTemporaryActiveUserKey(): string {
    return createHash('sha256')
      .update(`${this.env.scriptId}:${this.activeEmail()}`)
      .digest('base64')
      .slice(0, 43);
  }

  getActiveUserLocale(): string {
    return this.locale;
  }

  private activeEmail(): string {
    return activeUserEmail(this.env);
  }
}

export function createSession(env: Environment): FakeSession {
  return new FakeSession(env);
}

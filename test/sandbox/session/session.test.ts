import {createSession} from '../../../sandbox/session/session';
import {
  inExecution,
  OWNER,
  testEnvironment,
} from '../utilities/test-environment';

describe('Session', () => {
  it('reports the active and effective users and the script time zone', () => {
    // https://developers.google.com/apps-script/reference/base/session
    const env = testEnvironment({timeZone: 'Europe/Paris'});
    const session = createSession(env);
    expect(session.getScriptTimeZone()).toBe('Europe/Paris');
    const [email, key] = inExecution(env, 'tech@school.example', () => [
      session.getActiveUser().getEmail(),
      session.getTemporaryActiveUserKey(),
    ]);
    expect(email).toBe('tech@school.example');
    expect(session.getEffectiveUser().getEmail()).toBe(OWNER);
    expect(
      inExecution(env, 'tech@school.example', () =>
        session.getTemporaryActiveUserKey()
      )
    ).toBe(key);
    expect(session.getTemporaryActiveUserKey()).not.toBe(key);
    expect(session.getActiveUserLocale()).toBe('en');
  });

  it('in an installable trigger: the installer is effective, the editor active or blank', () => {
    // getEffectiveUser(): "If the script is running under an installable trigger, this returns
    // the account of the user who created the trigger" (Session reference); getActiveUser() may be
    // blank (User.getEmail()), while the temporary key is still given.
    const env = testEnvironment();
    const session = createSession(env);
    env.executions.begin({
      functionName: 'onEditInstalled',
      cause: 'ON_EDIT',
      user: OWNER,
      person: 'student@students.example',
      activeUser: '',
    });
    expect(session.getEffectiveUser().getEmail()).toBe(OWNER);
    expect(session.getActiveUser().getEmail()).toBe('');
    expect(session.getTemporaryActiveUserKey()).toMatch(/^[\w+/=]{43}$/);
    env.executions.end('completed');
  });
});

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
});

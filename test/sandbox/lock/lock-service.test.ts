import {createLockService} from '../../../sandbox/lock/lock-service';
import {testEnvironment} from '../utilities/test-environment';

describe('LockService', () => {
  it('waits on the virtual clock for a lock held elsewhere', () => {
    // platform.md: Locks
    const env = testEnvironment();
    const locks = createLockService(env);
    locks.holdElsewhere('script', env.clock.now() + 5000);
    env.executions.begin({functionName: 'f', cause: 'manual', user: 'a@x.org'});
    const lock = locks.getScriptLock();
    const start = env.clock.now();
    expect(lock.tryLock(1000)).toBe(false);
    expect(env.clock.now() - start).toBe(1000);
    expect(lock.tryLock(10_000)).toBe(true);
    expect(env.clock.now() - start).toBe(5000);
    expect(lock.hasLock()).toBe(true);
    env.executions.end('completed');
    expect(lock.hasLock()).toBe(false);
    expect(locks.isHeld('script')).toBe(false);
  });

  it('waitLock throws the timeout exception', () => {
    // platform.md: Locks
    const env = testEnvironment();
    const locks = createLockService(env);
    locks.timeoutNext();
    expect(() => locks.getScriptLock().waitLock(30_000)).toThrow(
      'Lock timeout: another process was holding the lock for too long.'
    );
    const lock = locks.getScriptLock();
    lock.waitLock(30_000);
    expect(lock.hasLock()).toBe(true);
    expect(locks.getScriptLock().tryLock(0)).toBe(false);
    lock.releaseLock();
    expect(locks.getScriptLock().tryLock(0)).toBe(true);
  });

  it('has no document lock outside a container', () => {
    // platform.md: Locks
    const env = testEnvironment();
    expect(createLockService(env, () => false).getDocumentLock()).toBeNull();
    expect(createLockService(env, () => true).getDocumentLock()).not.toBeNull();
  });
});

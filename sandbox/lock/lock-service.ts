import {effectiveUserEmail, Environment} from '../core/environment';
import {ScriptException, SERVICE} from '../core/service';
import {asOfficial} from '../core/official-types';

type Lock = GoogleAppsScript.Lock.Lock;

export type LockKind = 'script' | 'user' | 'document';

// PLATFORM.md: Locks.
const LOCK_TIMEOUT =
  'Lock timeout: another process was holding the lock for too long.';

interface LockState {
  /** The lock object of this process that holds it, if any. */
  holder?: FakeLock;
  /** Another (emulated) process holds it until this virtual time. */
  elsewhereUntil: number;
}

/** One mutual-exclusion lock per kind (per user for user locks), shared by every execution. */
class LockTable {
  private readonly states = new Map<string, LockState>();
  timeoutNext = false;

  state(key: string): LockState {
    let state = this.states.get(key);
    if (!state) this.states.set(key, (state = {elsewhereUntil: 0}));
    return state;
  }
}

/**
 * LockService's Lock (https://developers.google.com/apps-script/reference/lock/lock): waiting
 * happens on the virtual clock and is charged to the execution; an acquired lock is released when
 * its execution ends.
 */
export class FakeLock implements Pick<
  Lock,
  'tryLock' | 'waitLock' | 'hasLock' | 'releaseLock'
> {
  readonly [SERVICE] = 'LockService.Lock';

  constructor(
    private readonly env: Environment,
    private readonly table: LockTable,
    private readonly key: string
  ) {}

  tryLock(timeoutInMillis: number): boolean {
    const state = this.table.state(this.key);
    if (state.holder === this) return true;
    const waited = this.waitFor(state, Math.max(0, timeoutInMillis));
    if (!waited) return false;
    state.holder = this;
    this.env.executions.onEnd(() => this.releaseLock());
    return true;
  }

  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) throw new ScriptException(LOCK_TIMEOUT);
  }

  hasLock(): boolean {
    return this.table.state(this.key).holder === this;
  }

  releaseLock(): void {
    const state = this.table.state(this.key);
    if (state.holder === this) state.holder = undefined;
  }

  /** Waits (charging the clock) until the lock is free or the timeout passes. */
  private waitFor(state: LockState, timeout: number): boolean {
    if (this.table.timeoutNext) {
      this.table.timeoutNext = false;
      this.env.executions.charge(timeout);
      return false;
    }
    if (state.holder) {
      // Held by another lock object of this process: nothing will release it while we wait.
      this.env.executions.charge(timeout);
      return false;
    }
    const wait = state.elsewhereUntil - this.env.clock.now();
    if (wait <= 0) return true;
    if (wait > timeout) {
      this.env.executions.charge(timeout);
      return false;
    }
    this.env.executions.charge(wait);
    return true;
  }
}

/**
 * LockService (PLATFORM.md: Locks). Host API: `holdElsewhere` and `timeoutNext` inject
 * contention; `isHeld` tells whether a process of this emulator holds a lock.
 */
export class FakeLockService implements Pick<
  GoogleAppsScript.Lock.LockService,
  'getScriptLock' | 'getUserLock' | 'getDocumentLock'
> {
  readonly [SERVICE] = 'LockService';
  private readonly table = new LockTable();

  constructor(
    private readonly env: Environment,
    private readonly hasContainer: () => boolean = () => true
  ) {}

  getScriptLock(): Lock {
    return asOfficial(new FakeLock(this.env, this.table, 'script'));
  }

  getUserLock(): Lock {
    return asOfficial(new FakeLock(this.env, this.table, this.userKey()));
  }

  getDocumentLock(): Lock {
    if (this.hasContainer())
      return asOfficial(new FakeLock(this.env, this.table, 'document'));
    // PLATFORM.md: Locks: null outside a container; the official typing omits the null.
    return null as unknown as Lock;
  }

  /** Fault: another execution holds the lock until `untilMs` on the virtual clock. */
  holdElsewhere(kind: LockKind, untilMs: number, user?: string): void {
    this.table.state(this.keyFor(kind, user)).elsewhereUntil = untilMs;
  }

  /** Fault: the next tryLock/waitLock waits its whole timeout and fails. */
  timeoutNext(): void {
    this.table.timeoutNext = true;
  }

  isHeld(kind: LockKind, user?: string): boolean {
    const state = this.table.state(this.keyFor(kind, user));
    return (
      state.holder !== undefined || state.elsewhereUntil > this.env.clock.now()
    );
  }

  private keyFor(kind: LockKind, user?: string): string {
    return kind === 'user' ? `user:${user ?? this.activeUser()}` : kind;
  }

  private userKey(): string {
    return this.keyFor('user');
  }

  private activeUser(): string {
    return effectiveUserEmail(this.env);
  }
}

export function createLockService(
  env: Environment,
  hasContainer?: () => boolean
): FakeLockService {
  return new FakeLockService(env, hasContainer);
}

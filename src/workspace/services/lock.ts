// Runs work under the Apps Script script lock, waiting up to 30 seconds.
import {refreshScriptProperties} from './properties';

const LOCK_WAIT_MS = 30_000;

/**
 * Runs `work` under the script lock. Pending sheet writes are flushed before the lock is released,
 * so the next holder reads them (platform.md: Locks).
 */
export function withScriptLock<T>(work: () => T): T {
  const lock = LockService.getScriptLock();
  lock.waitLock(LOCK_WAIT_MS);
  refreshScriptProperties();
  try {
    return work();
  } finally {
    SpreadsheetApp.flush();
    lock.releaseLock();
  }
}

/** Whether `error` is waitLock's timeout: the lock stayed busy, so nothing under it ran (platform.md: Locks). */
export function isLockTimeout(error: unknown): boolean {
  const message = (error as {message?: unknown} | null)?.message;
  return typeof message === 'string' && message.startsWith('Lock timeout');
}

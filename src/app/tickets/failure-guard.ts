// Runs one response's or ticket's work so that a failure is counted, not fatal to the others.
import {
  afterFailure,
  afterSuccess,
  attentionEntry,
  AttentionEntry,
  FailureLog,
  isSetAside,
} from '../../domain/tickets/set-aside';
import {
  appendNeedsAttention,
  loadFailureLog,
  saveFailureLog,
} from '../../workspace/ledger/needs-attention';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export type Attempt<T> =
  | {readonly ok: true; readonly value: T}
  | {readonly ok: false; readonly setAside: boolean; readonly error: unknown};

/**
 * Counts failures per response id or ticket ID across executions; the second failure sets the
 * item aside on the Needs Attention tab with its error, and it is not tried again.
 */
export class FailureGuard {
  private log: FailureLog;
  private changed = false;
  private readonly attention: AttentionEntry[] = [];

  constructor(private readonly ss: Spreadsheet) {
    this.log = loadFailureLog();
  }

  isSetAside(key: string): boolean {
    return isSetAside(this.log, key);
  }

  attempt<T>(
    key: string,
    item: string,
    whatToDo: string,
    work: () => T
  ): Attempt<T> {
    try {
      const value = work();
      const log = afterSuccess(this.log, key);
      this.changed ||= log !== this.log;
      this.log = log;
      return {ok: true, value};
    } catch (error) {
      return {
        ok: false,
        setAside: this.failed(key, item, whatToDo, error),
        error,
      };
    }
  }

  /** Counts one failure of `key`; true when it set the item aside. */
  failed(key: string, item: string, whatToDo: string, error: unknown): boolean {
    const next = afterFailure(this.log, key);
    this.log = next.log;
    this.changed = true;
    if (next.setAside)
      this.attention.push(
        attentionEntry(
          new Date(),
          item,
          key,
          error,
          `Tried ${next.tries} times and set aside; the desk carries on without it. ${whatToDo}`
        )
      );
    return next.setAside;
  }

  /** Keeps the counts for the next execution and shows what was set aside. */
  finish(): void {
    if (this.changed) saveFailureLog(this.log);
    appendNeedsAttention(this.ss, this.attention.splice(0));
  }
}

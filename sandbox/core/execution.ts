import {VirtualClock} from './clock';
import {LatencyModel, latencyFor} from './latency';

/** Per-execution runtime limits: https://developers.google.com/apps-script/guides/services/quotas */
export const EXECUTION_LIMIT_MS = 6 * 60 * 1000;
export const SIMPLE_TRIGGER_LIMIT_MS = 30 * 1000;

export type ExecutionOutcome = 'completed' | 'failed' | 'timed out' | 'killed';

export interface ExecutionRecord {
  readonly id: number;
  readonly functionName: string;
  /** What started it: `menu`, `ON_EDIT`, `ON_FORM_SUBMIT`, `CLOCK`, `ON_OPEN`, `WEB_APP`, `manual`. */
  readonly cause: string;
  /** The effective user: whose authority the script runs under (an installable trigger's installer). */
  readonly user: string;
  /** Who acted: the editor, respondent or opener behind a trigger; otherwise the user. Host-side. */
  readonly person: string;
  /** What `Session.getActiveUser()` tells the script about the person: '' when hidden. */
  readonly activeUser: string;
  readonly startedAt: number;
  endedAt: number;
  readonly calls: Record<string, number>;
  /** Virtual milliseconds charged for service calls. */
  modelledMs: number;
  /** Real milliseconds spent in the bundle's own JavaScript (wall time outside service calls). */
  bundleMs: number;
  outcome: ExecutionOutcome | 'running';
  error?: string;
}

/** Thrown into the bundle when the platform stops an execution; every later call throws it again. */
export class ExecutionStopped extends Error {
  constructor(
    message: string,
    readonly outcome: 'timed out' | 'killed'
  ) {
    super(message);
    this.name = 'Exception';
  }
}

export interface ExecutionStart {
  functionName: string;
  cause: string;
  /** The effective user. */
  user: string;
  /** Who acted; default the effective user. */
  person?: string;
  /** What the script may see of the person; default the person. */
  activeUser?: string;
  limitMs?: number;
}

/**
 * Tracks the execution in progress: who runs it, what it has called, what it cost, and the hooks
 * that run when it ends (Apps Script releases locks then).
 */
export class Executions {
  readonly history: ExecutionRecord[] = [];
  private active: ExecutionRecord | undefined;
  private limitMs = EXECUTION_LIMIT_MS;
  private stopped: ExecutionStopped | undefined;
  private endHooks: Array<() => void> = [];
  private callsUntilKill: number | undefined;
  private nextId = 1;
  private insideServices = 0;
  private interleaved: {call: string; action: () => void} | undefined;

  constructor(
    private readonly clock: VirtualClock,
    public latency: LatencyModel
  ) {}

  current(): ExecutionRecord | undefined {
    return this.active;
  }

  /** The user the current execution runs as (its effective user), or '' outside any execution. */
  effectiveUser(): string {
    return this.active?.user ?? '';
  }

  /** The active user's email as the current execution may see it ('' when hidden), or undefined outside one. */
  activeUser(): string | undefined {
    return this.active?.activeUser;
  }

  /** Who really acted in the current execution, or undefined outside one. */
  person(): string | undefined {
    return this.active?.person;
  }

  begin(start: ExecutionStart): ExecutionRecord {
    if (this.active)
      throw new Error(
        `An execution of ${this.active.functionName} is still running.`
      );
    this.active = {
      id: this.nextId++,
      functionName: start.functionName,
      cause: start.cause,
      user: start.user,
      person: start.person ?? start.user,
      activeUser: start.activeUser ?? start.person ?? start.user,
      startedAt: this.clock.now(),
      endedAt: this.clock.now(),
      calls: {},
      modelledMs: 0,
      bundleMs: 0,
      outcome: 'running',
    };
    this.limitMs = start.limitMs ?? EXECUTION_LIMIT_MS;
    this.stopped = undefined;
    this.insideServices = 0;
    return this.active;
  }

  end(outcome: ExecutionOutcome, error?: string): ExecutionRecord {
    const record = this.active;
    if (!record) throw new Error('No execution is running.');
    for (const hook of this.endHooks.splice(0)) hook();
    record.outcome = this.stopped ? this.stopped.outcome : outcome;
    record.error = this.stopped ? this.stopped.message : error;
    record.endedAt = this.clock.now();
    this.history.push(record);
    this.active = undefined;
    return record;
  }

  /** Runs when the current execution ends, whatever its outcome. */
  onEnd(hook: () => void): void {
    if (this.active) this.endHooks.push(hook);
  }

  /**
   * Something outside the script happens just before its next call to `call` (e.g.
   * `SpreadsheetApp.Range.setValues`): a person editing the sheet while the script runs, as they can
   * in Sheets, locks or not.
   */
  interleaveBefore(call: string, action: () => void): void {
    this.interleaved = {call, action};
  }

  /** Fault injection: the next execution is killed at its Nth service call (counting from 1). */
  killAtCall(n: number): void {
    this.callsUntilKill = n;
  }

  /** Counts one service call, charges its latency, and enforces the execution limit and kills. */
  chargeCall(name: string, cells: number): void {
    const record = this.active;
    if (!record) return;
    if (this.stopped) throw this.stopped;
    if (this.interleaved?.call === name) {
      const {action} = this.interleaved;
      this.interleaved = undefined;
      action();
    }
    if (this.callsUntilKill !== undefined && --this.callsUntilKill <= 0) {
      this.callsUntilKill = undefined;
      this.stopped = new ExecutionStopped(
        'Execution killed by fault injection.',
        'killed'
      );
      throw this.stopped;
    }
    record.calls[name] = (record.calls[name] ?? 0) + 1;
    this.charge(
      latencyFor(this.latency, name) + cells * this.latency.perCellMs
    );
  }

  chargeCells(cells: number): void {
    if (this.active && cells > 0) this.charge(cells * this.latency.perCellMs);
  }

  /** Charges virtual time to the current execution (Utilities.sleep uses this too). */
  charge(ms: number): void {
    const record = this.active;
    if (!record || ms <= 0) return;
    this.clock.advance(ms);
    record.modelledMs += ms;
    if (this.clock.now() - record.startedAt > this.limitMs) {
      this.stopped = new ExecutionStopped(
        'Exceeded maximum execution time',
        'timed out'
      );
      throw this.stopped;
    }
  }

  /** Wall time spent inside fakes is the emulator's, not the bundle's. */
  excludeFromBundleTime(ms: number): void {
    this.insideServices += ms;
  }

  /** Records how long the bundle's JavaScript ran: wall time of the call less time inside services. */
  recordWallTime(ms: number): void {
    if (this.active)
      this.active.bundleMs = Math.max(0, ms - this.insideServices);
  }

  /** True once the platform has stopped the current execution. */
  isStopped(): boolean {
    return this.stopped !== undefined;
  }
}

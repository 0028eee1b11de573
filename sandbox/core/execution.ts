import {VirtualClock} from './clock';
import {CpuMark, cpuMark, cpuMsSince} from './cpu-time';
import {AccountKind} from './account';
import {LatencyModel, latencyFor} from './latency';

/** Per-execution runtime limits: https://developers.google.com/apps-script/guides/services/quotas */
export const EXECUTION_LIMIT_MS = 6 * 60 * 1000;
export const SIMPLE_TRIGGER_LIMIT_MS = 30 * 1000;

/**
 * "Triggers total runtime": 90 min / day for consumer accounts, 6 h for Workspace; quotas are per
 * user and reset 24 hours after the first request (the quotas page above).
 */
export const DAILY_TRIGGER_RUNTIME_MS: Readonly<Record<AccountKind, number>> = {
  consumer: 90 * 60 * 1000,
  workspace: 6 * 60 * 60 * 1000,
};
const QUOTA_WINDOW_MS = 24 * 60 * 60 * 1000;

/** As seen in the wild (github.com/webdigi/GmailScheduler, commit 077cb35). */
export const DAILY_RUNTIME_EXCEEDED =
  'Service using too much computer time for one day';

/** Causes that are triggers, whose runtime counts toward the daily trigger quota. */
export const TRIGGER_CAUSES: ReadonlySet<string> = new Set([
  'ON_OPEN',
  'ON_EDIT',
  'ON_FORM_SUBMIT',
  'CLOCK',
]);

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
  /** Cells the script's reads handed back (values, formulas, notes): what a read-heavy page costs. */
  cellsRead: number;
  /** Cells in the 2-D arrays the script handed to service calls: what a rewrite costs. */
  cellsWritten: number;
  /** Virtual milliseconds on the clock: service time plus CPU time. */
  modelledMs: number;
  /** Virtual milliseconds charged for service calls, bytes moved, sleeps and lock waits. */
  serviceMs: number;
  /** The bundle's own JavaScript: its CPU milliseconds outside service calls (cpu-time.ts), times `cpuFactor`. */
  cpuMs: number;
  outcome: ExecutionOutcome | 'running';
  error?: string;
}

/** Thrown into the bundle when the platform stops an execution; every later call throws it again. */
export class ExecutionStopped extends Error {
  constructor(
    message: string,
    readonly outcome: 'timed out' | 'killed' | 'failed'
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
  /** Service calls in progress (a fake may call back into the bundle, e.g. a template's scriptlets). */
  private serviceDepth = 0;
  /** CPU time when the bundle's JavaScript last started running, while it runs. */
  private runningSince: CpuMark | undefined;
  private interleaved: {call: string; action: () => void} | undefined;
  /** Trigger runtime per user in the current quota window. */
  private readonly triggerDays = new Map<
    string,
    {start: number; usedMs: number}
  >();

  constructor(
    private readonly clock: VirtualClock,
    public latency: LatencyModel,
    private readonly dailyTriggerRuntimeMs = DAILY_TRIGGER_RUNTIME_MS.workspace
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
      cellsRead: 0,
      cellsWritten: 0,
      modelledMs: 0,
      serviceMs: 0,
      cpuMs: 0,
      outcome: 'running',
    };
    this.limitMs = start.limitMs ?? EXECUTION_LIMIT_MS;
    this.stopped = undefined;
    this.serviceDepth = 0;
    this.runningSince = undefined;
    if (this.triggerRuntimeLeft() <= 0)
      this.stopped = new ExecutionStopped(DAILY_RUNTIME_EXCEEDED, 'failed');
    return this.active;
  }

  end(outcome: ExecutionOutcome, error?: string): ExecutionRecord {
    const record = this.active;
    if (!record) throw new Error('No execution is running.');
    for (const hook of this.endHooks.splice(0)) hook();
    record.outcome = this.stopped ? this.stopped.outcome : outcome;
    record.error = this.stopped ? this.stopped.message : error;
    record.endedAt = this.clock.now();
    if (TRIGGER_CAUSES.has(record.cause)) {
      const day = this.triggerDay(record.user, record.startedAt);
      day.usedMs += record.endedAt - record.startedAt;
    }
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
    record.cellsWritten += cells;
    this.charge(
      latencyFor(this.latency, name) + cells * this.latency.writeCellMs
    );
  }

  /** Charges the cells a call handed back to the script. */
  chargeCells(cells: number): void {
    if (!this.active || cells <= 0) return;
    this.active.cellsRead += cells;
    this.charge(cells * this.latency.readCellMs);
  }

  /** Charges virtual service time to the current execution (Utilities.sleep uses this too). */
  charge(ms: number): void {
    const record = this.active;
    if (!record || ms <= 0) return;
    record.serviceMs += ms;
    this.advance(record, ms);
  }

  /** The bundle's JavaScript starts or resumes running (a top-level call, or a service call returned). */
  bundleRuns(): void {
    if (this.active && this.serviceDepth === 0) this.runningSince = cpuMark();
  }

  /**
   * The bundle's JavaScript pauses (it calls a service, or its function returns): the CPU time it
   * used since it last resumed goes on the clock, times the latency model's `cpuFactor`.
   */
  bundlePauses(): void {
    const record = this.active;
    const mark = this.runningSince;
    this.runningSince = undefined;
    if (!record || mark === undefined) return;
    const ms = cpuMsSince(mark) * this.latency.cpuFactor;
    if (ms <= 0) return;
    record.cpuMs += ms;
    this.advance(record, ms);
  }

  /** Runs a service call: the bundle's CPU clock pauses while the fake works. */
  insideService<T>(work: () => T): T {
    if (this.serviceDepth === 0) this.bundlePauses();
    this.serviceDepth++;
    try {
      return work();
    } finally {
      this.serviceDepth--;
      this.bundleRuns();
    }
  }

  /** Throws if the platform has stopped the current execution (e.g. the daily quota was used up). */
  throwIfStopped(): void {
    if (this.active && this.stopped) throw this.stopped;
  }

  private advance(record: ExecutionRecord, ms: number): void {
    this.clock.advance(ms);
    record.modelledMs += ms;
    if (this.stopped) return;
    const elapsed = this.clock.now() - record.startedAt;
    if (elapsed > this.limitMs) {
      this.stopped = new ExecutionStopped(
        'Exceeded maximum execution time',
        'timed out'
      );
      throw this.stopped;
    }
    if (this.triggerRuntimeLeft() < elapsed) {
      this.stopped = new ExecutionStopped(DAILY_RUNTIME_EXCEEDED, 'failed');
      throw this.stopped;
    }
  }

  /** Trigger runtime the current execution's user has left today; Infinity outside triggers. */
  private triggerRuntimeLeft(): number {
    const record = this.active;
    if (!record || !TRIGGER_CAUSES.has(record.cause)) return Infinity;
    const day = this.triggerDay(record.user, record.startedAt);
    return this.dailyTriggerRuntimeMs - day.usedMs;
  }

  private triggerDay(
    user: string,
    at: number
  ): {start: number; usedMs: number} {
    let day = this.triggerDays.get(user);
    if (!day || at >= day.start + QUOTA_WINDOW_MS) {
      day = {start: at, usedMs: 0};
      this.triggerDays.set(user, day);
    }
    return day;
  }

  /** Trigger runtime a user has used in the current 24-hour quota window. */
  triggerRuntimeUsed(user: string): number {
    const day = this.triggerDays.get(user);
    return day && this.clock.now() < day.start + QUOTA_WINDOW_MS
      ? day.usedMs
      : 0;
  }

  /** True once the platform has stopped the current execution. */
  isStopped(): boolean {
    return this.stopped !== undefined;
  }
}

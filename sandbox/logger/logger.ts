import {Environment} from '../core/environment';
import {SERVICE} from '../core/service';
import {asOfficial} from '../core/official-types';
import {ExecutionLog, formatLogMessage, LogLevel} from './execution-log';

/**
 * `Logger.log(format, ...values)` substitutes `%s`-style placeholders
 * (https://developers.google.com/apps-script/reference/base/logger#log(String,Object...));
 * `getLog()` returns this execution's messages, one per line.
 */
export class FakeLogger implements Pick<
  GoogleAppsScript.Base.Logger,
  'log' | 'getLog' | 'clear'
> {
  readonly [SERVICE] = 'Logger';

  constructor(private readonly log_: ExecutionLog) {}

  log(
    formatOrData: unknown,
    ...values: unknown[]
  ): GoogleAppsScript.Base.Logger {
    this.log_.add(
      'Logger',
      'INFO',
      formatLogMessage([formatOrData, ...values])
    );
    return asOfficial(this);
  }

  getLog(): string {
    return this.log_
      .from('Logger')
      .map(entry => entry.message)
      .join('\n');
  }

  clear(): void {
    this.log_.clear('Logger');
  }
}

/** Cloud-logging `console` (https://developers.google.com/apps-script/guides/logging). */
export class FakeConsole implements Pick<
  Console,
  'log' | 'info' | 'warn' | 'error' | 'time' | 'timeEnd'
> {
  readonly [SERVICE] = 'console';
  private readonly timers = new Map<string, number>();

  constructor(
    private readonly log_: ExecutionLog,
    private readonly env: Environment
  ) {}

  log(...values: unknown[]): void {
    this.write('INFO', values);
  }

  info(...values: unknown[]): void {
    this.write('INFO', values);
  }

  warn(...values: unknown[]): void {
    this.write('WARNING', values);
  }

  error(...values: unknown[]): void {
    this.write('ERROR', values);
  }

  time(label: string): void {
    this.timers.set(label, this.env.clock.now());
  }

  timeEnd(label: string): void {
    const started = this.timers.get(label);
    if (started === undefined) return;
    this.timers.delete(label);
    this.write('INFO', [`${label}: ${this.env.clock.now() - started}ms`]);
  }

  private write(level: LogLevel, values: unknown[]): void {
    this.log_.add('console', level, formatLogMessage(values));
  }
}

export function createLogging(env: Environment): {
  log: ExecutionLog;
  Logger: FakeLogger;
  console: FakeConsole;
} {
  const log = new ExecutionLog(env.clock);
  return {log, Logger: new FakeLogger(log), console: new FakeConsole(log, env)};
}

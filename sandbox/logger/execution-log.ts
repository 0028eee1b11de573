import {formatWithOptions} from 'node:util';
import {VirtualClock} from '../core/clock';

export type LogLevel = 'DEBUG' | 'INFO' | 'WARNING' | 'ERROR';

export interface LogEntry {
  readonly source: 'Logger' | 'console';
  readonly level: LogLevel;
  readonly message: string;
  /** Virtual time of the entry (ms since the epoch). */
  readonly at: number;
}

/** What a script has logged through Logger and console, in order, with virtual timestamps. */
export class ExecutionLog {
  readonly entries: LogEntry[] = [];

  constructor(private readonly clock: VirtualClock) {}

  add(source: LogEntry['source'], level: LogLevel, message: string): void {
    this.entries.push({source, level, message, at: this.clock.now()});
  }

  /** Entries written through one of the two APIs. */
  from(source: LogEntry['source']): LogEntry[] {
    return this.entries.filter(entry => entry.source === source);
  }

  clear(source: LogEntry['source']): void {
    const kept = this.entries.filter(entry => entry.source !== source);
    this.entries.splice(0, this.entries.length, ...kept);
  }
}

/** printf-style `%s %d %i %f %j %o %O %%` substitution, as console and Logger accept it. */
export function formatLogMessage(values: readonly unknown[]): string {
  return formatWithOptions({breakLength: Infinity}, ...values);
}

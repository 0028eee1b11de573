import {ExecutionRecord} from '../sandbox/core/execution';
import {Budget} from './budget';

/** A named operation measured at growing ledger sizes. */
export interface BenchOperation {
  readonly name: string;
  readonly sizes: readonly number[];
  readonly budgets: readonly Budget[];
  /**
   * Builds a workspace whose ledger holds `rows` tickets and returns the operation: a function
   * that performs it once and returns the executions it caused.
   */
  prepare(rows: number): Promise<() => ExecutionRecord[]>;
}

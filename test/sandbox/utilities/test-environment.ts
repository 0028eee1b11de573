import {VirtualClock} from '../../../sandbox/core/clock';
import {
  AccountKind,
  createEnvironment,
  Environment,
} from '../../../sandbox/core/environment';
import {Executions} from '../../../sandbox/core/execution';
import {DEFAULT_LATENCY} from '../../../sandbox/core/latency';

export const OWNER = 'owner@school.example';

/** A workspace at 2025-01-06 08:00 UTC (a Monday) with no latency, for service conformance tests. */
export function testEnvironment(
  options: {account?: AccountKind; timeZone?: string; start?: number} = {}
): Environment {
  const clock = new VirtualClock(options.start ?? Date.UTC(2025, 0, 6, 8, 0));
  const executions = new Executions(clock, {
    ...DEFAULT_LATENCY,
    perCall: {},
    defaultMs: 0,
    readCellMs: 0,
    writeCellMs: 0,
    fetchKiBMs: 0,
  });
  return createEnvironment({
    clock,
    executions,
    timeZone: options.timeZone ?? 'America/New_York',
    account: options.account ?? 'workspace',
    owner: OWNER,
  });
}

export function inExecution<T>(
  env: Environment,
  user: string,
  run: () => T
): T {
  env.executions.begin({functionName: 'test', cause: 'manual', user});
  try {
    return run();
  } finally {
    env.executions.end('completed');
  }
}

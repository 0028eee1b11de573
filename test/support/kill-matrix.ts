import {ExecutionRecord} from '../../sandbox/core/execution';
import {Workspace} from '../../sandbox/workspace/workspace';

/** Every service call of the one execution `act` starts on a desk `prepare` makes, in order. */
export function callsOf(
  prepare: () => Workspace,
  act: (ws: Workspace) => ExecutionRecord[]
): string[] {
  const ws = prepare();
  const calls: string[] = [];
  const charge = ws.executions.chargeCall.bind(ws.executions);
  ws.executions.chargeCall = (name, cells) => {
    calls.push(name);
    charge(name, cells);
  };
  const records = act(ws);
  expect(records.map(r => r.outcome)).toEqual(['completed']);
  return calls;
}

/**
 * Kills the execution at each call `which` picks (1-based), on a fresh desk each time, and hands
 * the desk left behind to `check`, which returns what went wrong ('' for nothing). Returns every
 * failure, named by the call killed.
 */
export function killAtEachCall(
  prepare: () => Workspace,
  act: (ws: Workspace) => ExecutionRecord[],
  which: (calls: readonly string[]) => readonly number[],
  check: (ws: Workspace, n: number) => string
): string[] {
  const calls = callsOf(prepare, act);
  const failures: string[] = [];
  for (const n of which(calls)) {
    const ws = prepare();
    ws.faults.killAtCall(n);
    const [record] = act(ws);
    const killedAt = `kill at call ${n} (${calls[n - 1]})`;
    if (record?.outcome !== 'killed') {
      failures.push(`${killedAt}: the execution was not killed`);
      continue;
    }
    const problem = check(ws, n);
    if (problem !== '') failures.push(`${killedAt}: ${problem}`);
  }
  return failures;
}

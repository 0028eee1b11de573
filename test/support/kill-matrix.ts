// Kill an execution at each of its service calls in turn, let the sweep settle, and compare with an unkilled run.
import {ExecutionRecord} from '../../sandbox/core/execution';
import {Workspace} from '../../sandbox/workspace/workspace';
import {allCompleted} from './peer-desk';

const FIVE_MINUTES = 5 * 60_000;

export interface KillScenario {
  readonly name: string;
  /** A fresh desk, just before the execution under test. */
  prepare(): Workspace;
  /** Starts the execution under test (one execution). */
  act(ws: Workspace): ExecutionRecord[];
  /** What a person would see of the work: compared between killed and unkilled runs. */
  observe(ws: Workspace): unknown;
  /**
   * A menu item leaves no trace before its first write, and the person who clicked it sees it
   * fail: for it, a run that did nothing at all is also whole (they click again).
   */
  readonly mayDoNothing?: boolean;
}

/** Every service call of the execution `act` starts, in order. */
export function callsOf(
  scenario: Pick<KillScenario, 'prepare' | 'act'> & Partial<KillScenario>
): string[] {
  const ws = scenario.prepare();
  const calls: string[] = [];
  const charge = ws.executions.chargeCall.bind(ws.executions);
  ws.executions.chargeCall = (name, cells) => {
    calls.push(name);
    charge(name, cells);
  };
  const records = scenario.act(ws);
  expect(records.map(r => r.outcome)).toEqual(['completed']);
  return calls;
}

/** Sweeps every five minutes, `sweeps` times. */
export function settle(ws: Workspace, sweeps: number): void {
  for (let i = 0; i < sweeps; i++) allCompleted(ws.advance(FIVE_MINUTES));
}

/**
 * Kills the scenario's execution at call 1, 2, … in turn; after `sweeps` sweeps each run must
 * show what the unkilled run shows (or, for a scenario that may, what no run at all shows), and
 * one more sweep must change nothing. Returns the
 * differences found (none when nothing was lost or done twice), and how many calls were tried.
 */
export function killAtEveryCall(
  scenario: KillScenario,
  sweeps = 3
): {failures: string[]; calls: number} {
  const calls = callsOf(scenario);
  const unkilled = scenario.prepare();
  scenario.act(unkilled);
  settle(unkilled, sweeps);
  const expected = JSON.stringify(scenario.observe(unkilled));
  const whole = new Set([expected]);
  if (scenario.mayDoNothing) {
    const untouched = scenario.prepare();
    settle(untouched, sweeps);
    whole.add(JSON.stringify(scenario.observe(untouched)));
  }
  const failures: string[] = [];
  for (let n = 1; n <= calls.length; n++) {
    const ws = scenario.prepare();
    ws.faults.killAtCall(n);
    const [record] = scenario.act(ws);
    const killedAt = `kill at call ${n} (${calls[n - 1]})`;
    if (record?.outcome !== 'killed') {
      failures.push(`${killedAt}: the execution was not killed`);
      continue;
    }
    settle(ws, sweeps);
    const got = JSON.stringify(scenario.observe(ws));
    if (!whole.has(got))
      failures.push(`${killedAt}: ${got}\n  expected ${expected}`);
    settle(ws, 1);
    if (JSON.stringify(scenario.observe(ws)) !== got)
      failures.push(`${killedAt}: a later sweep still changed something`);
  }
  return {failures, calls: calls.length};
}

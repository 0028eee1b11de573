import {VirtualClock} from '../../../sandbox/core/clock';
import {
  createEnvironment,
  Environment,
} from '../../../sandbox/core/environment';
import {Executions} from '../../../sandbox/core/execution';
import {DEFAULT_LATENCY} from '../../../sandbox/core/latency';
import {createSpreadsheetApp} from '../../../sandbox/spreadsheet/spreadsheet-app';
import {SpreadsheetStore} from '../../../sandbox/spreadsheet/store';

export const OWNER = 'coordinator@school.example';

/** A workspace in New York with one bound spreadsheet, "Peer Desk", holding an empty Sheet1. */
export function workspace(timeZone = 'America/New_York') {
  const clock = new VirtualClock(Date.UTC(2026, 10, 22, 14, 0));
  const env: Environment = createEnvironment({
    clock,
    executions: new Executions(clock, DEFAULT_LATENCY),
    timeZone,
    account: 'workspace',
    owner: OWNER,
  });
  const store = new SpreadsheetStore(env);
  const spreadsheet = store.create('Peer Desk');
  store.active = spreadsheet;
  const app = createSpreadsheetApp(env, store);
  const sheet = spreadsheet.getSheets()[0];
  return {env, store, app, spreadsheet, sheet};
}

/** Runs `fn` inside an execution as `user`, as a trigger or menu item would. */
export function runAs<T>(env: Environment, user: string, fn: () => T): T {
  env.executions.begin({functionName: 'test', cause: 'manual', user});
  try {
    return fn();
  } finally {
    env.executions.end('completed');
  }
}

/** The instant clocks in New York show this wall time (EST, UTC−5, in late November). */
export function newYork(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0
): Date {
  return new Date(Date.UTC(year, month - 1, day, hour + 5, minute, second));
}

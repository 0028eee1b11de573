import {VirtualClock} from '../../sandbox/core/clock';
import {createEnvironment, Environment} from '../../sandbox/core/environment';
import {Executions} from '../../sandbox/core/execution';
import {DEFAULT_LATENCY} from '../../sandbox/core/latency';
import {asOfficial} from '../../sandbox/core/official-types';
import {FakeFormApp} from '../../sandbox/forms/form-app';
import {FakeMailApp} from '../../sandbox/mail/mail-app';
import {FakeSpreadsheet} from '../../sandbox/spreadsheet/spreadsheet';
import {TriggerStore} from '../../sandbox/script/trigger-store';
import {createServices} from '../../sandbox/workspace/services';

export interface FakeWorkspace {
  readonly env: Environment;
  /** The bound spreadsheet, typed as the adapters see it. */
  readonly ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  /** The same spreadsheet with the emulator's host-side inspection methods. */
  readonly spreadsheet: FakeSpreadsheet;
  readonly triggers: TriggerStore;
  readonly forms: FakeFormApp;
  readonly mail: FakeMailApp;
  readonly globals: readonly string[];
}

/**
 * Adapter tests call the workspace adapters directly in the host realm, so the emulator's fakes are
 * installed as the Apps Script globals they expect, inside one running execution.
 */
export function installFakeWorkspace(): FakeWorkspace {
  const clock = new VirtualClock(Date.UTC(2026, 7, 18, 14, 10));
  const executions = new Executions(clock, DEFAULT_LATENCY);
  const env = createEnvironment({
    clock,
    executions,
    timeZone: 'America/Chicago',
    account: 'workspace',
    owner: 'coordinator@example.org',
  });
  const services = createServices(env);
  const ss = services.spreadsheets.create('Peer Desk');
  services.spreadsheets.active = ss;
  Object.assign(globalThis, services.globals);
  executions.begin({functionName: 'test', cause: 'manual', user: env.owner});
  return {
    env,
    ss: asOfficial(ss),
    spreadsheet: ss,
    triggers: services.triggers,
    forms: services.forms,
    mail: services.mail,
    globals: Object.keys(services.globals),
  };
}

export function removeFakeWorkspace(workspace: FakeWorkspace): void {
  if (workspace.env.executions.current())
    workspace.env.executions.end('completed');
  for (const name of workspace.globals)
    delete (globalThis as Record<string, unknown>)[name];
}

/** Installs a fresh fake workspace before each test of the file and removes it after. */
export function useFakeWorkspace(): () => FakeWorkspace {
  let workspace: FakeWorkspace | undefined;
  beforeEach(() => (workspace = installFakeWorkspace()));
  afterEach(() => workspace && removeFakeWorkspace(workspace));
  return () => {
    if (!workspace)
      throw new Error('The fake workspace exists only inside a test.');
    return workspace;
  };
}

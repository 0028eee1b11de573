import {VirtualClock} from '../../sandbox/core/clock';
import {createEnvironment, Environment} from '../../sandbox/core/environment';
import {Executions} from '../../sandbox/core/execution';
import {DEFAULT_LATENCY} from '../../sandbox/core/latency';
import {createCacheService} from '../../sandbox/cache/cache-service';
import {createFormApp, FakeFormApp} from '../../sandbox/forms/form-app';
import {createLockService} from '../../sandbox/lock/lock-service';
import {createMailApp, FakeMailApp} from '../../sandbox/mail/mail-app';
import {createPropertiesService} from '../../sandbox/properties/properties-service';
import {createScriptApp} from '../../sandbox/script/script-app';
import {TriggerStore} from '../../sandbox/script/trigger-store';
import {createSession} from '../../sandbox/session/session';
import {FakeSpreadsheet} from '../../sandbox/spreadsheet/spreadsheet';
import {createSpreadsheetApp} from '../../sandbox/spreadsheet/spreadsheet-app';
import {SpreadsheetStore} from '../../sandbox/spreadsheet/store';
import {createUtilities} from '../../sandbox/utilities/utilities';

export interface FakeWorkspace {
  readonly env: Environment;
  readonly ss: FakeSpreadsheet;
  readonly triggers: TriggerStore;
  readonly forms: FakeFormApp;
  readonly mail: FakeMailApp;
}

const NAMES = [
  'SpreadsheetApp',
  'FormApp',
  'ScriptApp',
  'MailApp',
  'LockService',
  'PropertiesService',
  'CacheService',
  'Session',
  'Utilities',
] as const;

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
  const store = new SpreadsheetStore(env);
  const ss = store.create('Peer Desk');
  store.active = ss;
  const triggers = new TriggerStore();
  const forms = createFormApp(env, {
    openSpreadsheet: id => store.byId(id) as never,
    linkForm: (id, url) => store.byId(id)?.hostSetFormUrl(url),
  });
  const mail = createMailApp(env);
  const services: Record<(typeof NAMES)[number], unknown> = {
    SpreadsheetApp: createSpreadsheetApp(env, store),
    FormApp: forms,
    ScriptApp: createScriptApp(env, triggers),
    MailApp: mail,
    LockService: createLockService(env, () => true),
    PropertiesService: createPropertiesService(env, () => true),
    CacheService: createCacheService(env, () => true),
    Session: createSession(env),
    Utilities: createUtilities(env),
  };
  Object.assign(globalThis, services);
  executions.begin({functionName: 'test', cause: 'manual', user: env.owner});
  return {env, ss, triggers, forms, mail};
}

export function removeFakeWorkspace(workspace: FakeWorkspace): void {
  if (workspace.env.executions.current())
    workspace.env.executions.end('completed');
  for (const name of NAMES)
    delete (globalThis as Record<string, unknown>)[name];
}

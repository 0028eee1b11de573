import {AccountKind} from './account';
import {VirtualClock} from './clock';
import {Executions} from './execution';

export type {AccountKind} from './account';

/** What every fake service shares within one emulated Google Workspace. */
export interface Environment {
  readonly clock: VirtualClock;
  readonly executions: Executions;
  /** The script's IANA time zone (appsscript.json `timeZone`), also the spreadsheet's. */
  readonly timeZone: string;
  /** Consumer (gmail.com) or Google Workspace (Education counts as Workspace): quotas differ. */
  readonly account: AccountKind;
  /** The account that owns the script and installs its triggers (the effective user). */
  readonly owner: string;
  readonly scriptId: string;
  /** A new id, unique in this workspace and deterministic for a run: `newId('form')`. */
  newId(kind: string): string;
}

export function createEnvironment(options: {
  clock: VirtualClock;
  executions: Executions;
  timeZone: string;
  account: AccountKind;
  owner: string;
}): Environment {
  const counters = new Map<string, number>();
  return {
    ...options,
    scriptId: '1PeerDeskEmulatedScriptId',
    newId(kind: string): string {
      const n = (counters.get(kind) ?? 0) + 1;
      counters.set(kind, n);
      return `${kind}-${n.toString(36).padStart(6, '0')}`;
    },
  };
}

/** Who the running execution runs as; outside an execution, the owner (as Session reports it). */
export function activeUserEmail(env: Environment): string {
  return env.executions.activeUser() || env.owner;
}

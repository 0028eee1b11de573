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
  /**
   * The email domains of the owner's Google Workspace account (a school often signs students in on
   * a second domain of the same account). Default: the owner's domain alone.
   */
  readonly domains: readonly string[];
  /**
   * The domain withholds every editor's identity from scripts they did not authorise
   * (`e.user` and `Session.getActiveUser()` are blank), as a Workspace policy may.
   */
  readonly hideIdentities: boolean;
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
  domains?: readonly string[];
  hideIdentities?: boolean;
}): Environment {
  const counters = new Map<string, number>();
  return {
    hideIdentities: false,
    ...options,
    domains: (options.domains ?? [domainOf(options.owner)]).map(d =>
      d.toLowerCase()
    ),
    scriptId: '1PeerDeskEmulatedScriptId',
    newId(kind: string): string {
      const n = (counters.get(kind) ?? 0) + 1;
      counters.set(kind, n);
      return `${kind}-${n.toString(36).padStart(6, '0')}`;
    },
  };
}

/**
 * Whose authority the running execution has (its effective user): mail goes out from, quotas are
 * counted against, triggers are installed for and scripts write as this account. Outside an
 * execution, the owner.
 */
export function effectiveUserEmail(env: Environment): string {
  return env.executions.effectiveUser() || env.owner;
}

/** The active user's email as the running script may see it ('' when hidden); outside one, the owner. */
export function activeUserEmail(env: Environment): string {
  return env.executions.activeUser() ?? env.owner;
}

/** The part of an address after its last `@`, lower-cased. */
export function domainOf(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}

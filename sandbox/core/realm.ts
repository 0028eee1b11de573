import {createContext, runInContext, Context} from 'node:vm';
import {VirtualClock} from './clock';
import {Membrane} from './membrane';
import {Executions} from './execution';
import {REALM_BRIDGE_SOURCE, HostBridge, RealmIntrinsics} from './realm-bridge';
import {ZONED_DATE_SOURCE, ZoneBridge} from './zoned-date';
import {
  instantOfLocalMs,
  intlTimeZone,
  offsetMsAt,
  zoneAbbreviation,
} from './zoned-time';

export interface RealmEnvironment {
  readonly clock: VirtualClock;
  readonly executions: Executions;
  /** The script's time zone (appsscript.json `timeZone`): the realm's Dates are local to it. */
  readonly timeZone: string;
}

/**
 * The bundle loaded as Apps Script loads it: one V8 realm whose only globals are the standard
 * built-ins and the Apps Script services. No require, process, Buffer or timers exist in it, its
 * Date reads the virtual clock in the script's zone (zoned-date.ts), and nothing in it leads back
 * to the host realm (realm-bridge.ts).
 */
export class BundleRealm {
  private readonly context: Context;
  private readonly intrinsics: RealmIntrinsics;
  readonly membrane: Membrane;

  constructor(
    code: string,
    services: Record<string, object>,
    private readonly env: RealmEnvironment,
    filename = 'Code.js'
  ) {
    // The global's properties live on this object: a prototype here would be the host's Object
    // (`this.constructor.constructor('return process')()`).
    this.context = createContext(Object.create(null));
    const {clock, timeZone} = env;
    const zone: ZoneBridge = {
      now: () => clock.now(),
      offsetAt: ms => offsetMsAt(ms, timeZone),
      fromLocal: naive => instantOfLocalMs(naive, timeZone),
      zoneName: ms => zoneAbbreviation(ms, timeZone, 'long'),
      intlZone: intlTimeZone(timeZone),
    };
    (runInContext(ZONED_DATE_SOURCE, this.context) as (z: ZoneBridge) => void)(
      zone
    );
    this.membrane = new Membrane(env.executions);
    const membrane = this.membrane;
    const host: HostBridge = {
      kind: (target, key) => membrane.kind(target, key),
      read: (target, key) => membrane.read(target, key),
      keys: target => membrane.keys(target),
      call: (target, name, args) => membrane.call(target, name, args),
      write: (target, key, value) => membrane.write(target, key, value),
      className: target => membrane.className(target),
    };
    this.intrinsics = (
      runInContext(REALM_BRIDGE_SOURCE, this.context) as (
        h: HostBridge,
        scriptFile: string
      ) => RealmIntrinsics
    )(host, filename);
    this.membrane.connect(this.intrinsics);
    const global = this.context as Record<string, unknown>;
    for (const [name, service] of Object.entries(services)) {
      global[name] = this.membrane.toBundle(service);
    }
    runInContext(code, this.context, {filename});
  }

  hasFunction(name: string): boolean {
    return (
      typeof (this.context as Record<string, unknown>)[name] === 'function'
    );
  }

  /**
   * Calls a top-level function with host arguments converted into the bundle's realm; returns the
   * result as a host value. Runs inside whatever execution the caller began; the CPU time the
   * bundle's own JavaScript takes goes on the virtual clock.
   */
  call(name: string, ...args: unknown[]): unknown {
    const fn = (this.context as Record<string, unknown>)[name];
    if (typeof fn !== 'function') {
      throw new Error(`Script function not found: ${name}`);
    }
    const {executions} = this.env;
    executions.throwIfStopped();
    const bundleArgs = this.intrinsics.Array.from(args, a =>
      this.membrane.toBundle(a)
    );
    executions.bundleRuns();
    try {
      return this.membrane.unwrap(this.intrinsics.invoke(fn, bundleArgs));
    } finally {
      executions.bundlePauses();
    }
  }
}

import {createContext, runInContext, Context} from 'node:vm';
import {VirtualClock} from './clock';
import {Membrane, RealmIntrinsics} from './membrane';
import {Executions} from './execution';

/**
 * Replaces the realm's Date so that `new Date()` and `Date.now()` read the virtual clock, as a
 * script's clock would read Google's. Dates built from arguments behave as usual.
 */
const VIRTUAL_DATE = `(() => {
  const RealDate = Date;
  const now = globalThis.__virtualNow;
  delete globalThis.__virtualNow;
  class VirtualDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(now());
      else super(...args);
    }
    static now() { return now(); }
  }
  Object.defineProperty(VirtualDate, 'name', {value: 'Date'});
  globalThis.Date = VirtualDate;
  return {Date: VirtualDate, Array, Object, Error};
})()`;

/**
 * The bundle loaded as Apps Script loads it: one V8 realm whose only globals are the standard
 * built-ins and the Apps Script services. No require, process, Buffer or timers exist in it.
 */
export class BundleRealm {
  private readonly context: Context;
  readonly membrane: Membrane;

  constructor(
    code: string,
    services: Record<string, object>,
    clock: VirtualClock,
    private readonly executions: Executions,
    filename = 'Code.js'
  ) {
    this.context = createContext({__virtualNow: () => clock.now()});
    const intrinsics = runInContext(
      VIRTUAL_DATE,
      this.context
    ) as RealmIntrinsics;
    this.membrane = new Membrane(intrinsics, executions);
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
   * result as a host value. Runs inside whatever execution the caller began.
   */
  call(name: string, ...args: unknown[]): unknown {
    const fn = (this.context as Record<string, unknown>)[name];
    if (typeof fn !== 'function') {
      throw new Error(`Script function not found: ${name}`);
    }
    const started = performance.now();
    try {
      const result = (fn as (...a: unknown[]) => unknown)(
        ...args.map(a => this.membrane.toBundle(a))
      );
      return this.membrane.unwrap(result);
    } finally {
      this.executions.recordWallTime(performance.now() - started);
    }
  }
}

import {Executions} from './execution';
import {
  isOfficialValue,
  officialEnumValues,
  officialMembers,
} from './official-members';
import {appsScriptEnum} from './official-types';
import {HostBridge, RealmIntrinsics} from './realm-bridge';
import {
  isDate,
  isServiceObject,
  SCRIPT_REALM,
  ScriptException,
  ScriptRealm,
  SERVICE,
  WRITABLE_PROPERTIES,
} from './service';

type Callable = (...args: unknown[]) => unknown;
type Fake = object & {readonly [SERVICE]: string};

function cellsIn(value: unknown): number {
  if (!Array.isArray(value) || !Array.isArray(value[0])) return 0;
  let cells = 0;
  for (const row of value) cells += Array.isArray(row) ? row.length : 0;
  return cells;
}

/** Range methods that read or write one cell's content, counted as one cell moved. */
const ONE_CELL_READS = new Set([
  'getValue',
  'getDisplayValue',
  'getFormula',
  'getNote',
]);
const ONE_CELL_WRITES = new Set(['setValue', 'setFormula', 'setNote']);

/** Cells a call hands to the service: a 2-D array's, one for a single cell's, a row for appendRow. */
function cellsWritten(method: string, args: unknown[]): number {
  if (ONE_CELL_WRITES.has(method)) return 1;
  if (method === 'appendRow' && Array.isArray(args[0])) return args[0].length;
  return args.reduce<number>((n, a) => n + cellsIn(a), 0);
}

/** Cells a call hands back to the script. */
function cellsRead(method: string, result: unknown): number {
  return ONE_CELL_READS.has(method) ? 1 : cellsIn(result);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/**
 * Stands between the bundle and the fake services, as Google's runtime does between a script and
 * its services:
 * - a script sees an Apps Script object only through a proxy made in its own realm
 *   (realm-bridge.ts) that shows the official members of its class (official-members.ts) and
 *   nothing of the fake: no private fields, no host API, no host prototype or function;
 * - each method call is counted and charged on the virtual clock, and the bundle's CPU clock
 *   pauses while the fake works;
 * - values cross realms by copy: Dates, arrays and plain objects handed to the bundle are made
 *   with its own constructors (so `instanceof Date` holds inside it; PLATFORM.md, toolchain facts:
 *   vm realms), and the bundle's values are copied back into host values before a fake sees them;
 * - errors thrown by a fake reach the bundle as errors of its own realm.
 */
export class Membrane implements HostBridge {
  private readonly proxies = new WeakMap<object, object>();
  private readonly targets = new WeakMap<object, Fake>();
  /** Properties a script has assigned on writable fakes (HtmlTemplate variables). */
  private readonly assigned = new WeakMap<object, Set<string>>();
  private realmIntrinsics: RealmIntrinsics | undefined;

  constructor(private readonly executions: Executions) {}

  /** Connects the realm once it exists (its bridge needs this membrane first). */
  connect(realm: RealmIntrinsics): void {
    this.realmIntrinsics = realm;
  }

  private get realm(): RealmIntrinsics {
    if (!this.realmIntrinsics) throw new Error('The membrane has no realm.');
    return this.realmIntrinsics;
  }

  /** A host value as the bundle should see it. */
  toBundle(value: unknown): unknown {
    if (value === null || typeof value !== 'object') {
      // A host function never crosses: its constructor is the host's Function.
      return typeof value === 'function' ? undefined : value;
    }
    if (isServiceObject(value)) return this.proxyFor(value);
    if (isDate(value)) return new this.realm.Date(value.getTime());
    if (Array.isArray(value) || ArrayBuffer.isView(value)) {
      const items = value as ArrayLike<unknown>;
      const copy = new this.realm.Array(items.length);
      for (let i = 0; i < items.length; i++) copy[i] = this.toBundle(items[i]);
      return copy;
    }
    // Plain objects (events, getProperties()) and anything else: a copy of the own enumerable data.
    const copy = new this.realm.Object() as Record<string, unknown>;
    for (const [key, item] of Object.entries(value))
      copy[key] = this.toBundle(item);
    return copy;
  }

  /** A bundle value as a fake service should see it. */
  toHost(value: unknown): unknown {
    if (value === null || typeof value !== 'object') return value;
    const target = this.targets.get(value);
    if (target) return target;
    if (isDate(value)) return new Date(value.getTime());
    if (Array.isArray(value)) return value.map(item => this.toHost(item));
    if (isPlainObject(value)) {
      const copy: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value))
        copy[key] = this.toHost(item);
      return copy;
    }
    return value;
  }

  /** Unwraps a proxy handed back by the bundle (e.g. the HtmlOutput a doGet returns). */
  unwrap<T>(value: T): T {
    return (
      (typeof value === 'object' && value !== null
        ? (this.targets.get(value) as T)
        : undefined) ?? value
    );
  }

  proxyFor(target: Fake): object {
    const existing = this.proxies.get(target);
    if (existing) return existing;
    const proxy = this.realm.serviceProxy(target);
    if (SCRIPT_REALM in target) {
      const realm: ScriptRealm = {
        runScriptlets: (body, variables) =>
          this.realm.runScriptlets(body, this.toBundle(variables) as object),
      };
      Object.assign(target, {[SCRIPT_REALM]: realm});
    }
    this.proxies.set(target, proxy);
    this.targets.set(proxy, target);
    return proxy;
  }

  // ── the realm's questions (HostBridge) ────────────────────────────────────

  /**
   * Every official member is there, as on Google. One the fake lacks is its enum from the typings
   * when it is an enum, else a method (`call`) or a value (`read`) that says it is not emulated.
   */
  kind(target: object, key: string): number {
    const fake = target as Fake;
    if (!this.visible(fake, key)) return 0;
    const value = Reflect.get(fake, key, fake) as unknown;
    if (typeof value === 'function') return 1;
    if (value !== undefined) return 2;
    if (officialEnumValues(fake[SERVICE], key)) return 2;
    return isOfficialValue(fake[SERVICE], key) ? 3 : 1;
  }

  read(target: object, key: string): unknown {
    const kind = this.kind(target, key);
    if (kind === 3) throw this.toBundleError(this.notEmulated(target, key));
    if (kind !== 2) return undefined;
    const fake = target as Fake;
    const value = Reflect.get(fake, key, fake) as unknown;
    const names = officialEnumValues(fake[SERVICE], key);
    return this.toBundle(
      value === undefined && names ? appsScriptEnum(names) : value
    );
  }

  private notEmulated(target: object, key: string): ScriptException {
    return new ScriptException(
      `not emulated: ${this.className(target)}.${key}`
    );
  }

  keys(target: object): readonly string[] {
    const fake = target as Fake;
    const names = [
      ...officialMembers(fake[SERVICE]),
      ...(this.assigned.get(fake) ?? []),
    ];
    return new this.realm.Array(
      ...new Set(names.filter(name => this.kind(fake, name) !== 0))
    );
  }

  className(target: object): string {
    const tag = (target as Fake)[SERVICE];
    return tag.slice(tag.lastIndexOf('.') + 1);
  }

  write(target: object, key: string, value: unknown): boolean {
    const fake = target as Fake;
    if (!(WRITABLE_PROPERTIES in fake)) return false;
    if (typeof Reflect.get(fake, key, fake) === 'function') return false;
    if (!Reflect.set(fake, key, this.toHost(value), fake)) return false;
    const names = this.assigned.get(fake) ?? new Set<string>();
    names.add(key);
    this.assigned.set(fake, names);
    return true;
  }

  call(target: object, name: string, args: unknown[]): unknown {
    const fake = target as Fake;
    try {
      const fn = Reflect.get(fake, name, fake) as unknown;
      if (typeof fn !== 'function') throw this.notEmulated(fake, name);
      return this.executions.insideService(() => {
        this.executions.chargeCall(
          `${fake[SERVICE]}.${name}`,
          cellsWritten(name, args)
        );
        const result = (fn as Callable).apply(
          fake,
          args.map(a => this.toHost(a))
        );
        this.executions.chargeCells(cellsRead(name, result));
        return this.toBundle(result);
      });
    } catch (error) {
      throw this.toBundleError(error);
    }
  }

  private visible(fake: Fake, key: string): boolean {
    return (
      officialMembers(fake[SERVICE]).has(key) ||
      this.assigned.get(fake)?.has(key) === true
    );
  }

  private toBundleError(error: unknown): unknown {
    if (error instanceof this.realm.Error) return error;
    const {name, message} =
      error instanceof Error ? error : {name: 'Error', message: String(error)};
    return this.realm.error(name, message);
  }
}

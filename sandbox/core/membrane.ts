import {Executions} from './execution';
import {isDate, isServiceObject, SERVICE, WRITABLE_PROPERTIES} from './service';

/** The intrinsics of the realm the bundle runs in. */
export interface RealmIntrinsics {
  Date: DateConstructor;
  Array: ArrayConstructor;
  Object: ObjectConstructor;
  Error: ErrorConstructor;
}

type Callable = (...args: unknown[]) => unknown;

function cellsIn(value: unknown): number {
  if (!Array.isArray(value) || !Array.isArray(value[0])) return 0;
  let cells = 0;
  for (const row of value) cells += Array.isArray(row) ? row.length : 0;
  return cells;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/**
 * Stands between the bundle and the fake services, as Google's runtime does between a script and
 * its services:
 * - each method call on a service object is counted and charged on the virtual clock;
 * - values cross realms: Dates and arrays handed to the bundle are made with the bundle's own
 *   constructors (so `instanceof Date` holds inside it), and the bundle's values are copied back
 *   into host values before a fake sees them (PLATFORM.md, toolchain facts: vm realms);
 * - errors thrown by a fake reach the bundle as errors of its own realm.
 */
export class Membrane {
  private readonly proxies = new WeakMap<object, object>();
  private readonly targets = new WeakMap<object, object>();

  constructor(
    private readonly realm: RealmIntrinsics,
    private readonly executions: Executions
  ) {}

  /** A host value as the bundle should see it. */
  toBundle(value: unknown): unknown {
    if (value === null || typeof value !== 'object') return value;
    if (isServiceObject(value)) return this.proxyFor(value);
    if (isDate(value)) return new this.realm.Date(value.getTime());
    if (Array.isArray(value)) {
      const copy = new this.realm.Array(value.length);
      for (let i = 0; i < value.length; i++) copy[i] = this.toBundle(value[i]);
      return copy;
    }
    if (isPlainObject(value)) {
      const copy = new this.realm.Object() as Record<string, unknown>;
      for (const [key, item] of Object.entries(value))
        copy[key] = this.toBundle(item);
      return copy;
    }
    return value;
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

  proxyFor(target: object & {readonly [SERVICE]: string}): object {
    const existing = this.proxies.get(target);
    if (existing) return existing;
    const methods = new Map<PropertyKey, Callable>();
    const proxy = new Proxy(target, {
      get: (obj, prop) => {
        const value = Reflect.get(obj, prop, obj) as unknown;
        if (typeof value !== 'function') return this.toBundle(value);
        let method = methods.get(prop);
        if (!method) {
          method = this.method(obj, String(prop), value as Callable);
          methods.set(prop, method);
        }
        return method;
      },
      set: (obj, prop, value) =>
        WRITABLE_PROPERTIES in obj &&
        typeof prop === 'string' &&
        typeof Reflect.get(obj, prop, obj) !== 'function' &&
        Reflect.set(obj, prop, this.toHost(value), obj),
    });
    this.proxies.set(target, proxy);
    this.targets.set(proxy, target);
    return proxy;
  }

  private method(
    target: object & {readonly [SERVICE]: string},
    name: string,
    fn: Callable
  ): Callable {
    return (...args: unknown[]) => {
      const started = performance.now();
      try {
        this.executions.chargeCall(
          `${target[SERVICE]}.${name}`,
          args.reduce<number>((n, a) => n + cellsIn(a), 0)
        );
        const result = fn.apply(
          target,
          args.map(a => this.toHost(a))
        );
        this.executions.chargeCells(cellsIn(result));
        return this.toBundle(result);
      } catch (error) {
        throw this.toBundleError(error);
      } finally {
        this.executions.excludeFromBundleTime(performance.now() - started);
      }
    };
  }

  private toBundleError(error: unknown): unknown {
    if (!(error instanceof Error)) return error;
    const copy = new this.realm.Error(error.message);
    copy.name = error.name;
    return copy;
  }
}

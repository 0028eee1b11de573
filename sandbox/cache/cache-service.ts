import {effectiveUserEmail, Environment} from '../core/environment';
import {ScriptException, SERVICE} from '../core/service';
import {asOfficial} from '../core/official-types';

type Cache = GoogleAppsScript.Cache.Cache;

/** https://developers.google.com/apps-script/reference/cache/cache */
export const CACHE_KEY_MAX_CHARS = 250;
export const CACHE_VALUE_MAX_BYTES = 100 * 1024;
export const CACHE_DEFAULT_SECONDS = 600;
export const CACHE_MAX_SECONDS = 21_600;
/** "a cache item cap of 1,000 entries": the oldest entries are evicted beyond it. */
export const CACHE_MAX_ENTRIES = 1000;

// Unverified: the size messages as commonly reported from Apps Script logs.
const KEY_TOO_LARGE = 'Argument too large: key';
const VALUE_TOO_LARGE = 'Argument too large: value';

interface Entry {
  value: string;
  expiresAt: number;
}

/** One cache's content on the virtual clock. A cache is only a hint: the host may evict anything. */
export class CacheStore {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly now: () => number) {}

  get(key: string): string | null {
    const entry = this.entries.get(key);
    if (!entry) return null;
    if (entry.expiresAt <= this.now()) {
      this.entries.delete(key);
      return null;
    }
    return entry.value;
  }

  put(key: string, value: string, seconds: number): void {
    this.entries.delete(key);
    this.entries.set(key, {value, expiresAt: this.now() + seconds * 1000});
    while (this.entries.size > CACHE_MAX_ENTRIES)
      this.entries.delete(this.entries.keys().next().value as string);
  }

  remove(key: string): void {
    this.entries.delete(key);
  }

  /** Host view: the live keys. */
  keys(): string[] {
    return [...this.entries.keys()].filter(key => this.get(key) !== null);
  }

  /** Fault injection: everything is gone, as after a cache eviction. */
  evictAll(): void {
    this.entries.clear();
  }
}

function checkKey(key: string): string {
  const text = String(key);
  if (text.length > CACHE_KEY_MAX_CHARS)
    throw new ScriptException(KEY_TOO_LARGE);
  return text;
}

function checkValue(value: string): string {
  const text = String(value);
  if (Buffer.byteLength(text, 'utf8') > CACHE_VALUE_MAX_BYTES)
    throw new ScriptException(VALUE_TOO_LARGE);
  return text;
}

/** Expiry is clamped to 1 s – 6 h as the reference page describes; the default is 10 minutes. */
function expirySeconds(seconds: number | undefined): number {
  if (seconds === undefined) return CACHE_DEFAULT_SECONDS;
  return Math.min(CACHE_MAX_SECONDS, Math.max(1, Math.floor(seconds)));
}

export class FakeCache implements Pick<
  Cache,
  'get' | 'getAll' | 'put' | 'putAll' | 'remove' | 'removeAll'
> {
  readonly [SERVICE] = 'CacheService.Cache';

  constructor(private readonly store: CacheStore) {}

  get(key: string): string | null {
    return this.store.get(checkKey(key));
  }

  getAll(keys: string[]): Record<string, string> {
    const found: Record<string, string> = {};
    for (const key of keys) {
      const value = this.store.get(checkKey(key));
      if (value !== null) found[key] = value;
    }
    return found;
  }

  put(key: string, value: string, expirationInSeconds?: number): void {
    this.store.put(
      checkKey(key),
      checkValue(value),
      expirySeconds(expirationInSeconds)
    );
  }

  putAll(values: Record<string, string>, expirationInSeconds?: number): void {
    const checked = Object.entries(values).map(
      ([key, value]) => [checkKey(key), checkValue(value)] as const
    );
    for (const [key, value] of checked)
      this.store.put(key, value, expirySeconds(expirationInSeconds));
  }

  remove(key: string): void {
    this.store.remove(checkKey(key));
  }

  removeAll(keys: string[]): void {
    for (const key of keys) this.store.remove(checkKey(key));
  }
}

/**
 * CacheService (https://developers.google.com/apps-script/reference/cache/cache-service).
 * Host API: the `script`, `document` and `user(email)` stores; `evictAll()` empties them all.
 */
export class FakeCacheService implements Pick<
  GoogleAppsScript.Cache.CacheService,
  'getScriptCache' | 'getUserCache' | 'getDocumentCache'
> {
  readonly [SERVICE] = 'CacheService';
  readonly script: CacheStore;
  readonly document: CacheStore;
  private readonly users = new Map<string, CacheStore>();

  constructor(
    private readonly env: Environment,
    private readonly hasContainer: () => boolean = () => true
  ) {
    this.script = new CacheStore(() => env.clock.now());
    this.document = new CacheStore(() => env.clock.now());
  }

  user(email: string): CacheStore {
    let store = this.users.get(email);
    if (!store)
      this.users.set(
        email,
        (store = new CacheStore(() => this.env.clock.now()))
      );
    return store;
  }

  evictAll(): void {
    for (const store of [this.script, this.document, ...this.users.values()])
      store.evictAll();
  }

  getScriptCache(): Cache {
    return asOfficial(new FakeCache(this.script));
  }

  getUserCache(): Cache {
    return asOfficial(new FakeCache(this.user(effectiveUserEmail(this.env))));
  }

  getDocumentCache(): Cache {
    if (this.hasContainer()) return asOfficial(new FakeCache(this.document));
    // Apps Script returns null outside a container; the official typing omits the null.
    return null as unknown as Cache;
  }
}

export function createCacheService(
  env: Environment,
  hasContainer?: () => boolean
): FakeCacheService {
  return new FakeCacheService(env, hasContainer);
}

import {effectiveUserEmail, Environment} from '../core/environment';
import {ScriptException, SERVICE} from '../core/service';
import {asOfficial} from '../core/official-types';

type Properties = GoogleAppsScript.Properties.Properties;

/** https://developers.google.com/apps-script/guides/services/quotas: property value size / total. */
export const PROPERTY_VALUE_LIMIT_BYTES = 9 * 1024;
export const PROPERTY_STORE_LIMIT_BYTES = 500 * 1024;
// PLATFORM.md: Quotas.
const STORE_FULL =
  'You have exceeded the property storage quota. Please remove some properties and try again.';
// Unverified: the per-value message, as commonly reported from Apps Script logs.
const VALUE_TOO_LARGE = 'Argument too large: value';

function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** One property store (script, a user's, or a document's): string keys to string values. */
export class PropertyStore {
  private readonly values = new Map<string, string>();

  get(key: string): string | null {
    return this.values.get(key) ?? null;
  }

  entries(): Record<string, string> {
    return Object.fromEntries(this.values);
  }

  keys(): string[] {
    return [...this.values.keys()];
  }

  /** Replaces the store's content after checking Apps Script's size limits. */
  replace(next: Map<string, string>): void {
    let total = 0;
    for (const [key, value] of next) {
      if (byteLength(value) > PROPERTY_VALUE_LIMIT_BYTES)
        throw new ScriptException(VALUE_TOO_LARGE);
      total += byteLength(key) + byteLength(value);
    }
    if (total > PROPERTY_STORE_LIMIT_BYTES)
      throw new ScriptException(STORE_FULL);
    this.values.clear();
    for (const [key, value] of next) this.values.set(key, value);
  }

  set(key: string, value: string): void {
    const next = new Map(this.values);
    next.set(key, value);
    this.replace(next);
  }

  delete(key: string): void {
    this.values.delete(key);
  }

  clear(): void {
    this.values.clear();
  }

  snapshot(): Map<string, string> {
    return new Map(this.values);
  }
}

/** Values are stored as strings: a number or object is converted with String(). */
function asStored(value: unknown): string {
  return String(value);
}

export class FakeProperties implements Pick<
  Properties,
  | 'getProperty'
  | 'setProperty'
  | 'setProperties'
  | 'getProperties'
  | 'getKeys'
  | 'deleteProperty'
  | 'deleteAllProperties'
> {
  readonly [SERVICE] = 'PropertiesService.Properties';

  constructor(private readonly store: PropertyStore) {}

  getProperty(key: string): string | null {
    return this.store.get(key);
  }

  setProperty(key: string, value: string): Properties {
    this.store.set(key, asStored(value));
    return asOfficial(this);
  }

  setProperties(
    properties: Record<string, string>,
    deleteAllOthers?: boolean
  ): Properties {
    const next = deleteAllOthers
      ? new Map<string, string>()
      : this.store.snapshot();
    for (const [key, value] of Object.entries(properties))
      next.set(key, asStored(value));
    this.store.replace(next);
    return asOfficial(this);
  }

  getProperties(): Record<string, string> {
    return this.store.entries();
  }

  getKeys(): string[] {
    return this.store.keys();
  }

  deleteProperty(key: string): Properties {
    this.store.delete(key);
    return asOfficial(this);
  }

  deleteAllProperties(): Properties {
    this.store.clear();
    return asOfficial(this);
  }
}

/**
 * PropertiesService (https://developers.google.com/apps-script/reference/properties/properties-service).
 * Host API: `script`, `user(email)`, `document` stores, read and written directly (not counted).
 */
export class FakePropertiesService implements Pick<
  GoogleAppsScript.Properties.PropertiesService,
  'getScriptProperties' | 'getUserProperties' | 'getDocumentProperties'
> {
  readonly [SERVICE] = 'PropertiesService';
  readonly script = new PropertyStore();
  readonly document = new PropertyStore();
  private readonly users = new Map<string, PropertyStore>();

  constructor(
    private readonly env: Environment,
    /** Whether the script is bound to a document (else getDocumentProperties returns null). */
    private readonly hasContainer: () => boolean = () => true
  ) {}

  user(email: string): PropertyStore {
    let store = this.users.get(email);
    if (!store) this.users.set(email, (store = new PropertyStore()));
    return store;
  }

  getScriptProperties(): Properties {
    return asOfficial(new FakeProperties(this.script));
  }

  getUserProperties(): Properties {
    return asOfficial(
      new FakeProperties(this.user(effectiveUserEmail(this.env)))
    );
  }

  getDocumentProperties(): Properties {
    if (this.hasContainer())
      return asOfficial(new FakeProperties(this.document));
    // Apps Script returns null outside a container; the official typing omits the null.
    return null as unknown as Properties;
  }
}

export function createPropertiesService(
  env: Environment,
  hasContainer?: () => boolean
): FakePropertiesService {
  return new FakePropertiesService(env, hasContainer);
}

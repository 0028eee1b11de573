// Values read once per execution (the Script Properties, the web app's URL) while a handler runs.

/**
 * Apps Script starts every execution with fresh globals, but one realm may serve many executions
 * elsewhere (the emulator keeps it), so a value is kept only inside `withExecutionScope`.
 */
let scope: Map<string, unknown> | undefined;

/** Runs a handler with its own memory of values read once; a nested call shares the outer one. */
export function withExecutionScope<T>(work: () => T): T {
  if (scope) return work();
  scope = new Map();
  try {
    return work();
  } finally {
    scope = undefined;
  }
}

/** `load()` once per scope; every call outside a scope loads again. */
export function remembered<T>(key: string, load: () => T): T {
  if (!scope) return load();
  if (scope.has(key)) return scope.get(key) as T;
  const value = load();
  scope.set(key, value);
  return value;
}

/** Keeps `value` as what `remembered(key, …)` gives for the rest of this scope (none outside one). */
export function remember(key: string, value: unknown): void {
  scope?.set(key, value);
}

/** What `remembered` holds for `key` in this scope, if anything (never loads). */
export function rememberedValue<T>(key: string): T | undefined {
  return scope?.get(key) as T | undefined;
}

/** The next `remembered(key, …)` loads again. */
export function forget(key: string): void {
  scope?.delete(key);
}

export function inScope(): boolean {
  return scope !== undefined;
}

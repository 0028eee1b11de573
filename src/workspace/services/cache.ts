/**
 * CacheService as a hint: values are JSON, a miss (null at any time) is normal, and values over
 * Google's 100 KB limit are simply not cached (platform.md: Quotas).
 */
const MAX_VALUE_CHARS = 100_000;
const MAX_SECONDS = 6 * 60 * 60;

export function cachedJson<T>(key: string): T | undefined {
  const text = CacheService.getScriptCache().get(key);
  if (text === null) return undefined;
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
}

export function cacheJson(key: string, value: unknown): void {
  const text = JSON.stringify(value);
  if (text.length <= MAX_VALUE_CHARS)
    CacheService.getScriptCache().put(key, text, MAX_SECONDS);
}

export function forget(key: string): void {
  CacheService.getScriptCache().remove(key);
}

/**
 * Bridges between the fakes and the official `@types/google-apps-script` declarations.
 *
 * Each fake class declares `implements Pick<Official, 'the methods scripts use'>`, so every method
 * it has is checked against Google's signature. A method that returns another Apps Script object
 * (or `this`, for chaining) must return the full official type, which a partial fake is not:
 * `asOfficial` is the one place that claim is made.
 */
export function asOfficial<T>(fake: object): T {
  return fake as T;
}

/**
 * Apps Script enums are opaque Java enum values whose `String()` is their name and which compare by
 * identity (`trigger.getEventType() == ScriptApp.EventType.CLOCK`). Name strings behave the same
 * for every use a script makes of them, and cross the realm membrane unchanged.
 */
export type EnumValues<N extends string> = Readonly<{[K in N]: K}>;

export function appsScriptEnum<N extends string>(
  names: readonly N[]
): EnumValues<N> {
  const values: Record<string, string> = {};
  for (const name of names) values[name] = name;
  return Object.freeze(values) as EnumValues<N>;
}

/** The official typings declare these enums as numeric TypeScript enums; the fakes use names. */
export function asOfficialEnum<T>(values: EnumValues<string>): T {
  return values as unknown as T;
}

/** One enum value as the official typing declares it (see `appsScriptEnum`). */
export function asOfficialEnumValue<T>(name: string): T {
  return name as unknown as T;
}

/**
 * Bridges between the fakes and the official `@types/google-apps-script` declarations.
 *
 * The house way: each fake class declares `implements Pick<Official, 'the methods scripts use'>`,
 * so every method it has is checked against Google's signature. A method that returns another Apps
 * Script object (or `this`, for chaining) must return the full official type, which a partial fake
 * is not: `asOfficial` is the one place that claim is made. The SpreadsheetApp fakes still declare
 * `ApiOf` (below), which relaxes those positions instead.
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

/** An enum of these names, as the official typings declare it (numeric TypeScript enums, hence the cast). */
export function officialEnum<T>(names: readonly string[]): T {
  return appsScriptEnum(names) as unknown as T;
}

/** One enum value as the official typing declares it (see `appsScriptEnum`). */
export function asOfficialEnumValue<T>(name: string): T {
  return name as unknown as T;
}

/**
 * What a SpreadsheetApp fake implements: the named methods of an official Apps Script interface,
 * checked against its parameter and result types, except where those are other Apps Script
 * objects. A fake takes and returns other fakes, which implement only part of their interfaces, so
 * such positions are relaxed (results to `unknown`, parameters to `never`, i.e. anything the fake
 * chooses).
 */
type Plain = string | number | boolean | void | null | undefined | Date;

type PlainResult<R> = R extends Plain
  ? R
  : R extends readonly (infer E)[]
    ? readonly PlainResult<E>[]
    : unknown;

type PlainParam<P> = P extends Plain
  ? P
  : P extends readonly (infer E)[]
    ? PlainParam<E>[]
    : never;

export type ApiOf<T, K extends keyof T> = {
  [M in K]: T[M] extends (...args: infer A) => infer R
    ? (...args: {[I in keyof A]: PlainParam<A[I]>}) => PlainResult<R>
    : T[M];
};

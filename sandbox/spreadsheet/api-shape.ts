/**
 * What a fake implements: the named methods of an official Apps Script interface, checked against
 * its parameter and result types, except where those are other Apps Script objects. A fake takes
 * and returns other fakes, which implement only part of their interfaces, so such positions are
 * relaxed (results to `unknown`, parameters to `never`, i.e. anything the fake chooses).
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

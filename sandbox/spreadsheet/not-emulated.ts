/** Stubs for the documented methods a fake does not model: they throw "not emulated: Class.method". */
import {ScriptException} from '../core/service';

const STUB = Symbol('not-emulated');

/**
 * Gives `fake`'s prototype a stub for each of Google's method `names` it lacks, so a script calling
 * one stops with `Exception: not emulated: Sheet.hideRows` instead of `TypeError: … is not a
 * function`, which would read as a bug in the script.
 */
export function stubNotEmulated(
  fake: {prototype: object},
  className: string,
  names: readonly string[]
): void {
  for (const name of names) {
    if (name in fake.prototype) continue;
    const stub = () => {
      throw new ScriptException(`not emulated: ${className}.${name}`);
    };
    Object.defineProperty(stub, STUB, {value: true});
    Object.defineProperty(fake.prototype, name, {
      value: stub,
      writable: true,
      configurable: true,
    });
  }
}

/** Which of `names` are stubs on `fake`: what sandbox/README.md lists as not emulated. */
export function notEmulatedMethods(
  fake: {prototype: object},
  names: readonly string[]
): string[] {
  return names.filter(name => {
    const member: unknown = Reflect.get(fake.prototype, name);
    return typeof member === 'function' && STUB in member;
  });
}

/**
 * The bundle realm's side of the membrane, as JavaScript source evaluated inside that realm: the
 * proxies a script sees for Apps Script objects, their methods, and the errors it catches are all
 * made there, so no function, prototype or constructor the script can reach belongs to the host
 * (`SpreadsheetApp.getActive.constructor('return process')()` finds the realm's Function, which
 * has no `process`). The host functions below stay in closures and their errors are re-thrown as
 * the realm's.
 */

import {GUARD_SOURCE} from './realm-guard';

/** What the realm's proxies ask of the host membrane about one fake (an opaque handle here). */
export interface HostBridge {
  /** 0: not a member the script may see, 1: a method, 2: a value, 3: a value that throws when read. */
  kind(target: object, key: string): number;
  /** A value member, already converted for the bundle. */
  read(target: object, key: string): unknown;
  /** The member names the script sees, in order. */
  keys(target: object): readonly string[];
  /** Calls a method with the bundle's arguments; returns a bundle value or throws a realm error. */
  call(target: object, name: string, args: unknown[]): unknown;
  /** Assigns a property a script may set (HtmlTemplate variables); false if it may not. */
  write(target: object, key: string, value: unknown): boolean;
  /** What `String(object)` prints on Apps Script: the class name, e.g. `Range`. */
  className(target: object): string;
}

/** What the realm hands the host: its intrinsics and the makers of sealed values. */
export interface RealmIntrinsics {
  Date: DateConstructor;
  Array: ArrayConstructor;
  Object: ObjectConstructor;
  Error: ErrorConstructor;
  /** The proxy the bundle sees for a fake. */
  serviceProxy(target: object): object;
  /** Calls a bundle function from the realm, so it sees no host caller. */
  invoke(fn: unknown, args: unknown[]): unknown;
  /** An error of the realm, as a service throws it. */
  error(name: string, message: string): Error;
  /** Runs a template's scriptlets in the realm (see ScriptRealm in service.ts). */
  runScriptlets(body: string, variables: object): string;
}

export const REALM_BRIDGE_SOURCE = String.raw`(function sealRealm(host, scriptFile) {
  'use strict';
${GUARD_SOURCE}
  // A stack the script sees holds only its own frames: Google's service internals never show in
  // one (docs/platform.md, Runtime), and the emulator's would name host files. A script's own
  // Error.prepareStackTrace is honoured, and sees the same frames.
  let scriptHook;
  const formatStack = (error, frames) => {
    let text;
    try { text = RealError.prototype.toString.call(error); } catch (_) { text = 'Error'; }
    for (const frame of frames) text += '\n    at ' + frame;
    return text;
  };
  const prepareStackTrace = (error, frames) => {
    const own = frames.filter(frame => frame.getFileName() === scriptFile);
    return (scriptHook || formatStack)(error, own);
  };
  Object.defineProperty(RealError, 'prepareStackTrace', {
    get: () => prepareStackTrace,
    set: hook => { scriptHook = hook === prepareStackTrace ? undefined : hook; },
  });
  const kind = guard(host.kind);
  const read = guard(host.read);
  const keys = guard(host.keys);
  const call = guard(host.call);
  const write = guard(host.write);
  const className = guard(host.className);

  const serviceProxy = target => {
    const methods = new Map();
    const methodFor = name => {
      let method = methods.get(name);
      if (!method) {
        method = {[name](...args) { return call(target, name, args); }}[name];
        methods.set(name, method);
      }
      return method;
    };
    const memberKind = key => (typeof key === 'string' ? kind(target, key) : 0);
    const toString = {toString() { return className(target); }}.toString;
    const shell = {};
    return new Proxy(shell, {
      get(_, key, receiver) {
        const k = memberKind(key);
        if (k === 1) return methodFor(key);
        if (k >= 2) return read(target, key);
        if (key === 'toString') return toString;
        return Reflect.get(shell, key, receiver);
      },
      has(_, key) {
        return memberKind(key) !== 0 || key in shell;
      },
      ownKeys() {
        const names = keys(target);
        const copy = [];
        for (let i = 0; i < names.length; i++) copy.push(String(names[i]));
        return copy;
      },
      getOwnPropertyDescriptor(_, key) {
        const k = memberKind(key);
        if (k === 0) return undefined;
        if (k === 3) return {get: () => read(target, key), enumerable: true, configurable: true};
        const value = k === 1 ? methodFor(key) : read(target, key);
        return {value, writable: k === 2, enumerable: true, configurable: true};
      },
      set(_, key, value) {
        return typeof key === 'string' && write(target, key, value);
      },
      defineProperty: () => false,
      deleteProperty: () => false,
      setPrototypeOf: () => false,
      preventExtensions: () => false,
    });
  };

  const invoke = (fn, args) => Reflect.apply(fn, undefined, args);

  const error = (name, message) => {
    const made = new RealError(message);
    made.name = name;
    return made;
  };

  const runScriptlets = (body, variables) => {
    const out = [];
    // Scriptlets are code by design: sloppy-mode 'with' gives them the template's variables.
    new Function('__out', '__vars', 'with (__vars) {\n' + body + '\n}')(out, variables);
    return out.join('');
  };

  return {Date, Array, Object, Error, serviceProxy, invoke, error, runScriptlets};
})`;

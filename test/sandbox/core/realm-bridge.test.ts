import {VirtualClock} from '../../../sandbox/core/clock';
import {Executions} from '../../../sandbox/core/execution';
import {DEFAULT_LATENCY} from '../../../sandbox/core/latency';
import {officialMembers} from '../../../sandbox/core/official-members';
import {BundleRealm} from '../../../sandbox/core/realm';
import {SERVICE, ScriptException} from '../../../sandbox/core/service';

/**
 * The known ways out of a Node `vm` realm, tried from a bundle. Apps Script gives a script no
 * Node and no host: PLATFORM.md, Runtime ("No Node or browser APIs"). Each probe returns what it
 * reached; `typeof process` is 'undefined' in the bundle's realm and 'object' in the host's.
 */
class FakeRange {
  readonly [SERVICE] = 'SpreadsheetApp.Range';
  private readonly secret = 'host field';
  hostOnlyHelper(): string {
    return this.secret;
  }
  getValues(): unknown[][] {
    return [[new Date(0), 'a']];
  }
  getCell(): never {
    throw new ScriptException(
      'The coordinates of the range are outside the dimensions of the sheet.'
    );
  }
  getDataSourceUrl(): Uint8Array {
    // Not what Google returns: a host object that is neither plain nor an Apps Script object.
    return new Uint8Array([1, 2]);
  }
}

class FakeSpreadsheetApp {
  readonly [SERVICE] = 'SpreadsheetApp';
  readonly range = new FakeRange();
  readonly Dimension = Object.freeze({COLUMNS: 'COLUMNS', ROWS: 'ROWS'});
  getActiveRange(): FakeRange {
    return this.range;
  }
  flush(): void {}
}

const ESCAPES = String.raw`
  const reach = fn => { try { return fn('return typeof process')(); } catch (e) { return 'threw ' + e.name; } };
  function viaFunction() { return reach(SpreadsheetApp.getActiveRange.constructor); }
  function viaService() { return reach(SpreadsheetApp.constructor.constructor); }
  function viaPrototype() { return reach(Object.getPrototypeOf(SpreadsheetApp).constructor.constructor); }
  function viaProto() { return reach(SpreadsheetApp.__proto__.constructor.constructor); }
  function viaReturnedObject() { return reach(Object.getPrototypeOf(SpreadsheetApp.getActiveRange()).constructor.constructor); }
  function viaMethodOfReturned() { return reach(SpreadsheetApp.getActiveRange().getValues.constructor); }
  function viaHostError() {
    try { SpreadsheetApp.getActiveRange().getCell(99, 99); } catch (e) { return reach(e.constructor.constructor); }
  }
  function viaProxyTrapError() {
    try { Object.defineProperty(SpreadsheetApp, 'x', {value: 1}); } catch (e) { return reach(e.constructor.constructor); }
    return 'defined';
  }
  function viaStrictWrite() {
    'use strict';
    try { SpreadsheetApp.flush = 1; } catch (e) { return reach(e.constructor.constructor); }
    return 'written';
  }
  function viaEvent(e) { return reach(e.constructor.constructor) + ' ' + reach(e.range.getValues.constructor); }
  function viaReturnedValue() {
    const bytes = SpreadsheetApp.getActiveRange().getDataSourceUrl();
    return reach(bytes.constructor.constructor) + ' ' + Array.isArray(bytes);
  }
  function viaCaller() { return [viaCaller.caller, arguments.callee.caller].map(String).join(' '); }
  function viaStackFrames() {
    const previous = Error.prepareStackTrace;
    Error.prepareStackTrace = (error, frames) => frames;
    Error.stackTraceLimit = Infinity;
    let frames;
    try { SpreadsheetApp.getActiveRange().getCell(99, 99); } catch (e) { frames = e.stack; }
    Error.prepareStackTrace = previous;
    if (!Array.isArray(frames)) return 'no frames';
    const reached = [];
    for (const frame of frames) {
      for (const value of [frame.getThis(), frame.getFunction()]) {
        if (value === undefined || value === null) continue;
        const fn = typeof value === 'function' ? value.constructor : value.constructor && value.constructor.constructor;
        if (fn && reach(fn) !== 'undefined') reached.push(reach(fn));
      }
    }
    return reached.join(',') || 'nothing';
  }
  function viaGlobalThis() { return reach(globalThis.constructor.constructor) + ' ' + reach(this.constructor.constructor); }
`;

function load(): {realm: BundleRealm; executions: Executions} {
  const clock = new VirtualClock(Date.UTC(2026, 10, 23, 15));
  const executions = new Executions(clock, DEFAULT_LATENCY);
  const realm = new BundleRealm(
    ESCAPES + INSPECT,
    {SpreadsheetApp: new FakeSpreadsheetApp()},
    {clock, executions, timeZone: 'America/Chicago'}
  );
  return {realm, executions};
}

function probe(name: string, ...args: unknown[]): unknown {
  const {realm, executions} = load();
  executions.begin({functionName: name, cause: 'manual', user: 'a@x'});
  try {
    return realm.call(name, ...args);
  } finally {
    executions.end('completed');
  }
}

const INSPECT = String.raw`
  function keysOf() {
    const range = SpreadsheetApp.getActiveRange();
    return {
      app: Object.keys(SpreadsheetApp),
      range: Object.getOwnPropertyNames(range),
      symbols: Object.getOwnPropertySymbols(SpreadsheetApp).length + Object.getOwnPropertySymbols(range).length,
      forIn: (() => { const seen = []; for (const k in range) seen.push(k); return seen; })(),
      hidden: ['secret', 'hostOnlyHelper', 'range'].map(k => typeof range[k] + ':' + (k in range) + ':' + typeof SpreadsheetApp[k]),
      printed: String(SpreadsheetApp) + ' ' + String(range),
      same: SpreadsheetApp.getActiveRange() === range && range.getValues === range.getValues,
    };
  }
`;

describe('the sealed realm', () => {
  // The escapes the issue names and the classic vm ones: each must stay inside the realm.
  it.each([
    'viaFunction',
    'viaService',
    'viaPrototype',
    'viaProto',
    'viaReturnedObject',
    'viaMethodOfReturned',
    'viaHostError',
    'viaProxyTrapError',
    'viaStrictWrite',
  ])('%s reaches no host process', name => {
    expect(probe(name)).toBe('undefined');
  });

  it('gives trigger events, their objects and returned host values no host constructors', () => {
    const range = new FakeRange();
    expect(probe('viaEvent', {range, value: 'x'})).toBe('undefined undefined');
    expect(probe('viaReturnedValue')).toBe('undefined true');
  });

  it('shows no host caller, stack frame or global', () => {
    expect(probe('viaCaller')).toBe('null null');
    expect(probe('viaStackFrames')).toBe('nothing');
    expect(probe('viaGlobalThis')).toBe('undefined undefined');
  });

  it('shows only the official members of each object, no private fields or host API', () => {
    // Apps Script objects list their methods and enums to introspection ("Google Sheets
    // Programming With Google Apps Script", ch. 4; docs/platform.md: Runtime), no internals.
    const seen = probe('keysOf') as Record<string, unknown>;
    // Every official member, modelled or not (those it lacks say "not emulated" when called).
    expect(seen.app).toEqual([...officialMembers('SpreadsheetApp')]);
    expect(seen.range).toEqual([...officialMembers('SpreadsheetApp.Range')]);
    expect(seen.forIn).toEqual(seen.range);
    expect(seen.symbols).toBe(0);
    expect(seen.hidden).toEqual([
      'undefined:false:undefined',
      'undefined:false:undefined',
      'undefined:false:undefined',
    ]);
    expect(seen.printed).toBe('SpreadsheetApp Range');
    expect(seen.same).toBe(true);
    expect(officialMembers('SpreadsheetApp.Range').has('hostOnlyHelper')).toBe(
      false
    );
  });
});

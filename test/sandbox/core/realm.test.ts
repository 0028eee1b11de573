import {VirtualClock} from '../../../sandbox/core/clock';
import {Executions, EXECUTION_LIMIT_MS} from '../../../sandbox/core/execution';
import {DEFAULT_LATENCY, withLatency} from '../../../sandbox/core/latency';
import {BundleRealm} from '../../../sandbox/core/realm';
import {SERVICE, ScriptException} from '../../../sandbox/core/service';

class FakeCells {
  readonly [SERVICE] = 'SpreadsheetApp.Range';
  written: unknown[][] = [];
  getValues(): unknown[][] {
    return [[new Date(Date.UTC(2026, 10, 23, 14, 5)), 'text', 3]];
  }
  setValues(values: unknown[][]): this {
    this.written = values;
    return this;
  }
  getValue(): unknown {
    return 'text';
  }
  setValue(value: unknown): this {
    this.written = [[value]];
    return this;
  }
  getCell(): never {
    throw new ScriptException(
      'The coordinates of the range are outside the dimensions of the sheet.'
    );
  }
}

class FakeApp {
  readonly [SERVICE] = 'SpreadsheetApp';
  readonly cells = new FakeCells();
  getActiveRange(): FakeCells {
    return this.cells;
  }
}

const START = Date.UTC(2026, 10, 23, 14, 0);

function load(code: string, latency = DEFAULT_LATENCY) {
  const clock = new VirtualClock(START);
  const executions = new Executions(clock, latency);
  const app = new FakeApp();
  const realm = new BundleRealm(
    code,
    {SpreadsheetApp: app},
    {clock, executions, timeZone: 'America/Chicago'}
  );
  return {clock, executions, app, realm};
}

function run<T>(
  env: ReturnType<typeof load>,
  name: string,
  ...args: unknown[]
): {result?: T; record: ReturnType<Executions['end']>} {
  env.executions.begin({
    functionName: name,
    cause: 'manual',
    user: 'a@school.example',
  });
  try {
    const result = env.realm.call(name, ...args) as T;
    return {result, record: env.executions.end('completed')};
  } catch (error) {
    return {record: env.executions.end('failed', String(error))};
  }
}

describe('the bundle realm', () => {
  // platform.md, Runtime: no Node or browser APIs exist in Apps Script.
  it('has no require, process, Buffer, setTimeout or fetch', () => {
    const env = load(
      'function probe() { return [typeof require, typeof process, typeof Buffer, typeof setTimeout, typeof fetch].join(","); }'
    );
    expect(run<string>(env, 'probe').result).toBe(
      'undefined,undefined,undefined,undefined,undefined'
    );
  });

  // platform.md, toolchain facts: values made by the host fail instanceof inside a vm realm unless converted.
  it('hands the bundle Dates and arrays of its own realm', () => {
    const env = load(
      'function probe() { const v = SpreadsheetApp.getActiveRange().getValues(); return [v instanceof Array, v[0] instanceof Array, v[0][0] instanceof Date, v[0][0].toISOString()].join(","); }'
    );
    expect(run<string>(env, 'probe').result).toBe(
      'true,true,true,2026-11-23T14:05:00.000Z'
    );
  });

  it('hands the fakes host values for what the bundle writes', () => {
    const env = load(
      'function write() { SpreadsheetApp.getActiveRange().setValues([[new Date(0), "x"]]); }'
    );
    run(env, 'write');
    expect(env.app.cells.written[0][0]).toBeInstanceOf(Date);
    expect(Array.isArray(env.app.cells.written)).toBe(true);
  });

  it('reads the virtual clock through new Date() and Date.now()', () => {
    const env = load(
      'function now() { return [new Date().getTime(), Date.now()]; }'
    );
    env.clock.advance(90_000);
    expect(run<number[]>(env, 'now').result).toEqual([
      START + 90_000,
      START + 90_000,
    ]);
  });

  it('counts every service call by service, class and method and charges its latency', () => {
    const env = load(
      'function read() { const r = SpreadsheetApp.getActiveRange(); r.getValues(); r.getValues(); }'
    );
    const {record} = run(env, 'read');
    expect(record.calls).toEqual({
      'SpreadsheetApp.getActiveRange': 1,
      'SpreadsheetApp.Range.getValues': 2,
    });
    const expected =
      DEFAULT_LATENCY.perCall['SpreadsheetApp'] * 3 +
      2 * 3 * DEFAULT_LATENCY.readCellMs;
    expect(record.serviceMs).toBeCloseTo(expected, 6);
    expect(record.modelledMs).toBeCloseTo(expected + record.cpuMs, 6);
    // The clock sums fractional charges one by one: allow float rounding, not a lost charge.
    expect(env.clock.now() - START).toBeCloseTo(record.modelledMs, 2);
  });

  it('counts the cells each call moves: a 2-D array’s, or one for a single cell', () => {
    const env = load(
      `function move() {
        const r = SpreadsheetApp.getActiveRange();
        r.getValues();
        r.getValue();
        r.setValues([[1, 2], [3, 4]]);
        r.setValue(5);
      }`
    );
    const {record} = run(env, 'move');
    expect(record.cellsRead).toBe(3 + 1);
    expect(record.cellsWritten).toBe(4 + 1);
  });

  // platform.md, Runtime: the bundle sees Apps Script's errors as its own Error with the platform's text.
  it('turns a fake error into an Error of the bundle realm, printed as Exception: …', () => {
    const env = load(
      'function probe() { try { SpreadsheetApp.getActiveRange().getCell(9, 9); } catch (e) { return [e instanceof Error, String(e)].join("|"); } }'
    );
    expect(run<string>(env, 'probe').result).toBe(
      'true|Exception: The coordinates of the range are outside the dimensions of the sheet.'
    );
  });

  // platform.md, Runtime: 6 minutes per execution.
  // Apps Script's stacks name the script's files only ("at myFunction(Code:3)"); the service
  // internals behind a call never show (docs/platform.md, Runtime: error stacks).
  it("shows the script its own frames only in an error's stack, never the emulator's files", () => {
    const env = load(String.raw`
function failing() {
  return SpreadsheetApp.getActiveRange().getCell(9, 9);
}
function stacks() {
  let fromService;
  try { failing(); } catch (e) { fromService = e.stack; }
  const own = new Error('mine').stack;
  Error.prepareStackTrace = (e, frames) => frames.map(f => f.getFileName() + ':' + f.getFunctionName()).join(' ');
  const viaHook = new Error('hooked').stack;
  Error.prepareStackTrace = undefined;
  return [fromService, own, viaHook, new Error('again').stack];
}`);
    const [fromService, own, viaHook, again] = run<string[]>(
      env,
      'stacks'
    ).result!;
    expect(fromService).toMatch(
      /^Exception: The coordinates of the range are outside the dimensions of the sheet\.\n {4}at failing \(Code\.js:3:\d+\)\n {4}at stacks \(Code\.js:7:\d+\)$/
    );
    expect(own).toMatch(/^Error: mine\n {4}at stacks \(Code\.js:8:\d+\)$/);
    expect(viaHook).toBe('Code.js:stacks');
    expect(again).toMatch(/^Error: again\n {4}at stacks/);
  });

  it('stops an execution that runs past six minutes of modelled time, even if the script catches it', () => {
    const slow = withLatency({
      perCall: {'SpreadsheetApp.Range.getValues': 60_000},
    });
    const env = load(
      'function loop() { const r = SpreadsheetApp.getActiveRange(); for (let i = 0; i < 10; i++) { try { r.getValues(); } catch (e) {} } }',
      slow
    );
    const {record} = run(env, 'loop');
    expect(record.outcome).toBe('timed out');
    expect(record.error).toBe('Exceeded maximum execution time');
    expect(record.endedAt - record.startedAt).toBeGreaterThan(
      EXECUTION_LIMIT_MS
    );
    // The sixth read crosses the limit; the script's later calls never reach a service.
    expect(record.calls['SpreadsheetApp.Range.getValues']).toBe(6);
  });

  it('kills an execution at its Nth service call when asked', () => {
    const env = load(
      'function write() { const r = SpreadsheetApp.getActiveRange(); r.setValues([[1]]); }'
    );
    env.executions.killAtCall(2);
    const {record} = run(env, 'write');
    expect(record.outcome).toBe('killed');
    expect(env.app.cells.written).toEqual([]);
  });

  it('reports a missing function as Apps Script does', () => {
    const env = load('function a() {}');
    const {record} = run(env, 'nope');
    expect(record.error).toBe('Error: Script function not found: nope');
  });
});

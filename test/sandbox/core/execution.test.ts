import {VirtualClock} from '../../../sandbox/core/clock';
import {
  DAILY_TRIGGER_RUNTIME_MS,
  Executions,
} from '../../../sandbox/core/execution';
import {
  DEFAULT_LATENCY,
  isRoundTrip,
  latencyFor,
  withLatency,
} from '../../../sandbox/core/latency';
import {BundleRealm} from '../../../sandbox/core/realm';
import {SERVICE} from '../../../sandbox/core/service';

describe('executions', () => {
  it('runs end hooks once when the execution ends, whatever its outcome', () => {
    const executions = new Executions(new VirtualClock(0), DEFAULT_LATENCY);
    const released: string[] = [];
    executions.begin({functionName: 'f', cause: 'manual', user: 'u@x'});
    executions.onEnd(() => released.push('lock'));
    executions.end('failed', 'boom');
    executions.begin({functionName: 'g', cause: 'manual', user: 'u@x'});
    executions.end('completed');
    expect(released).toEqual(['lock']);
    expect(executions.history.map(r => [r.functionName, r.outcome])).toEqual([
      ['f', 'failed'],
      ['g', 'completed'],
    ]);
  });

  it('knows whose authority the current execution has and who acted', () => {
    const executions = new Executions(new VirtualClock(0), DEFAULT_LATENCY);
    expect(executions.effectiveUser()).toBe('');
    expect(executions.activeUser()).toBeUndefined();
    executions.begin({
      functionName: 'f',
      cause: 'menu',
      user: 'tech@school.example',
    });
    expect(executions.effectiveUser()).toBe('tech@school.example');
    expect(executions.activeUser()).toBe('tech@school.example');
    executions.end('completed');
    executions.begin({
      functionName: 'f',
      cause: 'ON_EDIT',
      user: 'coordinator@school.example',
      person: 'student@other.example',
      activeUser: '',
    });
    expect(executions.effectiveUser()).toBe('coordinator@school.example');
    expect(executions.activeUser()).toBe('');
    expect(executions.person()).toBe('student@other.example');
  });

  it('refuses to start a second execution while one runs', () => {
    const executions = new Executions(new VirtualClock(0), DEFAULT_LATENCY);
    executions.begin({functionName: 'f', cause: 'manual', user: ''});
    expect(() =>
      executions.begin({functionName: 'g', cause: 'manual', user: ''})
    ).toThrow('An execution of f is still running.');
  });

  it('does not count or charge calls made outside an execution', () => {
    const clock = new VirtualClock(0);
    const executions = new Executions(clock, DEFAULT_LATENCY);
    executions.chargeCall('SpreadsheetApp.Range.getValues', 100);
    expect(clock.now()).toBe(0);
  });
});

class FakeApp {
  readonly [SERVICE] = 'SpreadsheetApp';
  flush(): void {}
}

/** A script that spends CPU between `calls` service calls (a sum over a million numbers each time). */
const BUSY = `function busy(calls) {
  let total = 0;
  for (let c = 0; c < calls; c++) {
    for (let i = 0; i < 1e6; i++) total += i % 7;
    SpreadsheetApp.flush();
  }
  return total;
}`;

function runBusy(calls: number, cpuFactor: number) {
  const clock = new VirtualClock(0);
  const executions = new Executions(clock, withLatency({cpuFactor}));
  const realm = new BundleRealm(
    BUSY,
    {SpreadsheetApp: new FakeApp()},
    {clock, executions, timeZone: 'UTC'}
  );
  executions.begin({functionName: 'busy', cause: 'CLOCK', user: 'u@x'});
  try {
    realm.call('busy', calls);
    return {clock, record: executions.end('completed')};
  } catch (error) {
    return {clock, record: executions.end('failed', String(error))};
  }
}

describe('the cost of an execution', () => {
  // PLATFORM.md, Spreadsheets: "The script's own JavaScript time counts toward the 6 minutes".
  it('puts the bundle’s own CPU time on the clock beside service time', () => {
    const {clock, record} = runBusy(3, 1);
    expect(record.cpuMs).toBeGreaterThan(0);
    expect(record.serviceMs).toBe(3 * 30);
    expect(record.modelledMs).toBeCloseTo(record.serviceMs + record.cpuMs, 6);
    expect(clock.now()).toBeCloseTo(record.modelledMs, 6);
  });

  it('counts CPU toward the six-minute limit, scaled by the cpu factor', () => {
    // https://developers.google.com/apps-script/guides/services/quotas: script runtime 6 min.
    const {record} = runBusy(10, 1e6);
    expect(record.outcome).toBe('timed out');
    expect(record.error).toBe('Exceeded maximum execution time');
    expect(record.calls['SpreadsheetApp.flush'] ?? 0).toBeLessThan(10);
    expect(runBusy(1, 0).record.cpuMs).toBe(0);
  });

  it('charges cells a script writes more than cells it reads', () => {
    // core/latency.ts cites the measurements: writes cost more per cell than reads.
    const clock = new VirtualClock(0);
    const executions = new Executions(clock, DEFAULT_LATENCY);
    executions.begin({functionName: 'f', cause: 'manual', user: 'u@x'});
    executions.chargeCells(10_000);
    const read = clock.now();
    executions.chargeCall('SpreadsheetApp.Range.setValues', 10_000);
    const written = clock.now() - read - 50;
    expect(read).toBeCloseTo(10_000 * DEFAULT_LATENCY.readCellMs, 6);
    expect(written).toBeCloseTo(10_000 * DEFAULT_LATENCY.writeCellMs, 6);
    expect(written).toBeGreaterThan(read);
    const record = executions.end('completed');
    expect(record.cellsRead).toBe(10_000);
    expect(record.cellsWritten).toBe(10_000);
  });

  it('stops triggers once a user’s daily trigger runtime is used up, until 24 hours after the first', () => {
    // https://developers.google.com/apps-script/guides/services/quotas: "Triggers total runtime"
    // 90 min / day (consumer); quotas "reset 24 hours after the first request". The error text
    // is as seen in the wild (github.com/webdigi/GmailScheduler, commit 077cb35).
    const clock = new VirtualClock(0);
    const executions = new Executions(
      clock,
      DEFAULT_LATENCY,
      DAILY_TRIGGER_RUNTIME_MS.consumer
    );
    const sweep = (cause = 'CLOCK') => {
      executions.begin({functionName: 'sweep', cause, user: 'owner@x'});
      try {
        executions.throwIfStopped();
        executions.charge(5 * 60_000);
        return executions.end('completed');
      } catch (error) {
        return executions.end('failed', String(error));
      }
    };
    const outcomes = Array.from({length: 19}, () => sweep().outcome);
    expect(outcomes.filter(o => o === 'completed')).toHaveLength(18);
    const refused = sweep();
    expect(refused.outcome).toBe('failed');
    expect(refused.error).toBe(
      'Service using too much computer time for one day'
    );
    expect(executions.triggerRuntimeUsed('owner@x')).toBe(90 * 60_000);
    expect(sweep('manual').outcome).toBe('completed');
    clock.advance(24 * 3600_000);
    expect(sweep().outcome).toBe('completed');
  });
});

describe('latency model', () => {
  it('uses the most specific key', () => {
    const model = withLatency({perCall: {'MailApp.sendEmail': 500}});
    expect(latencyFor(model, 'MailApp.sendEmail')).toBe(500);
    expect(latencyFor(model, 'MailApp.getRemainingDailyQuota')).toBe(20);
    expect(latencyFor(model, 'SpreadsheetApp.Range.getValues')).toBe(50);
    expect(latencyFor(model, 'Unknown.thing')).toBe(model.defaultMs);
  });

  it('charges nothing for logging, through Logger or console', () => {
    expect(latencyFor(DEFAULT_LATENCY, 'Logger.log')).toBe(0);
    expect(latencyFor(DEFAULT_LATENCY, 'console.log')).toBe(0);
  });

  it('tells round trips from handles and client-side builders', () => {
    expect(isRoundTrip('SpreadsheetApp.Range.getValues')).toBe(true);
    expect(isRoundTrip('SpreadsheetApp.Sheet.getLastRow')).toBe(true);
    expect(isRoundTrip('SpreadsheetApp.flush')).toBe(true);
    expect(isRoundTrip('SpreadsheetApp.Spreadsheet.getSheetByName')).toBe(
      false
    );
    expect(isRoundTrip('SpreadsheetApp.Sheet.getRange')).toBe(false);
    expect(isRoundTrip('ScriptApp.TriggerBuilder.timeBased')).toBe(false);
    expect(isRoundTrip('MailApp.sendEmail')).toBe(true);
  });
});

describe('virtual clock', () => {
  it('only moves forward', () => {
    const clock = new VirtualClock(1000);
    clock.advance(500);
    expect(clock.now()).toBe(1500);
    expect(() => clock.set(0)).toThrow('The clock only moves forward');
  });
});

import {VirtualClock} from '../../../sandbox/core/clock';
import {Executions} from '../../../sandbox/core/execution';
import {
  DEFAULT_LATENCY,
  isRoundTrip,
  latencyFor,
  withLatency,
} from '../../../sandbox/core/latency';

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

describe('latency model', () => {
  it('uses the most specific key', () => {
    const model = withLatency({perCall: {'MailApp.sendEmail': 500}});
    expect(latencyFor(model, 'MailApp.sendEmail')).toBe(500);
    expect(latencyFor(model, 'MailApp.getRemainingDailyQuota')).toBe(20);
    expect(latencyFor(model, 'SpreadsheetApp.Range.getValues')).toBe(40);
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

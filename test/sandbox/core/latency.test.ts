import {VirtualClock} from '../../../sandbox/core/clock';
import {ExecutionRecord, Executions} from '../../../sandbox/core/execution';
import {
  LatencyModel,
  SLOW_LATENCY,
  TYPICAL_LATENCY,
  isRoundTrip,
  latencyFor,
  repriced,
} from '../../../sandbox/core/latency';

const SLEEP_MS = 1_000;

/** One execution's worth of calls, cells and a sleep, charged under `model`. */
function spend(model: LatencyModel): ExecutionRecord {
  const executions = new Executions(new VirtualClock(0), model);
  executions.begin({functionName: 'f', cause: 'CLOCK', user: 'u@x'});
  executions.chargeCall('SpreadsheetApp.Sheet.getLastRow', 0);
  executions.chargeCall('SpreadsheetApp.Range.getValues', 0);
  executions.chargeCells(2_000);
  executions.chargeCall('SpreadsheetApp.Range.setValues', 4_000);
  executions.chargeCall('SpreadsheetApp.flush', 0);
  executions.chargeCall('PropertiesService.getScriptProperties', 0);
  executions.chargeCall('PropertiesService.Properties.getProperty', 0);
  executions.chargeCall('PropertiesService.Properties.setProperty', 0);
  executions.chargeCall('CacheService.Cache.put', 0);
  executions.chargeCall('CacheService.Cache.get', 0);
  executions.charge(SLEEP_MS);
  return executions.end('completed');
}

describe('the latency profiles', () => {
  it('prices the typical profile at the field averages and batched calls', () => {
    // docs/platform.md, "What calls cost": a 4,000-cell setValues under 50 ms, a one-row flush
    // about 30 ms (Stack Overflow); Properties read 30 / write 62 ms, Cache put 93 / get 3 ms
    // (ziritione.org, averages of 100 runs).
    const price = (name: string) => latencyFor(TYPICAL_LATENCY, name);
    expect(price('SpreadsheetApp.Sheet.getLastRow')).toBe(50);
    expect(price('SpreadsheetApp.flush')).toBe(30);
    expect(price('PropertiesService.Properties.getProperty')).toBe(30);
    expect(price('PropertiesService.Properties.setProperty')).toBe(62);
    expect(price('CacheService.Cache.put')).toBe(93);
    expect(price('CacheService.Cache.get')).toBe(3);
  });

  it('prices the slow profile at uncached calls and the worst runs', () => {
    // docs/platform.md: 1,000 uncached getLastRow() calls in 160 s (bugbugnow.net); a flush of
    // 4,000 written cells 560 ms (Stack Overflow); the slowest of 100 runs (ziritione.org).
    const price = (name: string) => latencyFor(SLOW_LATENCY, name);
    expect(price('SpreadsheetApp.Sheet.getLastRow')).toBe(160);
    expect(price('SpreadsheetApp.flush')).toBe(560);
    expect(price('PropertiesService.Properties.getProperty')).toBe(84);
    expect(price('PropertiesService.Properties.setProperty')).toBe(231);
    expect(price('CacheService.Cache.put')).toBe(281);
    expect(SLOW_LATENCY.writeCellMs * 4_000).toBeCloseTo(560, 6);
  });

  it('charges a store’s getter nothing and counts it as no round trip', () => {
    // ziritione.org timed getScriptProperties().getProperty() as one 30 ms step.
    for (const getter of [
      'PropertiesService.getScriptProperties',
      'CacheService.getScriptCache',
    ]) {
      expect(latencyFor(TYPICAL_LATENCY, getter)).toBe(0);
      expect(isRoundTrip(getter)).toBe(false);
    }
    expect(isRoundTrip('PropertiesService.Properties.getProperty')).toBe(true);
  });

  it('counts what only the script’s runtime answers, or what only describes a search or a lock, as no round trip', () => {
    for (const local of [
      'HtmlService.createHtmlOutput',
      'HtmlService.HtmlOutput.setTitle',
      'Session.User.getEmail',
      'SpreadsheetApp.Range.createTextFinder',
      'SpreadsheetApp.TextFinder.matchEntireCell',
      'LockService.getScriptLock',
    ])
      expect(isRoundTrip(local)).toBe(false);
    for (const trip of [
      'SpreadsheetApp.TextFinder.findAll',
      'SpreadsheetApp.TextFinder.findNext',
      'LockService.Lock.waitLock',
      'LockService.Lock.releaseLock',
      'SpreadsheetApp.Range.getValues',
    ])
      expect(isRoundTrip(trip)).toBe(true);
  });

  it('costs the same calls five times more under the slow profile, a sleep alike', () => {
    const typical = spend(TYPICAL_LATENCY);
    const slow = spend(SLOW_LATENCY);
    expect(slow.calls).toEqual(typical.calls);
    expect(slow.cellsWritten).toBe(4_000);
    expect(slow.serviceMs - SLEEP_MS).toBeGreaterThan(
      5 * (typical.serviceMs - SLEEP_MS)
    );
  });

  it('reprices work done under one profile as the other would have charged it', () => {
    const typical = spend(TYPICAL_LATENCY);
    const slow = spend(SLOW_LATENCY);
    expect(repriced(typical, TYPICAL_LATENCY, SLOW_LATENCY)).toBeCloseTo(
      slow.serviceMs,
      6
    );
    expect(repriced(slow, SLOW_LATENCY, TYPICAL_LATENCY)).toBeCloseTo(
      typical.serviceMs,
      6
    );
  });
});

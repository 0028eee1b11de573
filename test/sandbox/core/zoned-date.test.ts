import {VirtualClock} from '../../../sandbox/core/clock';
import {Executions} from '../../../sandbox/core/execution';
import {DEFAULT_LATENCY} from '../../../sandbox/core/latency';
import {BundleRealm} from '../../../sandbox/core/realm';
import {SERVICE} from '../../../sandbox/core/service';

/** Monday 2026-11-23 09:15 in Chicago (CST, UTC−6): the submission the email got wrong. */
const SUBMITTED = Date.UTC(2026, 10, 23, 15, 15);

class FakeRange {
  readonly [SERVICE] = 'SpreadsheetApp.Range';
  getValues(): unknown[][] {
    return [[new Date(SUBMITTED)]];
  }
}

class FakeSpreadsheetApp {
  readonly [SERVICE] = 'SpreadsheetApp';
  getActiveRange(): FakeRange {
    return new FakeRange();
  }
}

function evaluate(expression: string, timeZone = 'America/Chicago'): unknown {
  const clock = new VirtualClock(SUBMITTED);
  const executions = new Executions(clock, {...DEFAULT_LATENCY, perCall: {}});
  const realm = new BundleRealm(
    `function probe() { return ${expression}; }`,
    {SpreadsheetApp: new FakeSpreadsheetApp()},
    {clock, executions, timeZone}
  );
  executions.begin({functionName: 'probe', cause: 'manual', user: 'a@x'});
  try {
    return realm.call('probe');
  } finally {
    executions.end('completed');
  }
}

/**
 * A script's Date is local to the project's time zone (appsscript.json `timeZone`,
 * https://developers.google.com/apps-script/manifest; docs/platform.md: Runtime), not the
 * server's: the issue saw
 * an email say 15:15 for a 09:15 Chicago submission when the emulator read the host's UTC.
 */
describe("the bundle realm's Date in the script's time zone", () => {
  it('reads local fields, the offset and V8’s toString in the script zone', () => {
    expect(
      evaluate(
        '[new Date().getHours(), new Date().getMinutes(), new Date().getDay(), new Date().getDate(), new Date().getTimezoneOffset()]'
      )
    ).toEqual([9, 15, 1, 23, 360]);
    expect(evaluate('String(new Date())')).toBe(
      'Mon Nov 23 2026 09:15:00 GMT-0600 (Central Standard Time)'
    );
    expect(evaluate('new Date().toTimeString()')).toBe(
      '09:15:00 GMT-0600 (Central Standard Time)'
    );
    expect(evaluate('Date()')).toBe(
      'Mon Nov 23 2026 09:15:00 GMT-0600 (Central Standard Time)'
    );
  });

  it('formats toLocale*String and Intl in the script zone unless told otherwise', () => {
    expect(
      evaluate(
        '[new Date().toLocaleDateString("en-US"), new Date().toLocaleTimeString("en-US"), new Date().toLocaleString("en-US", {timeZone: "UTC"})]'
      )
    ).toEqual(['11/23/2026', '9:15:00 AM', '11/23/2026, 3:15:00 PM']);
    expect(
      evaluate('new Intl.DateTimeFormat("en-US").resolvedOptions().timeZone')
    ).toBe('America/Chicago');
  });

  it('reads components, setters and zone-less strings as local times, across DST', () => {
    expect(
      evaluate(
        '[new Date(2026, 10, 23, 9, 15).toISOString(), Date.parse("2026-11-23T09:15:00") === Date.UTC(2026, 10, 23, 15, 15), new Date("2026-11-23").toISOString(), new Date("Nov 23 2026 09:15").getHours()]'
      )
    ).toEqual([
      '2026-11-23T15:15:00.000Z',
      true,
      '2026-11-23T00:00:00.000Z',
      9,
    ]);
    expect(
      evaluate(
        '(() => { const d = new Date(); d.setHours(0, 0, 0, 0); const summer = new Date(2026, 6, 1, 12); return [d.toISOString(), summer.toISOString(), summer.getTimezoneOffset(), new Date(2026, 2, 8, 2, 30).toISOString()]; })()'
      )
    ).toEqual([
      '2026-11-23T06:00:00.000Z',
      '2026-07-01T17:00:00.000Z',
      300,
      // 02:30 does not exist that night; ECMAScript reads it with the offset before the change.
      '2026-03-08T08:30:00.000Z',
    ]);
  });

  it('keeps Dates from services and from the script one Date, whatever the zone', () => {
    expect(
      evaluate(
        '(() => { const cell = SpreadsheetApp.getActiveRange().getValues()[0][0]; return [cell instanceof Date, cell.getHours(), cell.constructor === Date, new Date(cell).getTime() === cell.getTime(), Object.prototype.toString.call(cell)]; })()',
        'Asia/Kolkata'
      )
    ).toEqual([true, 20, true, true, '[object Date]']);
    expect(evaluate('new Date().getHours()', 'GMT+05:00')).toBe(20);
  });
});

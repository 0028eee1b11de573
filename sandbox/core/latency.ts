/**
 * How long each Apps Script service call is modelled to take on the virtual clock.
 *
 * Google publishes no per-call latencies; its best-practices guide only says that calls to other
 * services are far slower than JavaScript and should be batched
 * (https://developers.google.com/apps-script/guides/support/best-practices). These defaults are
 * round estimates from commonly reported measurements: tens of milliseconds for a Sheets round trip
 * plus a few microseconds per cell moved, hundreds for mail and HTTP. Benchmarks compare call counts
 * first; modelled time is a second, coarser signal. Override any entry per workspace.
 */
export interface LatencyModel {
  /** Milliseconds per call, keyed by `Service.Class.method`, `Service.Class` or `Service`; the most specific key wins. */
  readonly perCall: Readonly<Record<string, number>>;
  /** Milliseconds for a call no key matches. */
  readonly defaultMs: number;
  /** Milliseconds per cell in a 2-D array that crosses into or out of a service call. */
  readonly perCellMs: number;
}

/**
 * Spreadsheet calls that only hand back an object handle or a coordinate the client already knows.
 * Apps Script resolves these lazily without a round trip to Sheets (the best-practices guide's
 * advice is about reads and writes of data), so budgets count round trips without them.
 */
const HANDLE_METHODS = new Set([
  'getActive',
  'getActiveSpreadsheet',
  'getActiveSheet',
  'getSheetByName',
  'getSheetById',
  'getRange',
  'getSheet',
  'getParent',
  'getUi',
  'getA1Notation',
  'getRow',
  'getColumn',
  'getNumRows',
  'getNumColumns',
  'getId',
  'getName',
  'getSheetId',
  'offset',
  'newDataValidation',
]);

export const DEFAULT_LATENCY: LatencyModel = {
  perCall: {
    SpreadsheetApp: 40,
    ...Object.fromEntries(
      [...HANDLE_METHODS].flatMap(m => [
        [`SpreadsheetApp.${m}`, 1],
        [`SpreadsheetApp.Spreadsheet.${m}`, 1],
        [`SpreadsheetApp.Sheet.${m}`, 1],
        [`SpreadsheetApp.Range.${m}`, 1],
      ])
    ),
    'SpreadsheetApp.Ui': 0,
    'SpreadsheetApp.Menu': 0,
    'SpreadsheetApp.flush': 80,
    // A new file in Drive: an estimate, as every figure here.
    'SpreadsheetApp.create': 1000,
    FormApp: 150,
    ScriptApp: 100,
    'ScriptApp.TriggerBuilder': 0,
    'ScriptApp.SpreadsheetTriggerBuilder': 0,
    'ScriptApp.FormTriggerBuilder': 0,
    'ScriptApp.ClockTriggerBuilder': 0,
    'ScriptApp.Trigger': 0,
    MailApp: 300,
    'MailApp.getRemainingDailyQuota': 20,
    UrlFetchApp: 250,
    'UrlFetchApp.HTTPResponse': 0,
    LockService: 20,
    PropertiesService: 30,
    CacheService: 15,
    Session: 1,
    Utilities: 1,
    HtmlService: 5,
    ContentService: 5,
    Logger: 0,
    console: 0,
  },
  defaultMs: 10,
  perCellMs: 0.002,
};

/** Classes whose calls build values on the client and never reach a server. */
const CLIENT_CLASSES = /(Builder|\.Ui|\.Menu|\.DataValidation|\.Trigger)$/;

/** Whether a counted call (`Service.Class.method`) is a round trip to a Google backend. */
export function isRoundTrip(name: string): boolean {
  const dot = name.lastIndexOf('.');
  const owner = name.slice(0, dot);
  const method = name.slice(dot + 1);
  if (CLIENT_CLASSES.test(owner)) return false;
  if (name.startsWith('SpreadsheetApp') && HANDLE_METHODS.has(method))
    return false;
  return !owner.startsWith('Logger') && !owner.startsWith('Utilities');
}

export function latencyFor(model: LatencyModel, name: string): number {
  let key = name;
  for (;;) {
    const ms = model.perCall[key];
    if (ms !== undefined) return ms;
    const dot = key.lastIndexOf('.');
    if (dot < 0) return model.defaultMs;
    key = key.slice(0, dot);
  }
}

export function withLatency(
  overrides: Partial<LatencyModel> & {perCall?: Record<string, number>}
): LatencyModel {
  return {
    perCall: {...DEFAULT_LATENCY.perCall, ...overrides.perCall},
    defaultMs: overrides.defaultMs ?? DEFAULT_LATENCY.defaultMs,
    perCellMs: overrides.perCellMs ?? DEFAULT_LATENCY.perCellMs,
  };
}

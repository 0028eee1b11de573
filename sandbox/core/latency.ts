/**
 * How long each Apps Script service call is modelled to take on the virtual clock.
 *
 * Google publishes no per-call latencies; its best-practices guide only says that calls to other
 * services are far slower than JavaScript and should be batched
 * (https://developers.google.com/apps-script/guides/support/best-practices). The figures below
 * are field measurements others published, each cited where it is used (docs/platform.md lists
 * them), in two profiles: `typical`, the averages and batched calls, and `slow`, the uncached calls
 * and the worst of the averaged runs. Where no measurement was found the figure is an estimate and
 * says so. Override any entry per workspace.
 */
export interface LatencyModel {
  /** Milliseconds per call, keyed by `Service.Class.method`, `Service.Class` or `Service`; the most specific key wins. */
  readonly perCall: Readonly<Record<string, number>>;
  /** Milliseconds for a call no key matches. */
  readonly defaultMs: number;
  /** Milliseconds per cell in a 2-D array a service call hands back (a read). */
  readonly readCellMs: number;
  /** Milliseconds per cell in a 2-D array the script passes to a service call (a write). */
  readonly writeCellMs: number;
  /** Milliseconds per KiB an HTTP request sends or receives (UrlFetchApp), on top of its per-call cost. */
  readonly fetchKiBMs: number;
  /**
   * Virtual milliseconds per CPU millisecond of the bundle's own JavaScript, as measured on this
   * machine. 1 says Google's V8 runs it as fast as this one; raise it to model a slower server.
   */
  readonly cpuFactor: number;
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
  'newConditionalFormatRule',
  'newFilterCriteria',
  // A TextFinder describes a search; only its find and replace calls run one.
  'createTextFinder',
]);

/** A TextFinder's settings: kept on the finder until a find or replace call runs the search. */
const TEXT_FINDER_SETTINGS = [
  'matchCase',
  'matchEntireCell',
  'matchFormulaText',
  'useRegularExpression',
  'ignoreDiacritics',
  'startFrom',
].map(m => `SpreadsheetApp.TextFinder.${m}`);

/**
 * Services the script's own runtime answers, no Google backend behind them: the user it runs as,
 * an HTML or text output assembled to be returned from doGet/doPost, Utilities, logs. Priced a
 * few ms at most below, as the platform prices a call that crosses no network.
 */
const RUNTIME_SERVICES =
  /^(Session|HtmlService|ContentService|Utilities|Logger|console)(\.|$)/;

/** Getters that hand back a store, measured together with the store's call that follows them. */
const STORE_HANDLES = [
  'PropertiesService.getScriptProperties',
  'PropertiesService.getUserProperties',
  'PropertiesService.getDocumentProperties',
  'CacheService.getScriptCache',
  'CacheService.getUserCache',
  'CacheService.getDocumentCache',
  // A lock handed back is not taken yet: waitLock or tryLock asks for it.
  'LockService.getScriptLock',
  'LockService.getDocumentLock',
  'LockService.getUserLock',
];

export const TYPICAL_LATENCY: LatencyModel = {
  perCall: {
    // One setValues of 4,000 cells took under 50 ms (Stack Overflow, "What is faster: ScriptDb or
    // SpreadsheetApp?"): the cheapest Sheets round trip measured.
    SpreadsheetApp: 50,
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
    // The same answer: a flush after each of 400 one-row writes, about 12 s in all (30 ms each).
    'SpreadsheetApp.flush': 30,
    // A new file in Drive: an estimate.
    'SpreadsheetApp.create': 1000,
    // FormApp, ScriptApp, MailApp, UrlFetchApp, LockService, HtmlService, BigQuery: estimates, no
    // published measurement found.
    FormApp: 150,
    ScriptApp: 100,
    'ScriptApp.TriggerBuilder': 0,
    'ScriptApp.SpreadsheetTriggerBuilder': 0,
    'ScriptApp.FormTriggerBuilder': 0,
    'ScriptApp.ClockTriggerBuilder': 0,
    'ScriptApp.Trigger': 0,
    MailApp: 300,
    'MailApp.getRemainingDailyQuota': 20,
    // Gmail: a search or a change is a round trip to Gmail; a message already fetched with its
    // thread reads locally; a send costs what MailApp's does. Estimates, as every figure here.
    GmailApp: 150,
    'GmailApp.sendEmail': 300,
    'GmailApp.GmailThread': 100,
    'GmailApp.GmailMessage': 0,
    'GmailApp.GmailMessage.markRead': 100,
    'GmailApp.GmailMessage.reply': 300,
    'GmailApp.GmailAttachment': 0,
    'GmailApp.GmailLabel': 100,
    'GmailApp.GmailDraft': 150,
    'GmailApp.GmailDraft.send': 300,
    DriveApp: 200,
    'DriveApp.Folder': 200,
    'DriveApp.File': 100,
    'DriveApp.FileIterator': 50,
    UrlFetchApp: 250,
    'UrlFetchApp.HTTPResponse': 0,
    LockService: 20,
    // Averages of 100 runs (ziritione.org, "Google Apps Script APIs performance"): a script
    // property read 30 ms, a write 62 ms; a cache put 93 ms, a get 3 ms. Each was timed with its
    // store's getter, which is charged nothing here.
    PropertiesService: 30,
    'PropertiesService.Properties.setProperty': 62,
    'PropertiesService.Properties.setProperties': 62,
    'PropertiesService.Properties.deleteProperty': 62,
    CacheService: 3,
    'CacheService.Cache.put': 93,
    'CacheService.Cache.putAll': 93,
    'CacheService.Cache.remove': 93,
    'CacheService.Cache.removeAll': 93,
    ...Object.fromEntries(STORE_HANDLES.map(name => [name, 0])),
    ...Object.fromEntries(TEXT_FINDER_SETTINGS.map(name => [name, 1])),
    Session: 1,
    Utilities: 1,
    HtmlService: 5,
    ContentService: 5,
    BigQuery: 400,
    Logger: 0,
    console: 0,
  },
  defaultMs: 10,
  /**
   * Cells: reads and writes differ. Bruce McPherson's measurements over growing sheets found a
   * full rewrite "by far the most expensive" operation and reads cheap
   * (https://ramblings.mcpher.com/performance/measuring-sheet-operation-performance/); one
   * setValues of 4,000 cells was measured at under 50 ms, about 12 µs a cell (Stack Overflow,
   * "What is faster: ScriptDb or SpreadsheetApp?"). Neither found a cost that grows with the
   * sheet's size beyond the cells moved (McPherson's per-row times stay flat between periodic
   * spikes), so none is modelled.
   */
  readCellMs: 0.002,
  writeCellMs: 0.01,
  /**
   * Bytes: Google publishes no UrlFetchApp throughput and no measurement was found; 0.1 ms per
   * KiB (about 10 MB/s) is an estimate, so a 7 MB reply costs 0.7 s more than a 1 KB one.
   */
  fetchKiBMs: 0.1,
  cpuFactor: 1,
};

/** The typical profile, used unless a workspace asks for another. */
export const DEFAULT_LATENCY = TYPICAL_LATENCY;

/** The slow profile: every Sheets call uncached, every flush with writes pending, the worst runs. */
export const SLOW_LATENCY: LatencyModel = {
  ...TYPICAL_LATENCY,
  perCall: {
    ...TYPICAL_LATENCY.perCall,
    // 1,000 getLastRow() calls in a loop's condition took 160 s, 0.78 s once hoisted out
    // (bugbugnow.net, "GoogleAppsScriptのスプレッドシート処理を高速化する"): 160 ms a call.
    SpreadsheetApp: 160,
    // Flushing one 4,000-cell write took 610 ms against under 50 ms without (Stack Overflow, as above).
    'SpreadsheetApp.flush': 560,
    // The slowest of ziritione.org's 100 runs: read 84 ms, write 231 ms; cache put 281, get 7.
    PropertiesService: 84,
    'PropertiesService.Properties.setProperty': 231,
    'PropertiesService.Properties.setProperties': 231,
    'PropertiesService.Properties.deleteProperty': 231,
    CacheService: 7,
    'CacheService.Cache.put': 281,
    'CacheService.Cache.putAll': 281,
    'CacheService.Cache.remove': 281,
    'CacheService.Cache.removeAll': 281,
  },
  // The same flush: 560 ms for 4,000 cells written, 0.14 ms a cell once the write really lands.
  writeCellMs: 0.14,
};

export const LATENCY_PROFILES = {
  typical: TYPICAL_LATENCY,
  slow: SLOW_LATENCY,
} as const;

export type LatencyProfile = keyof typeof LATENCY_PROFILES;

/** Classes whose calls build values on the client and never reach a server. */
const CLIENT_CLASSES =
  /(Builder|\.Ui|\.Menu|\.DataValidation|\.ConditionalFormatRule|\.BooleanCondition|\.FilterCriteria|\.Trigger)$/;

/** Whether a counted call (`Service.Class.method`) is a round trip to a Google backend. */
export function isRoundTrip(name: string): boolean {
  const dot = name.lastIndexOf('.');
  const owner = name.slice(0, dot);
  const method = name.slice(dot + 1);
  if (CLIENT_CLASSES.test(owner)) return false;
  if (name.startsWith('SpreadsheetApp') && HANDLE_METHODS.has(method))
    return false;
  if (STORE_HANDLES.includes(name) || TEXT_FINDER_SETTINGS.includes(name))
    return false;
  return !RUNTIME_SERVICES.test(name);
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

/** What an execution (or several) spent: the calls by name and the cells moved, priced as `serviceMs`. */
export interface PricedWork {
  readonly calls: Readonly<Record<string, number>>;
  readonly cellsRead: number;
  readonly cellsWritten: number;
  readonly serviceMs: number;
}

/**
 * Service time the same calls and cells take under `to`, the work having been priced under `from`:
 * sleeps, lock waits and bytes fetched stay as they were (every profile prices them alike).
 */
export function repriced(
  work: PricedWork,
  from: LatencyModel,
  to: LatencyModel
): number {
  let ms = work.serviceMs;
  for (const [name, count] of Object.entries(work.calls))
    ms += count * (latencyFor(to, name) - latencyFor(from, name));
  ms += work.cellsRead * (to.readCellMs - from.readCellMs);
  ms += work.cellsWritten * (to.writeCellMs - from.writeCellMs);
  return ms;
}

export function withLatency(
  overrides: Partial<LatencyModel> & {perCall?: Record<string, number>}
): LatencyModel {
  return {
    perCall: {...DEFAULT_LATENCY.perCall, ...overrides.perCall},
    defaultMs: overrides.defaultMs ?? DEFAULT_LATENCY.defaultMs,
    readCellMs: overrides.readCellMs ?? DEFAULT_LATENCY.readCellMs,
    writeCellMs: overrides.writeCellMs ?? DEFAULT_LATENCY.writeCellMs,
    fetchKiBMs: overrides.fetchKiBMs ?? DEFAULT_LATENCY.fetchKiBMs,
    cpuFactor: overrides.cpuFactor ?? DEFAULT_LATENCY.cpuFactor,
  };
}

import {existsSync, readFileSync} from 'node:fs';
import {mkdir, writeFile} from 'node:fs/promises';
import {dirname, join} from 'node:path';
import {BigQueryStore} from '../bigquery/bigquery-store';
import {VirtualClock} from '../core/clock';
import {PickedFile, uploadAnswer} from '../drive/uploads';
import {AccountKind, createEnvironment, Environment} from '../core/environment';
import {
  DAILY_TRIGGER_RUNTIME_MS,
  ExecutionRecord,
  Executions,
  ExecutionStart,
  SIMPLE_TRIGGER_LIMIT_MS,
} from '../core/execution';
import {DEFAULT_LATENCY, LatencyModel, withLatency} from '../core/latency';
import {BundleRealm} from '../core/realm';
import {FormSubmission} from '../forms/form-app';
import {FakeForm} from '../forms/form';
import {toEml} from '../mail/eml';
import {StoredMessage} from '../mail/mailbox';
import {SentMessage} from '../mail/outbox';
import {Inbound} from '../mail/post-office';
import {domainOf, FakeScriptApp, WebAppAccess} from '../script/script-app';
import {TriggerRecord} from '../script/trigger-store';
import {FakeHtmlOutput} from '../html/html-service';
import {FakeTextOutput} from '../html/content-service';
import {visibleIdentity} from '../session/identity';
import {FakeUser} from '../session/user';
import {FakeSheet} from '../spreadsheet/sheet';
import {FakeSpreadsheet} from '../spreadsheet/spreadsheet';
import {saveXlsx} from '../xlsx/save-xlsx';
import {createServices, Services} from './services';

export interface WorkspaceOptions {
  /** IANA time zone of the script (appsscript.json) and, unless set apart, its spreadsheet. Default `America/Chicago`. */
  timeZone?: string;
  /** The spreadsheet's own zone (File → Settings) when it differs from the script's. */
  spreadsheetTimeZone?: string;
  /** Quotas differ: `consumer` (gmail.com) or `workspace` (default; Education counts as Workspace). */
  account?: AccountKind;
  /** When the virtual clock starts. Default Monday 2026-11-23 07:00 in Chicago. */
  start?: Date;
  /** The account that owns the script, runs setup and so owns the installed triggers. */
  owner?: string;
  /** Per-call latency, cell, byte and CPU-factor overrides; see sandbox/core/latency.ts for the defaults. */
  latency?: Partial<LatencyModel>;
  /** The bound spreadsheet's name. */
  spreadsheetName?: string;
  /** The BigQuery the script reaches; share one store to give several schools one district. */
  bigQuery?: BigQueryStore;
  /**
   * The email domains of the owner's Google Workspace account, whose people scripts may see.
   * Default: the owner's domain alone.
   */
  domains?: readonly string[];
  /**
   * The domain withholds identities: `e.user` and `Session.getActiveUser()` are blank for every
   * editor except in scripts they authorised themselves. Without it, only people outside the
   * owner's domain are blank (sandbox/session/identity.ts).
   */
  hideIdentities?: boolean;
  /**
   * The web app deployment's access (manifest `webapp.access`): `ANYONE_ANONYMOUS` (default) or
   * `DOMAIN`, where Google lets only signed-in accounts of the owner's domain reach doGet/doPost.
   */
  webAppAccess?: WebAppAccess;
}

export interface ActOptions {
  /** The person acting (their Google account email). Default: the owner. */
  as?: string;
}

export interface SubmitOptions extends ActOptions {
  /** When the respondent presses Submit; the clock (and any due time triggers) run up to it first. */
  at?: Date;
  /** Which form; default the one whose responses go to the bound spreadsheet. */
  formId?: string;
  /** Files picked for the form's file-upload questions, by question title. */
  files?: Readonly<Record<string, readonly PickedFile[]>>;
}

/** One respondent's submission in a burst (`submitTogether`). */
export interface BurstRequest extends Omit<SubmitOptions, 'at'> {
  readonly answers: Record<string, string>;
  /** How many times its trigger fires: more than once is a duplicate event. */
  readonly events?: number;
}

export interface WebAppRequest extends ActOptions {
  /** Nobody is signed in to Google in the browser (`as` is ignored). */
  anonymous?: boolean;
  method?: 'GET' | 'POST';
  /** The query string without `?`, e.g. `t=T-000001&r=5`. */
  query?: string;
  /** A POST body; form posts are `application/x-www-form-urlencoded`. */
  body?: string;
  contentType?: string;
}

export interface WebAppResponse {
  /** 200 when doGet/doPost returned an output; 500 with Google's error text otherwise. */
  readonly status: number;
  readonly contentType: string;
  readonly content: string;
  readonly title: string;
  /** The doGet/doPost execution; none when Google refused the visitor before the script ran. */
  readonly record: ExecutionRecord | undefined;
}

export const DEFAULT_START = new Date('2026-11-23T13:00:00Z');
export const DEFAULT_OWNER = 'coordinator@school.example';

type Cause =
  | 'menu'
  | 'manual'
  | 'ON_OPEN'
  | 'ON_EDIT'
  | 'ON_FORM_SUBMIT'
  | 'CLOCK'
  | 'WEB_APP';

/**
 * One emulated Google Workspace with a spreadsheet-bound script: the programmatic API shared by
 * the tests, `npm start` and `npm run bench` (documented in sandbox/README.md).
 */
export class Workspace {
  readonly clock: VirtualClock;
  readonly executions: Executions;
  readonly env: Environment;
  readonly services: Services;
  /** The spreadsheet the script is bound to. */
  readonly spreadsheet: FakeSpreadsheet;
  private realm: BundleRealm | undefined;
  private duplicateSubmits = 0;
  private readonly queuedEdits: Array<{
    event: Record<string, unknown>;
    editor: string;
  }> = [];
  /** What the last execution's function returned (a web app's output). */
  private lastResult: unknown;
  private blankSubmitsAfterMs: number | undefined;

  constructor(options: WorkspaceOptions = {}) {
    this.clock = new VirtualClock(options.start ?? DEFAULT_START);
    this.executions = new Executions(
      this.clock,
      options.latency ? withLatency(options.latency) : DEFAULT_LATENCY,
      DAILY_TRIGGER_RUNTIME_MS[options.account ?? 'workspace']
    );
    this.env = createEnvironment({
      clock: this.clock,
      executions: this.executions,
      timeZone: options.timeZone ?? 'America/Chicago',
      account: options.account ?? 'workspace',
      owner: options.owner ?? DEFAULT_OWNER,
      domains: options.domains,
      hideIdentities: options.hideIdentities ?? false,
    });
    this.services = createServices(this.env, {bigQuery: options.bigQuery});
    this.spreadsheet = this.services.spreadsheets.create(
      options.spreadsheetName ?? 'Peer Desk'
    );
    if (options.webAppAccess)
      (this.services.globals.ScriptApp as FakeScriptApp).webAppAccess =
        options.webAppAccess;
    if (options.spreadsheetTimeZone)
      this.spreadsheet.setSpreadsheetTimeZone(options.spreadsheetTimeZone);
    this.services.spreadsheets.active = this.spreadsheet;
  }

  // ── the bundle ────────────────────────────────────────────────────────────

  /**
   * Loads the compiled bundle as Apps Script would: one realm, only Apps Script globals, plus the
   * advanced services that the `appsscript.json` beside the bundle enables, each under its
   * `userSymbol`. An advanced service the manifest does not enable is not defined at all, as on
   * Google (https://developers.google.com/apps-script/guides/services/advanced); one whose scope
   * the manifest's explicit `oauthScopes` leave out refuses every call
   * (https://developers.google.com/apps-script/concepts/scopes).
   */
  loadBundle(path = 'dist/Code.js'): this {
    this.realm = new BundleRealm(
      readFileSync(path, 'utf8'),
      {...this.services.globals, ...this.enabledAdvancedServices(path)},
      this.env
    );
    return this;
  }

  private enabledAdvancedServices(bundlePath: string): Record<string, object> {
    const manifestPath = join(dirname(bundlePath), 'appsscript.json');
    if (!existsSync(manifestPath)) return {};
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
      oauthScopes?: string[];
      dependencies?: {
        enabledAdvancedServices?: Array<{
          userSymbol?: string;
          serviceId?: string;
        }>;
      };
    };
    const enabled: Record<string, object> = {};
    for (const service of manifest.dependencies?.enabledAdvancedServices ??
      []) {
      const advanced = this.services.advancedServices[service.serviceId ?? ''];
      if (!advanced)
        throw new Error(
          `${manifestPath} enables the advanced service "${service.serviceId}", which the emulator does not model.`
        );
      advanced.authorize(manifest.oauthScopes);
      enabled[service.userSymbol ?? ''] = advanced.fake;
    }
    return enabled;
  }

  get bundle(): BundleRealm {
    if (!this.realm)
      throw new Error('No bundle loaded: call loadBundle() first.');
    return this.realm;
  }

  /** Runs a global function as a person would from the Run menu or a menu item. */
  run(
    functionName: string,
    options: ActOptions & {args?: unknown[]} = {}
  ): ExecutionRecord {
    return this.execute(
      functionName,
      'manual',
      {user: this.user(options)},
      options.args ?? []
    );
  }

  // ── people ────────────────────────────────────────────────────────────────

  /**
   * Someone opens the spreadsheet: the simple `onOpen` (30-second limit, run as the opener without
   * their authorisation) and installed open triggers (run as their installers) run
   * (https://developers.google.com/apps-script/guides/triggers). They start on the first sheet
   * with A1 selected and an empty menu bar of their own, which onOpen fills.
   */
  open(options: ActOptions = {}): ExecutionRecord[] {
    const opener = this.user(options);
    this.spreadsheet.hostOpenSession(opener);
    this.services.spreadsheets.ui.hostClearMenus(opener);
    const records: ExecutionRecord[] = [];
    if (this.bundle.hasFunction('onOpen')) {
      const seen = visibleIdentity(this.env, opener, this.env.owner);
      records.push(
        this.execute(
          'onOpen',
          'ON_OPEN',
          {user: opener, person: opener, activeUser: seen},
          [
            {
              authMode: 'LIMITED',
              source: this.spreadsheet,
              user: new FakeUser(seen),
            },
          ],
          SIMPLE_TRIGGER_LIMIT_MS,
          opener
        )
      );
    }
    for (const trigger of this.installed('ON_OPEN', this.spreadsheet.getId())) {
      records.push(
        this.fire(
          trigger,
          {
            authMode: 'FULL',
            source: this.spreadsheet,
            user: this.userAsSeenBy(trigger, opener),
            triggerUid: trigger.uid,
          },
          opener,
          opener
        )
      );
    }
    return records;
  }

  /**
   * A person selects a block on a sheet, as with the mouse: `a1` becomes their active range, its
   * top-left cell their current cell and the sheet their active sheet. A menu item they click
   * next sees that selection; other people's selections are their own.
   */
  select(sheetName: string, a1: string, options: ActOptions = {}): void {
    const sheet = this.sheet(sheetName);
    this.spreadsheet
      .hostSession(this.user(options))
      .select(sheet, sheet.getRange(a1).area());
  }

  /**
   * Clicks an item of a custom menu (Ui.createMenu or Spreadsheet.addMenu) in the person's own
   * menu bar; the function runs as them and sees their selection.
   */
  clickMenu(
    menu: string,
    item: string,
    options: ActOptions = {}
  ): ExecutionRecord {
    const user = this.user(options);
    const found = this.services.spreadsheets.ui
      .menusOf(user)
      .find(m => m.caption === menu);
    if (!found)
      throw new Error(
        `No "${menu}" menu for ${user}: open the spreadsheet as them first (onOpen adds menus).`
      );
    const functionName = found.items.find(
      i => i.caption === item
    )?.functionName;
    if (!functionName)
      throw new Error(`The "${menu}" menu has no item "${item}".`);
    return this.execute(functionName, 'menu', {user}, [], undefined, user);
  }

  /** The form that writes its responses into the bound spreadsheet. */
  intakeForm(formId?: string): FakeForm {
    const forms = [...this.services.forms.forms.values()];
    const form = formId
      ? this.services.forms.forms.get(formId)
      : forms.find(f => f.destinationId === this.spreadsheet.getId());
    if (!form)
      throw new Error(
        'No form is linked to the spreadsheet yet: run setup first.'
      );
    return form;
  }

  /**
   * A respondent fills in the form and submits it: the response row is appended to the response
   * sheet and the installed form-submit triggers fire (PLATFORM.md: Trigger events).
   */
  submitForm(
    answers: Record<string, string>,
    options: SubmitOptions = {}
  ): ExecutionRecord[] {
    if (options.at) this.advanceTo(options.at);
    const respondent = this.user(options);
    const submission = this.respond(answers, options);
    const records = this.fireSubmit(submission, respondent);
    for (; this.duplicateSubmits > 0; this.duplicateSubmits--) {
      records.push(...this.fireSubmit(submission, respondent));
    }
    if (this.blankSubmitsAfterMs !== undefined) {
      this.advance(this.blankSubmitsAfterMs);
      this.blankSubmitsAfterMs = undefined;
      records.push(...this.fireSubmit(blank(submission), respondent));
    }
    return records;
  }

  /**
   * Several people press Submit in the same moment: every response lands in the form and its
   * response sheet before any trigger runs, then Google runs the queued triggers one after another
   * (an installable trigger's executions are not ordered; platform.md: Trigger events). `order`
   * gives the firing order by index, a request may fire `events` times (duplicate events), and
   * `beforeEach` may inject a fault before each execution.
   */
  submitTogether(
    requests: readonly BurstRequest[],
    options: {
      at?: Date;
      order?: readonly number[];
      beforeEach?: (index: number) => void;
    } = {}
  ): ExecutionRecord[] {
    if (options.at) this.advanceTo(options.at);
    const submissions = requests.map(request =>
      this.respond(request.answers, request)
    );
    const records: ExecutionRecord[] = [];
    for (const index of options.order ?? requests.keys()) {
      for (let n = 0; n < (requests[index].events ?? 1); n++) {
        options.beforeEach?.(index);
        records.push(
          ...this.fireSubmit(submissions[index], this.user(requests[index]))
        );
      }
    }
    return records;
  }

  /** The respondent's answers land in the form and its response sheet; no trigger fires yet. */
  private respond(
    answers: Record<string, string>,
    options: SubmitOptions
  ): FormSubmission {
    const form = this.intakeForm(options.formId);
    const respondent = this.user(options);
    const uploads = Object.fromEntries(
      form.items
        .filter(item => item.uploadLimits && options.files?.[item.title])
        .map(item => [
          item.title,
          uploadAnswer(
            this.services.drive.upload(
              item.uploadLimits!,
              respondent,
              options.files![item.title]
            )
          ),
        ])
    );
    return this.services.forms.submit(
      form.id,
      {...answers, ...uploads},
      respondent
    );
  }

  /**
   * A person deletes one response in the form's Responses tab: the form forgets it
   * (`getResponses()`), the response sheet keeps its row
   * (https://developers.google.com/apps-script/reference/forms/form#deleteresponseresponseid).
   */
  deleteResponse(responseId: string, options: {formId?: string} = {}): void {
    this.intakeForm(options.formId).deleteResponse(responseId);
  }

  /** A person renames a tab. A form keeps writing to its response sheet whatever it is called. */
  renameSheet(from: string, to: string): void {
    this.sheet(from).setName(to);
  }

  /**
   * A person inserts `count` empty columns left of column `before` (1-based). Cells, protections,
   * named ranges and a form's answer columns move right with their content. Fires no trigger.
   */
  insertColumns(sheetName: string, before: number, count = 1): void {
    this.sheet(sheetName).insertColumnsBefore(before, count);
  }

  /**
   * A person types or pastes into the sheet starting at `a1`: the values are parsed as typed,
   * validation and protection apply, and installed edit triggers fire with `value`/`oldValue`
   * for a single cell only (PLATFORM.md: Trigger events), each run as its installer with `e.user`
   * as that installer's script may see the editor. A rejected edit throws and changes nothing.
   */
  edit(
    sheetName: string,
    a1: string,
    value: unknown,
    options: ActOptions = {}
  ): ExecutionRecord[] {
    const editor = this.user(options);
    return this.fireEdit(this.applyEdit(sheetName, a1, value, editor), editor);
  }

  /** A person's edit lands in the sheet; returns the edit event its triggers will get, less `user`. */
  private applyEdit(
    sheetName: string,
    a1: string,
    value: unknown,
    user: string
  ) {
    const values = Array.isArray(value) ? (value as unknown[][]) : [[value]];
    const sheet = this.sheet(sheetName);
    const edit = sheet.applyUserEdit(a1, values, user);
    // They clicked where they typed: their edit triggers see it as the selection.
    this.spreadsheet.hostSession(user).select(sheet, edit.range.area());
    const event: Record<string, unknown> = {
      authMode: 'FULL',
      range: edit.range,
      source: this.spreadsheet,
    };
    if (edit.value !== undefined) event.value = edit.value;
    if (edit.oldValue !== undefined) event.oldValue = edit.oldValue;
    return event;
  }

  private fireEdit(
    event: Record<string, unknown>,
    editor: string
  ): ExecutionRecord[] {
    return this.installed('ON_EDIT', this.spreadsheet.getId()).map(trigger =>
      this.fire(
        trigger,
        {
          ...event,
          user: this.userAsSeenBy(trigger, editor),
          triggerUid: trigger.uid,
        },
        editor,
        editor
      )
    );
  }

  // ── the web app ──────────────────────────────────────────────────────────

  /**
   * Someone opens the deployed web app's URL: doGet (or doPost) runs with the request event
   * `{queryString, parameter, parameters, contextPath: '', contentLength: -1}` plus `postData`
   * for a POST (https://developers.google.com/apps-script/guides/web), and what it returns —
   * an HtmlOutput or a TextOutput — is served.
   */
  webApp(request: WebAppRequest = {}): WebAppResponse {
    const refused = this.webAppRefusal(request);
    if (refused) return refused;
    const method = request.method ?? 'GET';
    const query = request.query ?? '';
    const body = request.body ?? '';
    const contentType =
      request.contentType ?? 'application/x-www-form-urlencoded';
    // A Map: a parameter may be named `constructor` or `__proto__`.
    const values = new Map<string, string[]>();
    const add = (text: string) => {
      for (const [key, value] of new URLSearchParams(text))
        values.set(key, [...(values.get(key) ?? []), value]);
    };
    add(query);
    if (
      method === 'POST' &&
      contentType.startsWith('application/x-www-form-urlencoded')
    )
      add(body);
    const event: Record<string, unknown> = {
      queryString: query === '' ? null : query,
      parameter: Object.fromEntries([...values].map(([k, v]) => [k, v[0]])),
      parameters: Object.fromEntries(values),
      contextPath: '',
      contentLength: method === 'POST' ? Buffer.byteLength(body) : -1,
    };
    if (method === 'POST')
      event.postData = {
        contents: body,
        length: Buffer.byteLength(body),
        type: contentType,
        name: 'postData',
      };
    const handler = method === 'POST' ? 'doPost' : 'doGet';
    // The manifest's webapp.executeAs is USER_DEPLOYING: the owner deployed it and it runs as them.
    const visitor = request.anonymous ? '' : this.user(request);
    const record = this.execute(
      handler,
      'WEB_APP',
      {
        user: this.env.owner,
        person: visitor,
        activeUser: visibleIdentity(this.env, visitor, this.env.owner),
      },
      [event]
    );
    const output = this.lastResult;
    if (record.outcome === 'completed' && output instanceof FakeHtmlOutput)
      return {
        status: 200,
        contentType: 'text/html; charset=utf-8',
        content: output.getContent(),
        title: output.getTitle(),
        record,
      };
    if (record.outcome === 'completed' && output instanceof FakeTextOutput)
      return {
        status: 200,
        contentType: output.contentType(),
        content: output.getContent(),
        title: '',
        record,
      };
    return {
      status: 500,
      contentType: 'text/html; charset=utf-8',
      // What Google serves when the function fails or returns something else.
      content:
        record.outcome === 'completed'
          ? 'The script completed but did not return anything.'
          : (record.error ?? 'Script error'),
      title: 'Error',
      record,
    };
  }

  /** The deployed web app's URL, as ScriptApp.getService().getUrl() gives it to the script. */
  webAppUrl(): string {
    return (this.services.globals.ScriptApp as FakeScriptApp).webAppUrl();
  }

  /**
   * A domain-only deployment: Google itself sends a visitor who is not signed in to its sign-in
   * page, and shows an account outside the domain that it has no access; the script never runs
   * (https://developers.google.com/apps-script/manifest/web-app-api-executable: DOMAIN).
   */
  private webAppRefusal(request: WebAppRequest): WebAppResponse | undefined {
    const scriptApp = this.services.globals.ScriptApp as FakeScriptApp;
    if (scriptApp.webAppAccess !== 'DOMAIN') return undefined;
    const domain = domainOf(this.env.owner);
    const refusal = (status: number, content: string): WebAppResponse => ({
      status,
      contentType: 'text/html; charset=utf-8',
      content,
      title: 'Google Apps Script',
      record: undefined,
    });
    if (request.anonymous)
      return refusal(302, 'Sign in to continue to Google Apps Script.');
    if (domainOf(this.user(request)) !== domain)
      return refusal(
        403,
        `You need access: only accounts in ${domain} can open this web app.`
      );
    return undefined;
  }

  // ── the clock ─────────────────────────────────────────────────────────────

  /** Moves the clock forward, firing each time-driven trigger that falls due, in order. */
  advanceTo(when: Date): ExecutionRecord[] {
    const target = when.getTime();
    const records: ExecutionRecord[] = [];
    let cursor = this.clock.now();
    for (;;) {
      const firings = this.services.triggers.dueBetween(cursor, target);
      if (firings.length === 0) break;
      for (const {trigger, at} of firings) {
        if (at > this.clock.now()) this.clock.set(at);
        records.push(
          this.fire(trigger, this.services.triggers.timeEvent(trigger, at))
        );
        cursor = at;
      }
    }
    if (target > this.clock.now()) this.clock.set(target);
    return records;
  }

  advance(ms: number): ExecutionRecord[] {
    return this.advanceTo(new Date(this.clock.now() + ms));
  }

  now(): Date {
    return this.clock.date();
  }

  // ── reading what people see ──────────────────────────────────────────────

  sheet(name: string): FakeSheet {
    const sheet = this.spreadsheet.getSheetByName(name);
    if (!sheet) throw new Error(`No sheet named "${name}".`);
    return sheet;
  }

  /** A sheet's values, header row included. */
  values(sheetName: string): unknown[][] {
    return this.sheet(sheetName).hostValues();
  }

  /** A sheet's rows below the header as records keyed by header. */
  table(sheetName: string): Array<Record<string, unknown>> {
    const [header = [], ...rows] = this.values(sheetName);
    return rows.map(row =>
      Object.fromEntries(header.map((name, i) => [String(name), row[i]]))
    );
  }

  /** Everything sent in the workspace, by MailApp or GmailApp (`service` says which). */
  get outbox(): readonly SentMessage[] {
    return this.services.post.outbox;
  }

  /**
   * Mail from outside arrives in an account's Gmail inbox (default: the owner's, the desk's
   * account): a teacher's reply, an auto-reply, a bounce (builders in `sandbox/mail/inbound.ts`).
   */
  receiveMail(mail: Inbound, account = this.env.owner): StoredMessage {
    return this.services.post.receive(account, mail);
  }

  /** Service calls of every execution so far, by `Service.Class.method`. */
  calls(since = 0): Record<string, number> {
    const totals: Record<string, number> = {};
    for (const record of this.executions.history.slice(since)) {
      for (const [name, count] of Object.entries(record.calls)) {
        totals[name] = (totals[name] ?? 0) + count;
      }
    }
    return totals;
  }

  // ── faults on request ────────────────────────────────────────────────────

  readonly faults = {
    /**
     * While the next execution runs, just before its next `call` (e.g.
     * `SpreadsheetApp.Range.setValues`), a person edits the sheet; their edit triggers fire when
     * that execution ends, as they would queue behind it.
     */
    editDuring: (
      call: string,
      sheetName: string,
      a1: string,
      value: unknown,
      options: ActOptions = {}
    ) => {
      const editor = this.user(options);
      this.executions.interleaveBefore(call, () =>
        this.queuedEdits.push({
          event: this.applyEdit(sheetName, a1, value, editor),
          editor,
        })
      );
    },
    /** The next submission's trigger fires `times` more times with the same event. */
    duplicateNextSubmit: (times = 1) => {
      this.duplicateSubmits = times;
    },
    /** After the next submission, a blank event for the same row fires `afterMs` later. */
    blankEventAfterNextSubmit: (afterMs = 3000) => {
      this.blankSubmitsAfterMs = afterMs;
    },
    /** The next requests to `host` are answered with these HTTP status codes. */
    http: (host: string, ...codes: number[]) =>
      this.services.fetch.failNext(host, ...codes),
    /** The daily email quota is used up. */
    exhaustMailQuota: () => this.services.mail.exhaustQuota(),
    /** An account's daily Gmail read/write quota (default the owner's) is used up. */
    exhaustGmailQuota: (account = this.env.owner) =>
      this.services.gmail.exhaust(account),
    /** The next waitLock/tryLock times out. */
    lockTimeout: () => this.services.locks.timeoutNext(),
    /** Another execution holds the script lock until then. */
    holdScriptLock: (until: Date) =>
      this.services.locks.holdElsewhere('script', until.getTime()),
    /** The next execution is killed at its Nth service call. */
    killAtCall: (n: number) => this.executions.killAtCall(n),
    /** Every script write of a cell holding `text` fails, as a write Sheets cannot take. */
    failWritesContaining: (text: string) =>
      this.spreadsheet.refusedTexts.push(text),
    /** The cache forgets everything (CacheService is only a hint). */
    evictCache: () => this.services.cache.evictAll(),
  };

  // ── files ────────────────────────────────────────────────────────────────

  /** Saves the bound spreadsheet, every tab, as an .xlsx workbook. */
  saveXlsx(path: string): Promise<void> {
    return saveXlsx(this.spreadsheet, path);
  }

  /** Writes every sent email as `NNN.eml` into the folder; returns the file names. */
  async saveMail(folder: string): Promise<string[]> {
    await mkdir(folder, {recursive: true});
    const names: string[] = [];
    for (const [i, message] of this.outbox.entries()) {
      const name = `${String(i + 1).padStart(4, '0')}.eml`;
      await writeFile(join(folder, name), await toEml(message));
      names.push(name);
    }
    return names;
  }

  // ── internals ────────────────────────────────────────────────────────────

  private user(options: ActOptions): string {
    return options.as ?? this.env.owner;
  }

  private installed(
    eventType: TriggerRecord['eventType'],
    sourceId: string
  ): TriggerRecord[] {
    return this.services.triggers.forSource(eventType, sourceId);
  }

  /**
   * Runs an installed trigger as the account that created it, whoever acted: "Installable
   * triggers always run under the account of the person who created them"
   * (https://developers.google.com/apps-script/guides/triggers/installable). `session` is the
   * person whose open or edit fired it, whose selection it sees.
   */
  private fire(
    trigger: TriggerRecord,
    event: object,
    person = trigger.owner,
    session?: string,
    activeUser = visibleIdentity(this.env, person, trigger.owner)
  ): ExecutionRecord {
    return this.execute(
      trigger.handlerFunction,
      trigger.eventType as Cause,
      {user: trigger.owner, person, activeUser},
      [event],
      undefined,
      session
    );
  }

  /** The person as a `User` of a trigger's event: blank when its installer's script may not see them. */
  private userAsSeenBy(trigger: TriggerRecord, person: string): FakeUser {
    return new FakeUser(visibleIdentity(this.env, person, trigger.owner));
  }

  /**
   * A respondent never uses the script itself: in its submit triggers the active user is the
   * installer, as commonly reported (the respondent's address comes from the response instead).
   */
  private fireSubmit(
    submission: FormSubmission,
    respondent: string
  ): ExecutionRecord[] {
    const forms = this.services.forms;
    const records: ExecutionRecord[] = [];
    for (const trigger of this.installed(
      'ON_FORM_SUBMIT',
      this.spreadsheet.getId()
    )) {
      records.push(
        this.fire(
          trigger,
          forms.spreadsheetSubmitEvent(submission, trigger.uid),
          respondent,
          undefined,
          trigger.owner
        )
      );
    }
    for (const trigger of this.installed(
      'ON_FORM_SUBMIT',
      submission.form.id
    )) {
      records.push(
        this.fire(
          trigger,
          forms.formSubmitEvent(submission, trigger.uid),
          respondent,
          undefined,
          trigger.owner
        )
      );
    }
    return records;
  }

  private execute(
    functionName: string,
    cause: Cause,
    who: Pick<ExecutionStart, 'user' | 'person' | 'activeUser'>,
    args: unknown[],
    limitMs?: number,
    session?: string
  ): ExecutionRecord {
    const realm = this.bundle;
    const spreadsheets = this.services.spreadsheets;
    // Selection and menus are per person: a trigger nobody is looking at starts on the first
    // sheet, A1 selected (platform.md: Selection and menus).
    spreadsheets.beginExecution(session ?? who.user, session);
    // Triggers with nobody looking at the sheet have no UI: getUi() throws there.
    spreadsheets.uiAvailable =
      cause === 'menu' || cause === 'manual' || cause === 'ON_OPEN';
    this.executions.begin({functionName, cause, ...who, limitMs});
    let record: ExecutionRecord;
    try {
      this.lastResult = realm.call(functionName, ...args);
      record = this.executions.end('completed');
    } catch (error) {
      this.lastResult = undefined;
      record = this.executions.end('failed', describe(error));
    } finally {
      spreadsheets.uiAvailable = true;
    }
    for (const {event, editor} of this.queuedEdits.splice(0)) {
      this.fireEdit(event, editor);
    }
    return record;
  }
}

function describe(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'message' in error) {
    const {name, message} = error as {name?: unknown; message?: unknown};
    return `${String(name ?? 'Error')}: ${String(message)}`;
  }
  return String(error);
}

/** The blank event reported in the wild: same row, every answer empty (PLATFORM.md: Trigger events). */
function blank(submission: FormSubmission): FormSubmission {
  return {
    ...submission,
    values: submission.values.map(() => ''),
    namedValues: Object.fromEntries(
      Object.keys(submission.namedValues).map(k => [k, ['']])
    ),
  };
}

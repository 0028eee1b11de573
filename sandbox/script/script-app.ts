import {createHash} from 'node:crypto';
import {effectiveUserEmail, Environment} from '../core/environment';
import {isDate, ScriptException, SERVICE} from '../core/service';
import {
  asOfficial,
  asOfficialEnumValue,
  officialEnum,
} from '../core/official-types';
import {wallTimeOf} from '../core/zoned-time';
import {ClockSchedule} from './clock-schedule';
import {
  TriggerEventType,
  TriggerRecord,
  TriggerSourceName,
  TriggerStore,
} from './trigger-store';

type Script = typeof GoogleAppsScript.Script;
type Trigger = GoogleAppsScript.Script.Trigger;
type ClockTriggerBuilder = GoogleAppsScript.Script.ClockTriggerBuilder;
type SpreadsheetTriggerBuilder =
  GoogleAppsScript.Script.SpreadsheetTriggerBuilder;
type FormTriggerBuilder = GoogleAppsScript.Script.FormTriggerBuilder;

/** https://developers.google.com/apps-script/guides/services/quotas: triggers per user per script. */
export const TRIGGERS_PER_USER = 20;
// PLATFORM.md: Trigger builders.
const TOO_MANY_TRIGGERS =
  'This script has too many triggers. Triggers must be deleted from the script before more can be added.';
const EVERY_MINUTES = [1, 5, 10, 15, 30];
const EVERY_HOURS = [1, 2, 4, 6, 8, 12];

const WEEKDAYS = [
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
  'SUNDAY',
] as const;

/** A script trigger (https://developers.google.com/apps-script/reference/script/trigger). */
export class FakeTrigger implements Pick<
  Trigger,
  | 'getHandlerFunction'
  | 'getEventType'
  | 'getUniqueId'
  | 'getTriggerSource'
  | 'getTriggerSourceId'
> {
  readonly [SERVICE] = 'ScriptApp.Trigger';

  constructor(readonly record: TriggerRecord) {}

  getHandlerFunction(): string {
    return this.record.handlerFunction;
  }

  getEventType(): GoogleAppsScript.Script.EventType {
    return asOfficialEnumValue(this.record.eventType);
  }

  getUniqueId(): string {
    return this.record.uid;
  }

  getTriggerSource(): GoogleAppsScript.Script.TriggerSource {
    return asOfficialEnumValue(this.record.triggerSource);
  }

  getTriggerSourceId(): string {
    // Clock triggers have no source: Apps Script returns null (the official typing omits it).
    return this.record.sourceId as string;
  }
}

/** Creates a trigger for the current user, enforcing the per-user limit. */
class TriggerInstaller {
  constructor(
    private readonly env: Environment,
    readonly store: TriggerStore
  ) {}

  currentUser(): string {
    return effectiveUserEmail(this.env);
  }

  install(record: Omit<TriggerRecord, 'uid' | 'owner'>): Trigger {
    const owner = this.currentUser();
    if (this.store.ownedBy(owner).length >= TRIGGERS_PER_USER)
      throw new ScriptException(TOO_MANY_TRIGGERS);
    return asOfficial(new FakeTrigger(this.store.add({...record, owner})));
  }
}

/** Builder for spreadsheet and form triggers: one event type, then create(). */
class FakeSourceTriggerBuilder implements Pick<
  SpreadsheetTriggerBuilder,
  'onFormSubmit' | 'onEdit' | 'onOpen' | 'onChange' | 'create'
> {
  readonly [SERVICE]: string;
  private eventType: TriggerEventType | undefined;

  constructor(
    private readonly installer: TriggerInstaller,
    private readonly handlerFunction: string,
    private readonly triggerSource: TriggerSourceName,
    private readonly sourceId: string
  ) {
    this[SERVICE] =
      triggerSource === 'FORMS'
        ? 'ScriptApp.FormTriggerBuilder'
        : 'ScriptApp.SpreadsheetTriggerBuilder';
  }

  onFormSubmit(): SpreadsheetTriggerBuilder & FormTriggerBuilder {
    return this.on('ON_FORM_SUBMIT');
  }

  onEdit(): SpreadsheetTriggerBuilder {
    return this.on('ON_EDIT');
  }

  onOpen(): SpreadsheetTriggerBuilder & FormTriggerBuilder {
    return this.on('ON_OPEN');
  }

  onChange(): SpreadsheetTriggerBuilder {
    return this.on('ON_CHANGE');
  }

  create(): Trigger {
    // Unverified message: the platform rejects a source trigger without an event type.
    if (!this.eventType)
      throw new ScriptException('Trigger event type is not set.');
    return this.installer.install({
      handlerFunction: this.handlerFunction,
      eventType: this.eventType,
      triggerSource: this.triggerSource,
      sourceId: this.sourceId,
    });
  }

  private on(
    eventType: TriggerEventType
  ): SpreadsheetTriggerBuilder & FormTriggerBuilder {
    this.eventType = eventType;
    return asOfficial(this);
  }
}

function minuteFromHash(seed: string): number {
  return createHash('sha256').update(seed).digest().readUInt32BE(0) % 60;
}

/**
 * Builder for time-driven triggers
 * (https://developers.google.com/apps-script/reference/script/clock-trigger-builder).
 */
class FakeClockTriggerBuilder implements Pick<
  ClockTriggerBuilder,
  | 'after'
  | 'at'
  | 'atHour'
  | 'create'
  | 'everyDays'
  | 'everyHours'
  | 'everyMinutes'
  | 'everyWeeks'
  | 'inTimezone'
  | 'nearMinute'
  | 'onWeekDay'
> {
  readonly [SERVICE] = 'ScriptApp.ClockTriggerBuilder';
  private once: number | undefined;
  private period:
    {kind: 'minutes' | 'hours' | 'days' | 'weeks'; every: number} | undefined;
  private hour: number | undefined;
  private minute: number | undefined;
  private isoWeekday: number | undefined;
  private timeZone: string;

  constructor(
    private readonly env: Environment,
    private readonly installer: TriggerInstaller,
    private readonly handlerFunction: string
  ) {
    this.timeZone = env.timeZone;
  }

  after(durationMilliseconds: number): ClockTriggerBuilder {
    this.once = this.env.clock.now() + durationMilliseconds;
    return asOfficial(this);
  }

  at(date: GoogleAppsScript.Base.Date): ClockTriggerBuilder {
    if (!isDate(date)) throw new ScriptException('Invalid argument: date');
    this.once = date.getTime();
    return asOfficial(this);
  }

  everyMinutes(n: number): ClockTriggerBuilder {
    // PLATFORM.md: Trigger builders.
    if (!EVERY_MINUTES.includes(n))
      throw new ScriptException(
        'The value you passed to everyMinutes was invalid. It must be one of 1, 5, 10, 15 or 30.'
      );
    return this.every('minutes', n);
  }

  everyHours(n: number): ClockTriggerBuilder {
    // Unverified wording, modelled on everyMinutes' (PLATFORM.md: Trigger builders).
    if (!EVERY_HOURS.includes(n))
      throw new ScriptException(
        'The value you passed to everyHours was invalid. It must be one of 1, 2, 4, 6, 8 or 12.'
      );
    return this.every('hours', n);
  }

  everyDays(n: number): ClockTriggerBuilder {
    return this.every('days', n);
  }

  everyWeeks(n: number): ClockTriggerBuilder {
    return this.every('weeks', n);
  }

  atHour(hour: number): ClockTriggerBuilder {
    this.hour = hour;
    return asOfficial(this);
  }

  nearMinute(minute: number): ClockTriggerBuilder {
    this.minute = minute;
    return asOfficial(this);
  }

  onWeekDay(day: GoogleAppsScript.Base.Weekday): ClockTriggerBuilder {
    this.isoWeekday =
      WEEKDAYS.indexOf(String(day) as (typeof WEEKDAYS)[number]) + 1;
    if (!this.period) this.period = {kind: 'weeks', every: 1};
    return asOfficial(this);
  }

  inTimezone(timezone: string): ClockTriggerBuilder {
    this.timeZone = timezone;
    return asOfficial(this);
  }

  create(): Trigger {
    return this.installer.install({
      handlerFunction: this.handlerFunction,
      eventType: 'CLOCK',
      triggerSource: 'CLOCK',
      sourceId: null,
      schedule: this.schedule(),
    });
  }

  private every(
    kind: 'minutes' | 'hours' | 'days' | 'weeks',
    n: number
  ): ClockTriggerBuilder {
    this.period = {kind, every: n};
    return asOfficial(this);
  }

  private schedule(): ClockSchedule {
    const anchor = this.env.clock.now();
    const timeZone = this.timeZone;
    if (this.once !== undefined) return {kind: 'once', at: this.once, timeZone};
    if (!this.period)
      // Unverified message: a clock trigger needs a schedule before create().
      throw new ScriptException(
        'Clock trigger has no schedule: call everyMinutes, everyHours, everyDays, everyWeeks, onWeekDay, after or at.'
      );
    const {kind, every} = this.period;
    if (kind === 'minutes' || kind === 'hours')
      return {kind, every, anchor, timeZone};
    const created = wallTimeOf(anchor, timeZone);
    return {
      kind,
      every,
      anchor,
      timeZone,
      hour: this.hour ?? created.hour,
      minute:
        this.minute ?? minuteFromHash(`${this.handlerFunction}:${anchor}`),
      isoWeekday:
        kind === 'weeks' ? (this.isoWeekday ?? created.isoWeekday) : undefined,
    };
  }
}

class FakeTriggerBuilder implements Pick<
  GoogleAppsScript.Script.TriggerBuilder,
  'forSpreadsheet' | 'forForm' | 'timeBased'
> {
  readonly [SERVICE] = 'ScriptApp.TriggerBuilder';

  constructor(
    private readonly env: Environment,
    private readonly installer: TriggerInstaller,
    private readonly handlerFunction: string
  ) {}

  forSpreadsheet(
    sheet: GoogleAppsScript.Spreadsheet.Spreadsheet | string
  ): SpreadsheetTriggerBuilder {
    const id = typeof sheet === 'string' ? sheet : sheet.getId();
    return asOfficial(
      new FakeSourceTriggerBuilder(
        this.installer,
        this.handlerFunction,
        'SPREADSHEETS',
        id
      )
    );
  }

  forForm(form: GoogleAppsScript.Forms.Form | string): FormTriggerBuilder {
    const id = typeof form === 'string' ? form : form.getId();
    return asOfficial(
      new FakeSourceTriggerBuilder(
        this.installer,
        this.handlerFunction,
        'FORMS',
        id
      )
    );
  }

  timeBased(): ClockTriggerBuilder {
    return asOfficial(
      new FakeClockTriggerBuilder(
        this.env,
        this.installer,
        this.handlerFunction
      )
    );
  }
}

class FakeWebAppService implements Pick<
  GoogleAppsScript.Script.Service,
  'getUrl' | 'isEnabled'
> {
  readonly [SERVICE] = 'ScriptApp.Service';

  constructor(private readonly url: string) {}

  getUrl(): string {
    return this.url;
  }

  isEnabled(): boolean {
    return true;
  }
}

/**
 * ScriptApp (https://developers.google.com/apps-script/reference/script/script-app).
 * Host API: `triggers` (the TriggerStore), `deploymentId` and `webAppAccess` (the manifest's
 * `webapp.access` of the deployment), which make the web app URL.
 */
export class FakeScriptApp implements Pick<
  GoogleAppsScript.Script.ScriptApp,
  | 'AuthMode'
  | 'EventType'
  | 'TriggerSource'
  | 'WeekDay'
  | 'newTrigger'
  | 'getProjectTriggers'
  | 'deleteTrigger'
  | 'getScriptId'
  | 'getService'
  | 'getOAuthToken'
> {
  readonly [SERVICE] = 'ScriptApp';
  readonly AuthMode = officialEnum<Script['AuthMode']>([
    'NONE',
    'CUSTOM_FUNCTION',
    'LIMITED',
    'FULL',
  ]);
  readonly EventType = officialEnum<Script['EventType']>([
    'CLOCK',
    'ON_OPEN',
    'ON_EDIT',
    'ON_FORM_SUBMIT',
    'ON_CHANGE',
    'ON_EVENT_UPDATED',
  ]);
  readonly TriggerSource = officialEnum<Script['TriggerSource']>([
    'SPREADSHEETS',
    'CLOCK',
    'FORMS',
    'DOCUMENTS',
    'CALENDAR',
  ]);
  readonly WeekDay = officialEnum<typeof GoogleAppsScript.Base.Weekday>([
    'SUNDAY',
    ...WEEKDAYS,
  ]);
  private readonly installer: TriggerInstaller;
  /** Who may open the web app: anyone, or only accounts in the owner's domain. */
  webAppAccess: WebAppAccess = 'ANYONE_ANONYMOUS';

  constructor(
    private readonly env: Environment,
    readonly triggers: TriggerStore,
    readonly deploymentId = `AKfycb${env.scriptId}`
  ) {
    this.installer = new TriggerInstaller(env, triggers);
  }

  newTrigger(functionName: string): GoogleAppsScript.Script.TriggerBuilder {
    return asOfficial(
      new FakeTriggerBuilder(this.env, this.installer, functionName)
    );
  }

  /** Only the current user's triggers (PLATFORM.md: Trigger builders). */
  getProjectTriggers(): Trigger[] {
    return this.triggers
      .ownedBy(this.installer.currentUser())
      .map(record => asOfficial<Trigger>(new FakeTrigger(record)));
  }

  deleteTrigger(trigger: Trigger): void {
    this.triggers.delete(trigger.getUniqueId());
  }

  getScriptId(): string {
    return this.env.scriptId;
  }

  getService(): GoogleAppsScript.Script.Service {
    return asOfficial(new FakeWebAppService(this.webAppUrl()));
  }

  /**
   * The deployed web app's URL. A deployment for the domain is served under the domain's path,
   * `/a/macros/DOMAIN/s/ID/exec` (seen in deployments; that getUrl() answers it is unverified).
   */
  webAppUrl(): string {
    const path =
      this.webAppAccess === 'DOMAIN'
        ? `a/macros/${domainOf(this.env.owner)}/s`
        : 'macros/s';
    return `https://script.google.com/${path}/${this.deploymentId}/exec`;
  }

  /** An opaque bearer token; nothing in the emulator checks it. */
  getOAuthToken(): string {
    return `ya29.emulated-${createHash('sha256').update(this.installer.currentUser()).digest('hex').slice(0, 32)}`;
  }
}

export type WebAppAccess = 'ANYONE_ANONYMOUS' | 'DOMAIN';

export function domainOf(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}

export function createScriptApp(
  env: Environment,
  triggers = new TriggerStore(),
  deploymentId?: string
): FakeScriptApp {
  return new FakeScriptApp(env, triggers, deploymentId);
}

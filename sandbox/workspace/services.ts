import {Environment} from '../core/environment';
import {BIGQUERY_SCOPES, FakeBigQuery} from '../bigquery/bigquery';
import {BigQueryStore} from '../bigquery/bigquery-store';
import {createCacheService} from '../cache/cache-service';
import {ChatWebhookHost, CHAT_HOST} from '../fetch/chat-webhook-host';
import {createUrlFetchApp} from '../fetch/url-fetch-app';
import {createFormApp} from '../forms/form-app';
import {FakeDriveApp, DriveStore} from '../drive/drive-app';
import {DriveUploads} from '../drive/uploads';
import {GmailAccounts} from '../gmail/gmail-account';
import {FakeGmailApp} from '../gmail/gmail-app';
import {createContentService} from '../html/content-service';
import {createHtmlService} from '../html/html-service';
import {createLockService} from '../lock/lock-service';
import {createLogging} from '../logger/logger';
import {createMailApp} from '../mail/mail-app';
import {PostOffice} from '../mail/post-office';
import {createPropertiesService} from '../properties/properties-service';
import {createScriptApp} from '../script/script-app';
import {TriggerStore} from '../script/trigger-store';
import {createSession} from '../session/session';
import {createSpreadsheetApp} from '../spreadsheet/spreadsheet-app';
import {SpreadsheetStore} from '../spreadsheet/store';
import {createUtilities} from '../utilities/utilities';

/**
 * Every fake service of one workspace, wired to the shared environment: the globals a bundle sees,
 * the advanced services a manifest may enable (by `serviceId`), and the host handles the emulator
 * drives them through. A BigQuery store may be shared by several workspaces.
 */
export function createServices(
  env: Environment,
  options: {bigQuery?: BigQueryStore} = {}
) {
  const spreadsheets = new SpreadsheetStore(env);
  const triggers = new TriggerStore();
  const forms = createFormApp(env, {
    openSpreadsheet: id => spreadsheets.byId(id),
  });
  const fetch = createUrlFetchApp(env);
  const chat = new ChatWebhookHost(env.clock);
  fetch.route(CHAT_HOST, chat.handle);
  const logging = createLogging(env);
  // The script is bound to a spreadsheet, so document locks, properties and caches exist.
  const hasContainer = () => true;
  const bigquery = options.bigQuery ?? new BigQueryStore();
  const post = new PostOffice(env);
  const gmail = new GmailAccounts(env, post);
  const driveFiles = new DriveStore(env);
  const hosts = {
    spreadsheets,
    bigquery,
    triggers,
    forms,
    fetch,
    chat,
    log: logging.log,
    mail: createMailApp(env, post),
    post,
    gmail,
    driveFiles,
    locks: createLockService(env, hasContainer),
    properties: createPropertiesService(env, hasContainer),
    cache: createCacheService(env, hasContainer),
    session: createSession(env),
    html: createHtmlService(),
    drive: new DriveUploads(),
  };
  const globals: Record<string, object> = {
    SpreadsheetApp: createSpreadsheetApp(env, spreadsheets),
    FormApp: forms,
    ScriptApp: createScriptApp(env, triggers),
    MailApp: hosts.mail,
    GmailApp: new FakeGmailApp(gmail),
    DriveApp: new FakeDriveApp(env, driveFiles),
    UrlFetchApp: fetch,
    LockService: hosts.locks,
    PropertiesService: hosts.properties,
    CacheService: hosts.cache,
    Session: hosts.session,
    Utilities: createUtilities(env),
    HtmlService: hosts.html,
    ContentService: createContentService(),
    Logger: logging.Logger,
    console: logging.console,
  };
  const bigQueryService = new FakeBigQuery(env, bigquery);
  /** By `serviceId`: the fake, and whether a manifest's explicit scopes let the script call it. */
  const advancedServices: Record<
    string,
    {fake: object; authorize(scopes: readonly string[] | undefined): void}
  > = {
    bigquery: {
      fake: bigQueryService,
      authorize: scopes => {
        bigQueryService.grant.granted =
          scopes === undefined ||
          BIGQUERY_SCOPES.some(scope => scopes.includes(scope));
      },
    },
  };
  return {globals, advancedServices, ...hosts};
}

export type Services = ReturnType<typeof createServices>;

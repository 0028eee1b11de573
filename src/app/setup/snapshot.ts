// Cached snapshot of the configuration tabs and Tickets headers, so triggers skip rereading them.
import {
  buildReference,
  Reference,
  ReferenceRows,
} from '../../domain/settings/reference';
import {TAB} from '../../domain/setup/workbook';
import {teacherPageLink} from './teacher-links';
import {cachedJson, cacheJson, forget} from '../../workspace/services/cache';
import {
  forget as forgetInScope,
  remember,
  remembered,
} from '../../workspace/services/execution-scope';
import {rememberWebAppUrl, webAppUrl} from '../../workspace/services/signing';
import {requireSheet} from '../../workspace/sheets/spreadsheet';
import {readHeaders, readRecords} from '../../workspace/sheets/table';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * The slow-changing tabs, the Tickets headers, the sheet's URL and its time zone, cached so a
 * submission or an edit does not re-read them. Setup, the example school and edits of those tabs
 * forget it.
 */
export interface Snapshot {
  readonly rows: ReferenceRows;
  readonly ticketHeaders: readonly string[];
  readonly sheetUrl: string;
  /**
   * The spreadsheet's time zone (File → Settings), which the desk follows: Sheets shows and reads
   * times of day in it (platform.md: Time zones).
   */
  readonly timeZone: string;
  /**
   * The web app's URL when the snapshot was read, once it is deployed; a new deployment's URL is
   * used when the snapshot is next read (setup, an edit of a settings tab, or 6 hours).
   */
  readonly webAppUrl?: string;
}

const SNAPSHOT_KEY = 'peerDesk.snapshot.v4';

export function readSnapshot(ss: Spreadsheet): Snapshot {
  const timeZone = ss.getSpreadsheetTimeZone();
  const records = (tab: string) => readRecords(requireSheet(ss, tab), timeZone);
  // A desk set up before the Translations tab existed has none until setup is repaired.
  const optionalRecords = (tab: string) => {
    const sheet = ss.getSheetByName(tab);
    return sheet ? readRecords(sheet, timeZone) : [];
  };
  const snapshot: Snapshot = {
    rows: {
      techs: records(TAB.techs),
      schedule: records(TAB.schedule),
      rota: records(TAB.rota),
      config: records(TAB.config),
      knowledgeBase: records(TAB.knowledgeBase),
      translations: optionalRecords(TAB.translations),
      leave: optionalRecords(TAB.leave),
      roles: optionalRecords(TAB.roles),
    },
    ticketHeaders: readHeaders(requireSheet(ss, TAB.tickets)),
    sheetUrl: ss.getUrl(),
    timeZone,
    webAppUrl: webAppUrl(),
  };
  cacheJson(SNAPSHOT_KEY, snapshot);
  remember(SNAPSHOT_KEY, snapshot);
  return snapshot;
}

/** The snapshot, from the cache once per execution (a handler in an execution scope). */
export function loadSnapshot(ss: Spreadsheet): Snapshot {
  const snapshot = remembered(
    SNAPSHOT_KEY,
    () => cachedJson<Snapshot>(SNAPSHOT_KEY) ?? readSnapshot(ss)
  );
  if (snapshot.webAppUrl) rememberWebAppUrl(snapshot.webAppUrl);
  return snapshot;
}

export function forgetSnapshot(): void {
  forget(SNAPSHOT_KEY);
  forgetInScope(SNAPSHOT_KEY);
}

/** The settings, with the requester-page link every requester email carries. */
export function referenceOf(snapshot: Snapshot): Reference {
  return {...buildReference(snapshot.rows), requesterPage: teacherPageLink};
}

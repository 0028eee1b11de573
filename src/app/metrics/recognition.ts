// The Recognition tab: badges appended once each, and the Chat post that announces new ones.
import {Badge, badgeKey} from '../../domain/metrics/badges';
import {textPost} from '../../domain/notifications/chat-card';
import {
  chatNotification,
  Notification,
} from '../../domain/notifications/notification';
import {LEADER_TAB, RECOGNITION_HEADERS} from '../../domain/metrics/tabs';
import {sheetNamed} from '../../workspace/sheets/output-table';
import {shrinkGrid} from '../../workspace/sheets/grid-size';
import {appendRows, readRecords} from '../../workspace/sheets/table';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Appends the badges not yet on the Recognition tab; returns them, to be announced once, and the
 * tab's data rows after.
 */
export function recordRecognition(
  ss: Spreadsheet,
  badges: readonly Badge[],
  timeZone: string
): {fresh: Badge[]; rows: number} {
  const sheet = sheetNamed(ss, LEADER_TAB.recognition);
  if (sheet.getLastRow() === 0) {
    sheet
      .getRange(1, 1, 1, RECOGNITION_HEADERS.length)
      .setValues([[...RECOGNITION_HEADERS]]);
    shrinkGrid(sheet, 2, RECOGNITION_HEADERS.length);
  }
  const records = readRecords(sheet, timeZone);
  const known = new Set(
    records.map(r => badgeKey({techEmail: r['Tech Email'], id: r['Badge ID']}))
  );
  const fresh = badges.filter(b => !known.has(badgeKey(b)));
  appendRows(
    sheet,
    fresh.map(b => [
      new Date(b.earnedMs),
      b.techName,
      b.title,
      b.techEmail,
      b.id,
    ])
  );
  return {fresh, rows: records.length + fresh.length};
}

/** The Chat post announcing new badges. */
export function recognitionPost(
  deskName: string,
  fresh: readonly Badge[],
  today: string
): Notification {
  const lines = fresh.map(b => `🏅 ${b.techName}: ${b.title}`);
  return chatNotification(
    'recognition',
    `badges ${today} ${fresh.map(badgeKey).join(',')}`,
    textPost(
      `recognition-${today}`,
      [`*${deskName}: well done!*`, ...lines].join('\n')
    )
  );
}

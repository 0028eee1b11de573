// "Import devices": the list on the Device Import tab merged into the Devices tab by asset tag.
import {importDevices} from '../../domain/devices/device-import';
import {DEVICE_IMPORT_TAB} from '../../domain/devices/tabs';
import {TAB} from '../../domain/setup/workbook';
import {CellValue} from '../../domain/tickets/ticket-row';
import {withScriptLock} from '../../workspace/services/lock';
import {utcOffsetReader} from '../../workspace/services/zone';
import {toCells} from '../../workspace/sheets/cells';
import {
  activeSpreadsheet,
  requireSheet,
} from '../../workspace/sheets/spreadsheet';
import {alert} from '../../workspace/sheets/ui';

const TITLE = 'Peer Desk devices';

const HOW_TO_FILL =
  `Paste the device list (CSV lines, or cells copied from an inventory) into the ${DEVICE_IMPORT_TAB} tab, ` +
  'or bring a CSV from Drive with File › Import › Replace current sheet while that tab is open, ' +
  'then choose Peer Desk › Import devices again. The first row names the columns: Asset Tag, Serial, Model, Kind, Assigned To, Campus, Status, Warranty End.';

function plural(count: number, one: string): string {
  return `${count} ${one}${count === 1 ? '' : 's'}`;
}

/**
 * Menu item "Import devices": reads the Device Import tab (made empty, with the instructions, the
 * first time) and merges it into Devices under the script lock in one write, so a stop leaves the
 * tab as it was or wholly imported. Importing the same list again changes nothing.
 */
export function importDeviceList(): string {
  const ss = activeSpreadsheet();
  const source = ss.getSheetByName(DEVICE_IMPORT_TAB);
  if (!source || source.getLastRow() < 2) {
    if (!source) ss.insertSheet(DEVICE_IMPORT_TAB);
    alert(TITLE, HOW_TO_FILL);
    return HOW_TO_FILL;
  }
  const text = withScriptLock(() => {
    const devices = requireSheet(ss, TAB.devices);
    const [headers, ...existing] = devices
      .getDataRange()
      .getValues() as CellValue[][];
    const result = importDevices(
      headers.map(h => String(h).trim()),
      existing,
      source.getDataRange().getValues() as CellValue[][],
      utcOffsetReader(ss.getSpreadsheetTimeZone())
    );
    if (result.added + result.updated > 0) {
      const needed = result.rows.length + 1 - devices.getMaxRows();
      if (needed > 0) devices.insertRowsAfter(devices.getMaxRows(), needed);
      devices
        .getRange(2, 1, result.rows.length, headers.length)
        .setValues(result.rows.map(toCells));
    }
    return [
      `Devices imported: ${plural(result.added, 'device')} added, ${plural(result.updated, 'device')} updated.`,
      ...result.skipped.slice(0, 10),
      ...(result.skipped.length > 10
        ? [`…and ${result.skipped.length - 10} more rows skipped.`]
        : []),
    ].join('\n');
  });
  alert(TITLE, text);
  return text;
}

// The sweep's step for devices: new tickets linked to the device their Asset Tag names, finished repairs written in.
import {
  Device,
  devicesOf,
  findDevice,
  tagKey,
} from '../../domain/devices/devices';
import {
  formatRepairHistory,
  linkedTicketNote,
  parseRepairHistory,
  RepairLine,
  repeatFlag,
  unknownTagNote,
} from '../../domain/devices/repair-history';
import {DEVICE_STATUS, DeviceField} from '../../domain/devices/tabs';
import {localDateOf} from '../../domain/school-time/zoned-dates';
import {TAB} from '../../domain/setup/workbook';
import {ticketNumber} from '../../domain/tickets/ticket-id';
import {CellValue, cellText, isDate} from '../../domain/tickets/ticket-row';
import {isOpen} from '../../domain/tickets/workflow';
import {LedgerRow, TicketLedger} from '../../workspace/ledger/ticket-ledger';
import {
  PROPERTY,
  scriptProperty,
  setScriptProperties,
} from '../../workspace/services/properties';
import {ScriptNow} from '../../workspace/services/script-clock';
import {utcOffsetReader} from '../../workspace/services/zone';
import {toCells} from '../../workspace/sheets/cells';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Open repairs remembered at most: a ticket the sweep never sees finish is let go past this. */
const OPEN_REPAIRS_MAX = 300;
/** With no mark yet (a desk just upgraded), only tickets this recent are linked. */
const FIRST_LINK_WINDOW_MS = 60 * 60_000;

/** The columns the desk writes on a linked device: its status and its repairs. */
const WRITTEN: readonly DeviceField[] = [
  'Status',
  'Repairs',
  'Last Repair',
  'Repeat Repairs',
  'Repair History',
];

function openRepairs(): Record<string, string> {
  try {
    const stored: unknown = JSON.parse(
      scriptProperty(PROPERTY.devicesOpenRepairs) ?? '{}'
    );
    return typeof stored === 'object' && stored !== null
      ? (stored as Record<string, string>)
      : {};
  } catch {
    return {};
  }
}

/** A resolved ticket's line says what was done (its Resolution, else its status). */
function finish(history: RepairLine[], row: LedgerRow): void {
  const id = cellText(row.ticket['Ticket ID']);
  const line = history.findIndex(l => l.ticketId === id);
  const done =
    cellText(row.ticket.Resolution).trim() ||
    cellText(row.ticket.Status).toLowerCase();
  if (line >= 0) history[line] = {...history[line], done};
}

/** The Devices tab's rows, read once, and the changes this sweep makes to them. */
class DeviceRows {
  private readonly devices: Device[];
  private readonly histories = new Map<number, RepairLine[]>();
  private readonly statuses = new Map<number, string>();

  constructor(
    private readonly headers: string[],
    private readonly rows: CellValue[][]
  ) {
    this.devices = devicesOf(headers, rows);
  }

  get empty(): boolean {
    return this.devices.length === 0;
  }

  find(typed: string): Device | undefined {
    return findDevice(this.devices, typed);
  }

  history(device: Device): RepairLine[] {
    let lines = this.histories.get(device.index);
    if (!lines) {
      lines = parseRepairHistory(device.text('Repair History'));
      this.histories.set(device.index, lines);
    }
    return lines;
  }

  setStatus(device: Device, from: string, to: string): void {
    if (device.text('Status').toLowerCase() === from)
      this.statuses.set(device.index, to);
    this.history(device);
  }

  /** Every changed device's status and repair columns, in one write of the rows they span. */
  write(sheet: GoogleAppsScript.Spreadsheet.Sheet, today: string): void {
    if (this.histories.size === 0) return;
    const column = new Map(this.headers.map((h, i) => [h, i]));
    for (const [index, lines] of this.histories) {
      const row = this.rows[index];
      const set = (field: DeviceField, value: CellValue) => {
        const at = column.get(field);
        if (at !== undefined) row[at] = value;
      };
      const dated = lines.filter(line => line.date !== '');
      set('Repairs', dated.length);
      set('Last Repair', dated[0]?.date ?? '');
      set('Repeat Repairs', repeatFlag(lines, today));
      set('Repair History', formatRepairHistory(lines));
      const status = this.statuses.get(index);
      if (status) set('Status', status);
    }
    const columns = WRITTEN.flatMap(field => {
      const at = column.get(field);
      return at === undefined ? [] : [at];
    });
    const first = Math.min(...columns);
    const last = Math.max(...columns);
    const indexes = [...this.histories.keys()];
    const top = Math.min(...indexes);
    const bottom = Math.max(...indexes);
    sheet
      .getRange(top + 2, first + 1, bottom - top + 1, last - first + 1)
      .setValues(
        this.rows
          .slice(top, bottom + 1)
          .map(row => toCells(row.slice(first, last + 1)))
      );
  }
}

/**
 * Call under the script lock with the rows the sweep read. A ticket numbered past the last one
 * linked is linked to the device its Asset Tag names (by tag, else serial): the device's Repair
 * History gains a line, its Status goes from in service to in repair, and the ticket's Asset Tag
 * gets a note with the device and its earlier repairs (or a note that the tag is unknown). A linked
 * ticket seen resolved has what was done written into its line, and its device back in service.
 * A sweep with nothing new reads no tab. History lines are keyed by ticket ID, so a sweep stopped
 * before its mark was kept links nothing twice.
 */
export function linkDeviceTickets(
  ss: Spreadsheet,
  ledger: TicketLedger,
  rows: readonly LedgerRow[],
  clock: ScriptNow
): void {
  const stored = scriptProperty(PROPERTY.devicesLinkedThrough);
  const open = openRepairs();
  const number = (row: LedgerRow) =>
    ticketNumber(cellText(row.ticket['Ticket ID'])) ?? 0;
  const recent = (row: LedgerRow) => {
    const created = row.ticket.Created;
    return (
      isDate(created) &&
      clock.now.getTime() - created.getTime() < FIRST_LINK_WINDOW_MS
    );
  };
  const mark = Number(stored ?? 0);
  const fresh = rows.filter(
    row => number(row) > mark && (stored !== undefined || recent(row))
  );
  const finished = rows.filter(
    row =>
      open[cellText(row.ticket['Ticket ID'])] !== undefined &&
      !isOpen(cellText(row.ticket.Status))
  );
  const highest = Math.max(mark, ...rows.map(number));
  const tagged = fresh.filter(
    row => cellText(row.ticket['Asset Tag']).trim() !== ''
  );
  const keep = () =>
    setScriptProperties({
      [PROPERTY.devicesLinkedThrough]: String(highest),
      [PROPERTY.devicesOpenRepairs]: JSON.stringify(
        Object.fromEntries(Object.entries(open).slice(-OPEN_REPAIRS_MAX))
      ),
    });
  if (tagged.length === 0 && finished.length === 0) {
    if (stored === undefined || highest > mark) keep();
    return;
  }
  const sheet = ss.getSheetByName(TAB.devices);
  const [headers = [], ...body] = (sheet?.getDataRange().getValues() ??
    []) as CellValue[][];
  const devices = new DeviceRows(
    headers.map(h => String(h).trim()),
    body
  );
  if (!sheet || devices.empty) {
    // A desk that keeps no Devices tab is not told about every tag.
    keep();
    return;
  }
  const offset = utcOffsetReader(clock.timeZone);
  const today = clock.local.date;
  const notes: [LedgerRow, string][] = [];
  for (const row of tagged) {
    const id = cellText(row.ticket['Ticket ID']);
    const typed = cellText(row.ticket['Asset Tag']);
    const device = devices.find(typed);
    if (!device) {
      notes.push([row, unknownTagNote(typed)]);
      continue;
    }
    const history = devices.history(device);
    if (!history.some(line => line.ticketId === id)) {
      const created = row.ticket.Created;
      history.unshift({
        ticketId: id,
        date: isDate(created) ? localDateOf(created.getTime(), offset) : today,
        summary: cellText(row.ticket.Summary),
        done: '',
      });
    }
    if (isOpen(cellText(row.ticket.Status))) {
      devices.setStatus(
        device,
        DEVICE_STATUS.inService,
        DEVICE_STATUS.inRepair
      );
      open[id] = tagKey(device.text('Asset Tag'));
    } else finish(history, row);
    notes.push([row, linkedTicketNote(device, history, id, today)]);
  }
  for (const row of finished) {
    const id = cellText(row.ticket['Ticket ID']);
    const device = devices.find(open[id]);
    delete open[id];
    if (!device) continue;
    finish(devices.history(device), row);
    const key = tagKey(device.text('Asset Tag'));
    if (!Object.values(open).includes(key))
      devices.setStatus(
        device,
        DEVICE_STATUS.inRepair,
        DEVICE_STATUS.inService
      );
  }
  devices.write(sheet, today);
  for (const [row, note] of notes)
    ledger.setNote(row.rowNumber, 'Asset Tag', note);
  keep();
}

// A device list imported into the Devices tab: its columns recognised by name, rows merged by asset tag.
import {localMidnightMs, UtcOffset} from '../school-time/zoned-dates';
import {isLocalDate} from '../school-time/local-time';
import {CellValue, isDate} from '../tickets/ticket-row';
import {parseCsv} from './csv';
import {DEVICE_STATUS, DEVICE_STATUSES, DeviceFact} from './tabs';
import {tagKey} from './devices';

/** What an import changed, and each source row it could not use and why. */
export interface DeviceImport {
  /** The Devices tab's rows below the header after the import, as wide as its headers. */
  readonly rows: CellValue[][];
  readonly added: number;
  readonly updated: number;
  readonly skipped: readonly string[];
}

/** Column names other lists use (an inventory, the Admin console's export), by their letters only. */
const ALIASES: Readonly<Record<string, DeviceFact>> = {
  assettag: 'Asset Tag',
  asset: 'Asset Tag',
  tag: 'Asset Tag',
  annotatedassetid: 'Asset Tag',
  serial: 'Serial',
  serialnumber: 'Serial',
  sn: 'Serial',
  model: 'Model',
  kind: 'Kind',
  type: 'Kind',
  devicetype: 'Kind',
  assignedto: 'Assigned To',
  annotateduser: 'Assigned To',
  user: 'Assigned To',
  location: 'Assigned To',
  annotatedlocation: 'Assigned To',
  campus: 'Campus',
  school: 'Campus',
  status: 'Status',
  warrantyend: 'Warranty End',
  warranty: 'Warranty End',
  warrantyexpires: 'Warranty End',
};

function letters(text: string): string {
  return text.toLowerCase().replace(/[^a-z]/g, '');
}

/**
 * The source's rows as a grid: a CSV pasted into one column (Sheets puts each line in column A
 * unless it is split) is parsed; a grid already split into columns is taken as it is.
 */
function sourceGrid(source: readonly (readonly CellValue[])[]): CellValue[][] {
  const filled = source.filter(row => row.some(cell => cell !== ''));
  const oneColumn = filled.every(row =>
    row.slice(1).every(cell => cell === '')
  );
  if (filled.length > 0 && oneColumn && String(filled[0][0]).includes(','))
    return parseCsv(filled.map(row => String(row[0])).join('\n'));
  return filled.map(row => [...row]);
}

/** A status as the dropdown spells it ("Active" in an inventory means in service). */
function statusOf(text: string): string {
  const key = text.trim().toLowerCase();
  if (key === 'active' || key === 'provisioned') return DEVICE_STATUS.inService;
  if (key === 'deprovisioned' || key === 'disabled')
    return DEVICE_STATUS.retired;
  return DEVICE_STATUSES.find(status => status === key) ?? text.trim();
}

/** A date typed as yyyy-MM-dd (or m/d/yyyy) as the school's midnight; anything else as given. */
function dateOf(value: CellValue, offset: UtcOffset): CellValue {
  if (isDate(value)) return value;
  const text = String(value).trim();
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const iso = us
    ? `${us[3]}-${us[1].padStart(2, '0')}-${us[2].padStart(2, '0')}`
    : text.slice(0, 10);
  return isLocalDate(iso) && (us || /^\d{4}-\d\d-\d\d(T|$)/.test(text))
    ? new Date(localMidnightMs(iso, offset))
    : text;
}

function factValue(
  fact: DeviceFact,
  value: CellValue,
  offset: UtcOffset
): CellValue {
  if (fact === 'Warranty End') return dateOf(value, offset);
  const text = (isDate(value) ? value.toISOString() : String(value)).trim();
  return fact === 'Status' ? statusOf(text) : text;
}

function sameValue(a: CellValue | undefined, b: CellValue): boolean {
  if (isDate(a) && isDate(b)) return a.getTime() === b.getTime();
  return String(a ?? '').trim() === String(b).trim();
}

/**
 * Merges a pasted or imported list into the Devices rows: a row whose asset tag is already there
 * updates that device (a blank source cell keeps what the tab holds), any other is added, so
 * importing the same list again changes nothing. The repair columns are never touched.
 */
export function importDevices(
  headers: readonly string[],
  existing: readonly (readonly CellValue[])[],
  source: readonly (readonly CellValue[])[],
  offset: UtcOffset
): DeviceImport {
  const rows = existing.map(row => headers.map((_, i) => row[i] ?? ''));
  const column = new Map(headers.map((header, i) => [header, i]));
  const tagColumn = column.get('Asset Tag');
  const [sourceHeaders = [], ...sourceRows] = sourceGrid(source);
  const facts = sourceHeaders.map(header => ALIASES[letters(String(header))]);
  if (tagColumn === undefined || !facts.includes('Asset Tag'))
    return {
      rows,
      added: 0,
      updated: 0,
      skipped: [
        'The list has no Asset Tag column: its first row must name the columns (Asset Tag, Serial, Model…).',
      ],
    };
  const byTag = new Map<string, number>();
  rows.forEach((row, i) => {
    const key = tagKey(String(row[tagColumn]));
    if (key !== '' && !byTag.has(key)) byTag.set(key, i);
  });
  const skipped: string[] = [];
  const added = new Set<number>();
  const updated = new Set<number>();
  sourceRows.forEach((sourceRow, r) => {
    const tagAt = facts.indexOf('Asset Tag');
    const tag = String(sourceRow[tagAt] ?? '').trim();
    if (tag === '') {
      skipped.push(`Row ${r + 2} has no asset tag.`);
      return;
    }
    let target = byTag.get(tagKey(tag));
    if (target === undefined) {
      target = rows.length;
      rows.push(headers.map((_, i) => (i === tagColumn ? tag : '')));
      byTag.set(tagKey(tag), target);
      added.add(target);
    }
    const row = rows[target];
    facts.forEach((fact, i) => {
      const at = fact && column.get(fact);
      const cell = sourceRow[i] ?? '';
      if (at === undefined || !fact || String(cell).trim() === '') return;
      // Matched whatever its case: the tag keeps the spelling it was first written with.
      if (at === tagColumn) return;
      const value = factValue(fact, cell, offset);
      if (sameValue(row[at], value)) return;
      row[at] = value;
      if (!added.has(target)) updated.add(target);
    });
    const status = column.get('Status');
    if (added.has(target) && status !== undefined && row[status] === '')
      row[status] = DEVICE_STATUS.inService;
  });
  return {rows, added: added.size, updated: updated.size, skipped};
}

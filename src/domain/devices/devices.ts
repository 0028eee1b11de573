// A device on the Devices tab, and finding one by its asset tag or serial.
import {CellValue, isDate} from '../tickets/ticket-row';
import {DeviceField} from './tabs';

/** An asset tag or serial as it is matched: case and surrounding spaces do not count. */
export function tagKey(text: string): string {
  return text.trim().toLowerCase();
}

/** One Devices row as the desk reads it. */
export interface Device {
  /** 0-based among the rows below the header. */
  readonly index: number;
  readonly cell: (field: DeviceField) => CellValue;
  readonly text: (field: DeviceField) => string;
}

/** The Devices rows below the header, addressed by header; rows without an asset tag left out. */
export function devicesOf(
  headers: readonly string[],
  rows: readonly (readonly CellValue[])[]
): Device[] {
  const column = new Map(headers.map((header, i) => [header, i]));
  return rows.flatMap((row, index) => {
    const cell = (field: DeviceField): CellValue => {
      const at = column.get(field);
      return at === undefined ? '' : (row[at] ?? '');
    };
    const text = (field: DeviceField) => {
      const value = cell(field);
      return isDate(value) ? value.toISOString() : String(value).trim();
    };
    return text('Asset Tag') === '' ? [] : [{index, cell, text}];
  });
}

/**
 * The device a ticket's Asset Tag names: by asset tag first, then by serial (a walk-up tech may
 * type the serial printed under a Chromebook when its tag is gone).
 */
export function findDevice(
  devices: readonly Device[],
  typed: string
): Device | undefined {
  const key = tagKey(typed);
  if (key === '') return undefined;
  return (
    devices.find(d => tagKey(d.text('Asset Tag')) === key) ??
    devices.find(d => tagKey(d.text('Serial')) === key)
  );
}

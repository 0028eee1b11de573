// Fingerprints of an output table's blocks of rows: which blocks the tab already holds, trusted for a day.
import {storedObject} from '../text';
import {CellValue, isDate} from '../tickets/ticket-row';

/** Rows per fingerprinted block; a block whose rows are unchanged is neither read nor written. */
export const BLOCK_ROWS = 500;

/** A Script Property holds 9 KB (platform.md: Quotas); a larger record is not kept. */
const MAX_RECORD_CHARS = 8_500;

/** What the last update left in the tab: its width, and each block's fingerprint. */
export interface TableBlocks {
  /** The local date of the last full read: the first update of each day reads every row again. */
  readonly day: string;
  readonly width: number;
  /** The tab's rows, header included: a tab that no longer has as many was changed by a person. */
  readonly rows: number;
  readonly blocks: readonly string[];
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

const TWO_TO_32 = 4_294_967_296;

/**
 * FNV-1a continued over one cell, typed: text by its characters, numbers by their whole part and
 * 1/65536ths, dates by their instant. No text is built: this runs over every cell of the tab.
 */
function mixCell(hash: number, value: CellValue): number {
  const mix = (h: number, n: number) => Math.imul(h ^ n, FNV_PRIME);
  let h = hash;
  if (typeof value === 'string') {
    h = mix(h, 1);
    for (let i = 0; i < value.length; i++) h = mix(h, value.charCodeAt(i));
  } else if (typeof value === 'number') {
    h = mix(mix(mix(h, 2), value | 0), (value * 65_536) | 0);
  } else if (typeof value === 'boolean') {
    h = mix(h, value ? 3 : 4);
  } else if (isDate(value)) {
    const ms = value.getTime();
    h = mix(mix(mix(h, 5), (ms % TWO_TO_32) | 0), Math.floor(ms / TWO_TO_32));
  }
  return mix(h, 0x1f);
}

/** Each block's fingerprint, over its cells' values in order, as 8 hex digits. */
export function blockFingerprints(
  rows: readonly (readonly CellValue[])[]
): string[] {
  const prints: string[] = [];
  for (let first = 0; first < rows.length; first += BLOCK_ROWS) {
    let hash = FNV_OFFSET;
    for (const row of rows.slice(first, first + BLOCK_ROWS)) {
      for (const value of row) hash = mixCell(hash, value);
      hash = Math.imul(hash ^ 0x1e, FNV_PRIME);
    }
    prints.push((hash >>> 0).toString(16).padStart(8, '0'));
  }
  return prints;
}

/**
 * The blocks (0-based) the tab can be trusted to hold already: those whose fingerprint the last
 * update recorded today, at the same width, the tab still as long as that update left it. None on
 * a new day, so each day starts from a full read.
 */
export function trustedBlocks(
  stored: TableBlocks | undefined,
  now: {readonly today: string; readonly width: number; readonly rows: number},
  prints: readonly string[]
): Set<number> {
  if (
    !stored ||
    stored.day !== now.today ||
    stored.width !== now.width ||
    stored.rows !== now.rows
  )
    return new Set();
  return new Set(
    prints.flatMap((print, i) => (stored.blocks[i] === print ? [i] : []))
  );
}

export function serialiseBlocks(record: TableBlocks): string | undefined {
  const text = JSON.stringify({
    d: record.day,
    w: record.width,
    n: record.rows,
    b: record.blocks,
  });
  return text.length <= MAX_RECORD_CHARS ? text : undefined;
}

/** The stored record, or undefined when absent or not what this version wrote. */
export function parseBlocks(text: string | undefined): TableBlocks | undefined {
  const data = storedObject(text);
  if (!data) return undefined;
  const {d, w, n, b} = data;
  if (
    typeof d !== 'string' ||
    typeof w !== 'number' ||
    typeof n !== 'number' ||
    !Array.isArray(b) ||
    !b.every(print => typeof print === 'string')
  )
    return undefined;
  return {day: d, width: w, rows: n, blocks: b as string[]};
}

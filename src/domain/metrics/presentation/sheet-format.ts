// How an output tab looks: frozen rows, column widths, number formats, bold, shading, large type.
/** A block of cells, 1-based. */
export interface CellBlock {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

export interface SheetFormat {
  readonly frozenRows: number;
  /** Pixel widths from column A. */
  readonly columnWidths: readonly number[];
  readonly numberFormats: readonly {block: CellBlock; format: string}[];
  readonly bold: readonly CellBlock[];
  readonly shaded: readonly {block: CellBlock; color: string}[];
  readonly fontSizes: readonly {block: CellBlock; size: number}[];
  readonly centred: readonly CellBlock[];
  /** Pixel heights of rows whose type is larger than the default. */
  readonly rowHeights: readonly {row: number; height: number}[];
}

export const HEADER_SHADE = '#d9e2f3';

/**
 * A Looker-style table (one header row, then data): the header bold, shaded and frozen, each
 * column's format over its `rows` data rows, and each column `width` pixels wide.
 */
export function tableFormat(
  columnFormats: readonly string[],
  rows: number,
  width = 140
): SheetFormat {
  const columns = columnFormats.length;
  const header = {row: 1, column: 1, rows: 1, columns};
  return {
    frozenRows: 1,
    columnWidths: columnFormats.map(() => width),
    numberFormats:
      rows === 0
        ? []
        : columnFormats.flatMap((format, i) =>
            format === ''
              ? []
              : [{block: {row: 2, column: i + 1, rows, columns: 1}, format}]
          ),
    bold: [header],
    shaded: [{block: header, color: HEADER_SHADE}],
    fontSizes: [],
    centred: [],
    rowHeights: [],
  };
}

/**
 * Data rows a table's formats cover: its rows rounded up to whole blocks, and the tab's grid kept
 * that tall, so a table that grows by a few rows an hour is formatted again only when it crosses
 * into a new block (about 500 rows × the table's width of blank cells at most).
 */
export const FORMAT_BLOCK_ROWS = 500;

export function formattedRows(rows: number): number {
  return Math.max(1, Math.ceil(rows / FORMAT_BLOCK_ROWS)) * FORMAT_BLOCK_ROWS;
}

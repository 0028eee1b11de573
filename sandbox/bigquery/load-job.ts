/**
 * A load job of newline-delimited JSON into a table or one integer-range partition of it, with
 * BigQuery's write and create dispositions and the errors a failed load reports in its status
 * (platform.md: BigQuery).
 */
import {ErrorProto, invalid, notFound, alreadyExists} from './bigquery-errors';
import {
  BigQueryStore,
  partitionOf,
  TableRecord,
  tableName,
} from './bigquery-store';
import {Field, parseSchema, readJsonRow, StoredRow} from './table-schema';

type LoadConfiguration = GoogleAppsScript.BigQuery.Schema.JobConfigurationLoad;

export interface LoadOutcome {
  /** Empty when the load succeeded; else `errorResult` first, as `status.errors` lists them. */
  readonly errors: readonly ErrorProto[];
  readonly outputRows: number;
  readonly badRecords: number;
  readonly inputBytes: number;
}

const READING = 'Error while reading data, error message: ';

function failed(...errors: ErrorProto[]): LoadOutcome {
  return {errors, outputRows: 0, badRecords: 0, inputBytes: 0};
}

/** A job's schema against the table's, as an append or a partition write requires them equal. */
function schemaMismatch(
  table: TableRecord,
  fields: readonly Field[]
): ErrorProto | undefined {
  const name = tableName(table.projectId, table.datasetId, table.tableId);
  const given = new Map(fields.map(f => [f.name.toLowerCase(), f]));
  for (const field of table.fields) {
    const other = given.get(field.name.toLowerCase());
    // "Provided Schema does not match Table p:d.t. Field x is missing in new schema", as reported.
    if (!other)
      return invalid(
        `Provided Schema does not match Table ${name}. Field ${field.name} is missing in new schema`
      );
    if (other.type !== field.type)
      return invalid(
        `Provided Schema does not match Table ${name}. Field ${field.name} has changed type from ${field.type} to ${other.type}`
      );
  }
  return undefined;
}

/** Reads every line; gives up at the first bad record past `maxBadRecords`, as BigQuery does. */
function readRows(
  text: string,
  fields: readonly Field[],
  config: LoadConfiguration
): {rows: StoredRow[]; bad: number} | {errors: ErrorProto[]} {
  const maxBad = config.maxBadRecords ?? 0;
  const rows: StoredRow[] = [];
  const rowErrors: ErrorProto[] = [];
  let position = 0;
  let read = 0;
  for (const line of text.split('\n')) {
    const start = position;
    position += Buffer.byteLength(line, 'utf8') + 1;
    if (line.trim() === '') continue;
    read++;
    const row = readJsonRow(line, fields, config.ignoreUnknownValues === true);
    if ('row' in row) {
      rows.push(row.row);
      continue;
    }
    rowErrors.push(
      ...row.errors.map(message =>
        invalid(
          `${READING}JSON parsing error in row starting at position ${start}: ${message}`
        )
      )
    );
    if (rowErrors.length > maxBad) {
      const count = rowErrors.length;
      return {
        errors: [
          invalid(
            `${READING}JSON table encountered too many errors, giving up. Rows: ${read}; errors: ${count}. Please look into the errors[] collection for more details.`
          ),
          invalid(
            `${READING}JSON processing encountered too many errors, giving up. Rows: ${read}; errors: ${count}; max bad: ${maxBad}; error percent: 0`
          ),
          ...rowErrors,
        ],
      };
    }
  }
  return {rows, bad: rowErrors.length};
}

/** Finds or (CREATE_IF_NEEDED) creates the destination table, or says why the job fails. */
function destination(
  store: BigQueryStore,
  config: LoadConfiguration,
  fields: readonly Field[] | undefined,
  now: number
): TableRecord | ErrorProto {
  const ref = config.destinationTable ?? {};
  const projectId = ref.projectId ?? '';
  const datasetId = ref.datasetId ?? '';
  const tableId = (ref.tableId ?? '').split('$')[0];
  const dataset = store.dataset(projectId, datasetId);
  if (!dataset) return notFound('Dataset', tableName(projectId, datasetId));
  const existing = dataset.tables.get(tableId);
  if (existing) return existing;
  const name = tableName(projectId, datasetId, tableId);
  if (config.createDisposition === 'CREATE_NEVER')
    return notFound('Table', name);
  // As BigQuery refuses a load that would create a table without one.
  if (!fields || fields.length === 0)
    return invalid('No schema specified on job or table.');
  const table: TableRecord = {
    projectId,
    datasetId,
    tableId,
    fields,
    rows: [],
    creationTime: now,
    lastModifiedTime: now,
  };
  dataset.tables.set(tableId, table);
  return table;
}

/** Runs a load of `text` (newline-delimited JSON); the table changes only if it succeeds. */
export function runLoad(
  store: BigQueryStore,
  config: LoadConfiguration,
  text: string,
  now: number
): LoadOutcome {
  let fields: Field[] | undefined;
  if (config.schema) {
    const parsed = parseSchema(config.schema.fields);
    if (!Array.isArray(parsed)) return failed(parsed);
    fields = parsed;
  }
  const table = destination(store, config, fields, now);
  if (!('rows' in table)) return failed(table);
  const name = tableName(table.projectId, table.datasetId, table.tableId);
  const decorator = (config.destinationTable?.tableId ?? '').split('$')[1];
  const disposition = config.writeDisposition ?? 'WRITE_APPEND';
  const replacesTable = disposition === 'WRITE_TRUNCATE' && !decorator;
  if (fields && !replacesTable) {
    const mismatch = schemaMismatch(table, fields);
    if (mismatch) return failed(mismatch);
  }
  const readWith = replacesTable && fields ? fields : table.fields;
  const read = readRows(text, readWith, config);
  if ('errors' in read) return failed(...read.errors);
  const partitioning = table.rangePartitioning;
  if (decorator !== undefined) {
    // Message unverified: a decorator on a table without partitions.
    if (!partitioning)
      return failed(
        invalid(
          `Cannot use a partition decorator on ${name}$${decorator}: the table is not partitioned.`
        )
      );
    // The load-into-partitions page: the decorator's partition must match the rows; text unverified.
    if (
      read.rows.some(
        r => partitionOf(partitioning, r[partitioning.field]) !== decorator
      )
    )
      return failed(
        invalid(
          `Some rows belong to different partitions rather than destination partition ${decorator}`
        )
      );
  }
  const inTarget = (row: StoredRow) =>
    decorator === undefined ||
    (partitioning !== undefined &&
      partitionOf(partitioning, row[partitioning.field]) === decorator);
  if (disposition === 'WRITE_EMPTY' && table.rows.some(inTarget))
    return failed(alreadyExists('Table', name));
  if (disposition === 'WRITE_TRUNCATE') {
    table.rows = table.rows.filter(row => !inTarget(row));
    if (replacesTable && fields) table.fields = fields;
  }
  table.rows.push(...read.rows);
  table.lastModifiedTime = now;
  return {
    errors: [],
    outputRows: read.rows.length,
    badRecords: read.bad,
    inputBytes: Buffer.byteLength(text, 'utf8'),
  };
}

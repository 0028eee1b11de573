// BigQuery, the district edition's advanced service: tables, partition loads and job polling.
import {DistrictField} from '../../domain/district/district-tables';

type BigQueryService = GoogleAppsScript.BigQuery;
type Job = GoogleAppsScript.BigQuery.Schema.Job;

/** How long a load may take before the run gives up waiting (it may still finish). */
const LOAD_WAIT_MS = 60_000;
const FIRST_POLL_MS = 500;

/**
 * The BigQuery advanced service when the manifest enables it (the district edition); undefined in
 * the school edition, where the name is not even declared (platform.md: BigQuery).
 */
function service(): BigQueryService | undefined {
  return typeof BigQuery === 'undefined' ? undefined : BigQuery;
}

export function bigQueryAvailable(): boolean {
  return service() !== undefined;
}

function requireService(): BigQueryService {
  const bigquery = service();
  if (!bigquery)
    throw new Error(
      'This desk is the school edition: BigQuery is enabled only in the district edition (npm run build:district).'
    );
  return bigquery;
}

/** The API's 404 (`Not found: Table p:d.t`), as the advanced service words it. */
function isNotFound(error: unknown): boolean {
  return error instanceof Error && error.message.includes('Not found:');
}

export function datasetExists(projectId: string, datasetId: string): boolean {
  try {
    requireService().Datasets.get(projectId, datasetId);
    return true;
  } catch (error) {
    if (isNotFound(error)) return false;
    throw error;
  }
}

/** Creates the table, partitioned by an integer range, unless it exists. */
export function ensureTable(table: {
  projectId: string;
  datasetId: string;
  tableId: string;
  fields: readonly DistrictField[];
  partitioning: {
    field: string;
    range: {start: string; end: string; interval: string};
  };
}): void {
  const bigquery = requireService();
  try {
    bigquery.Tables.get(table.projectId, table.datasetId, table.tableId);
    return;
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
  bigquery.Tables.insert(
    {
      tableReference: {
        projectId: table.projectId,
        datasetId: table.datasetId,
        tableId: table.tableId,
      },
      schema: {fields: table.fields.map(f => ({...f}))},
      rangePartitioning: {
        field: table.partitioning.field,
        range: {...table.partitioning.range},
      },
    },
    table.projectId,
    table.datasetId
  );
}

function failure(job: Job): string | undefined {
  const status = job.status;
  if (!status?.errorResult) return undefined;
  const details = (status.errors ?? [])
    .map(e => e.message ?? '')
    .filter(m => m !== status.errorResult?.message);
  return [status.errorResult.message, ...details.slice(-1)].join(' ');
}

/**
 * Replaces one partition of a table with newline-delimited JSON (a load job with WRITE_TRUNCATE
 * on `table$partition`) and waits for the job, backing off between polls. Returns the rows
 * loaded; throws with BigQuery's own words when the job fails.
 */
export function replacePartition(load: {
  projectId: string;
  datasetId: string;
  tableId: string;
  partition: number;
  fields: readonly DistrictField[];
  json: string;
}): number {
  const bigquery = requireService();
  const inserted = bigquery.Jobs.insert(
    {
      configuration: {
        load: {
          destinationTable: {
            projectId: load.projectId,
            datasetId: load.datasetId,
            tableId: `${load.tableId}$${load.partition}`,
          },
          sourceFormat: 'NEWLINE_DELIMITED_JSON',
          schema: {fields: load.fields.map(f => ({...f}))},
          writeDisposition: 'WRITE_TRUNCATE',
          createDisposition: 'CREATE_NEVER',
        },
      },
    },
    load.projectId,
    Utilities.newBlob(load.json, 'application/octet-stream')
  );
  const jobId = inserted.jobReference?.jobId ?? '';
  let job = inserted;
  let waitedMs = 0;
  for (
    let pause = FIRST_POLL_MS;
    job.status?.state !== 'DONE';
    pause = Math.min(pause * 2, 8_000)
  ) {
    if (waitedMs >= LOAD_WAIT_MS)
      throw new Error(
        `BigQuery job ${jobId} is still running after ${LOAD_WAIT_MS / 1000} s; the next run sends again.`
      );
    Utilities.sleep(pause);
    waitedMs += pause;
    job = bigquery.Jobs.get(load.projectId, jobId);
  }
  const failed = failure(job);
  if (failed) throw new Error(`BigQuery refused the load: ${failed}`);
  return Number(job.statistics?.load?.outputRows ?? 0);
}

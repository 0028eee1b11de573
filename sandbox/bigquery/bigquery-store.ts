/**
 * What BigQuery holds, in memory: projects' datasets, their tables (schema, integer-range
 * partitioning, rows) and jobs. One store may be shared by several workspaces, as one district's
 * Cloud project is shared by every school's desk. Host API: `createDataset`, `rows`, `table`.
 */
import {Field, StoredRow} from './table-schema';

export interface RangePartitioning {
  readonly field: string;
  readonly start: number;
  readonly end: number;
  readonly interval: number;
}

export interface TableRecord {
  readonly projectId: string;
  readonly datasetId: string;
  readonly tableId: string;
  fields: readonly Field[];
  readonly rangePartitioning?: RangePartitioning;
  rows: StoredRow[];
  readonly creationTime: number;
  lastModifiedTime: number;
}

export interface DatasetRecord {
  readonly projectId: string;
  readonly datasetId: string;
  readonly location: string;
  readonly creationTime: number;
  readonly tables: Map<string, TableRecord>;
}

export interface JobRecord {
  readonly resource: GoogleAppsScript.BigQuery.Schema.Job;
  /** When the job's status turns DONE, on the clock of the workspace that ran it. */
  readonly doneAt: number;
}

/** `p:d.t`, the form BigQuery's messages and resource ids use. */
export function tableName(projectId: string, datasetId: string, tableId = '') {
  return `${projectId}:${datasetId}${tableId === '' ? '' : `.${tableId}`}`;
}

/**
 * The partition a value falls in: the start of its range, `__UNPARTITIONED__` outside the range,
 * `__NULL__` for no value (https://cloud.google.com/bigquery/docs/partitioned-tables#integer_range).
 */
export function partitionOf(
  partitioning: RangePartitioning,
  value: unknown
): string {
  const {start, end, interval} = partitioning;
  if (value === null || value === undefined) return '__NULL__';
  if (typeof value !== 'number' || value < start || value >= end)
    return '__UNPARTITIONED__';
  return String(start + Math.floor((value - start) / interval) * interval);
}

export class BigQueryStore {
  private readonly projects = new Map<string, Map<string, DatasetRecord>>();
  private readonly jobs = new Map<string, JobRecord>();
  private jobsCreated = 0;

  datasetsOf(projectId: string): Map<string, DatasetRecord> {
    let datasets = this.projects.get(projectId);
    if (!datasets) this.projects.set(projectId, (datasets = new Map()));
    return datasets;
  }

  dataset(projectId: string, datasetId: string): DatasetRecord | undefined {
    return this.datasetsOf(projectId).get(datasetId);
  }

  /** Host: the district creates its dataset in the Cloud console. */
  createDataset(
    projectId: string,
    datasetId: string,
    options: {location?: string; at?: number} = {}
  ): DatasetRecord {
    const record: DatasetRecord = {
      projectId,
      datasetId,
      location: options.location ?? 'US',
      creationTime: options.at ?? 0,
      tables: new Map(),
    };
    this.datasetsOf(projectId).set(datasetId, record);
    return record;
  }

  table(
    projectId: string,
    datasetId: string,
    tableId: string
  ): TableRecord | undefined {
    return this.dataset(projectId, datasetId)?.tables.get(tableId);
  }

  /** Host: a table's rows as stored (DATE as text, TIMESTAMP as a Date, null for no value). */
  rows(projectId: string, datasetId: string, tableId: string): StoredRow[] {
    const table = this.table(projectId, datasetId, tableId);
    if (!table)
      throw new Error(
        `No table ${tableName(projectId, datasetId, tableId)} in the emulated BigQuery.`
      );
    return table.rows.map(row => ({...row}));
  }

  job(projectId: string, jobId: string): JobRecord | undefined {
    return this.jobs.get(`${projectId}:${jobId}`);
  }

  /** A job id BigQuery makes up when the request names none: unique across every workspace. */
  newJobId(): string {
    this.jobsCreated++;
    return `job_${this.jobsCreated.toString(36).padStart(8, '0')}`;
  }

  addJob(projectId: string, jobId: string, record: JobRecord): void {
    this.jobs.set(`${projectId}:${jobId}`, record);
  }
}

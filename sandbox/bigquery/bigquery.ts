/**
 * The BigQuery advanced service (https://developers.google.com/apps-script/advanced/bigquery):
 * the REST API v2's Datasets, Tables and Jobs collections over an in-memory store. Jobs.insert
 * runs a load of newline-delimited JSON sent as the call's blob; the job reads RUNNING for a few
 * virtual seconds, then DONE with `status.errorResult` / `errors` when it failed. The global
 * exists only when the manifest enables the service (sandbox/workspace/workspace.ts).
 */
import {Environment, activeUserEmail} from '../core/environment';
import {asOfficial} from '../core/official-types';
import {SERVICE} from '../core/service';
import {FakeBlob} from '../utilities/blob';
import {
  alreadyExists,
  ErrorProto,
  GoogleJsonResponseException,
  invalid,
  notFound,
} from './bigquery-errors';
import {
  BigQueryStore,
  DatasetRecord,
  RangePartitioning,
  TableRecord,
  tableName,
} from './bigquery-store';
import {runLoad} from './load-job';
import {parseSchema, schemaResource} from './table-schema';

type Job = GoogleAppsScript.BigQuery.Schema.Job;
type Table = GoogleAppsScript.BigQuery.Schema.Table;
type Dataset = GoogleAppsScript.BigQuery.Schema.Dataset;
type DatasetsCollection =
  GoogleAppsScript.BigQuery.Collection.DatasetsCollection;
type TablesCollection = GoogleAppsScript.BigQuery.Collection.TablesCollection;
type JobsCollection = GoogleAppsScript.BigQuery.Collection.JobsCollection;

/** Virtual milliseconds from a load job's insert to its DONE status. */
export const LOAD_JOB_MS = 2000;

/** Scopes that let a script call these methods (the REST reference's "Authorization scopes"). */
export const BIGQUERY_SCOPES = [
  'https://www.googleapis.com/auth/bigquery',
  'https://www.googleapis.com/auth/cloud-platform',
];

/** Whether the script's authorization covers BigQuery: the manifest's scopes decide it. */
export interface Grant {
  granted: boolean;
}

/**
 * A manifest that lists its scopes gets only those; a call outside them is refused as Google
 * refuses a token without the scope (HTTP 403, "Request had insufficient authentication scopes.";
 * how Apps Script words it around that is unverified).
 */
function authorize(grant: Grant, method: string): void {
  if (!grant.granted)
    refuse(method, 403, {
      reason: 'insufficientPermissions',
      message: 'Request had insufficient authentication scopes.',
    });
}

function refuse(method: string, code: number, error: ErrorProto): never {
  throw new GoogleJsonResponseException(method, code, error);
}

function datasetResource(dataset: DatasetRecord): Dataset {
  const id = tableName(dataset.projectId, dataset.datasetId);
  return {
    kind: 'bigquery#dataset',
    id,
    datasetReference: {
      projectId: dataset.projectId,
      datasetId: dataset.datasetId,
    },
    location: dataset.location,
    creationTime: String(dataset.creationTime),
  };
}

function tableResource(table: TableRecord): Table {
  const resource: Table = {
    kind: 'bigquery#table',
    id: tableName(table.projectId, table.datasetId, table.tableId),
    tableReference: {
      projectId: table.projectId,
      datasetId: table.datasetId,
      tableId: table.tableId,
    },
    schema: schemaResource(table.fields),
    numRows: String(table.rows.length),
    type: 'TABLE',
    creationTime: String(table.creationTime),
    lastModifiedTime: String(table.lastModifiedTime),
  };
  const range = table.rangePartitioning;
  if (range)
    resource.rangePartitioning = {
      field: range.field,
      range: {
        start: String(range.start),
        end: String(range.end),
        interval: String(range.interval),
      },
    };
  return resource;
}

export class FakeDatasets implements Pick<
  DatasetsCollection,
  'get' | 'insert'
> {
  readonly [SERVICE] = 'BigQuery.Datasets';

  constructor(
    private readonly env: Environment,
    private readonly store: BigQueryStore,
    private readonly grant: Grant
  ) {}

  get(projectId: string, datasetId: string): Dataset {
    authorize(this.grant, 'datasets.get');
    const dataset = this.store.dataset(projectId, datasetId);
    if (!dataset)
      refuse(
        'datasets.get',
        404,
        notFound('Dataset', tableName(projectId, datasetId))
      );
    return datasetResource(dataset);
  }

  insert(resource: Dataset, projectId: string): Dataset {
    authorize(this.grant, 'datasets.insert');
    const datasetId = resource.datasetReference?.datasetId ?? '';
    if (this.store.dataset(projectId, datasetId))
      refuse(
        'datasets.insert',
        409,
        alreadyExists('Dataset', tableName(projectId, datasetId))
      );
    return datasetResource(
      this.store.createDataset(projectId, datasetId, {
        location: resource.location,
        at: this.env.clock.now(),
      })
    );
  }
}

/** A table's `rangePartitioning`, checked: an INTEGER field of its schema and a whole-number range. */
function rangeOf(
  resource: Table,
  fields: ReturnType<typeof parseSchema>
): RangePartitioning | undefined {
  const spec = resource.rangePartitioning;
  if (!spec) return undefined;
  const field = Array.isArray(fields)
    ? fields.find(f => f.name === spec.field)
    : undefined;
  // Messages unverified.
  if (!field || field.type !== 'INTEGER')
    refuse(
      'tables.insert',
      400,
      invalid(
        `The field specified for partitioning can only be of type INTEGER: ${spec.field}`
      )
    );
  const [start, end, interval] = [
    spec.range?.start,
    spec.range?.end,
    spec.range?.interval,
  ].map(Number);
  if (
    ![start, end, interval].every(Number.isInteger) ||
    interval <= 0 ||
    end <= start
  )
    refuse(
      'tables.insert',
      400,
      invalid('Invalid range partitioning specification.')
    );
  return {field: field.name, start, end, interval};
}

export class FakeTables implements Pick<TablesCollection, 'get' | 'insert'> {
  readonly [SERVICE] = 'BigQuery.Tables';

  constructor(
    private readonly env: Environment,
    private readonly store: BigQueryStore,
    private readonly grant: Grant
  ) {}

  get(projectId: string, datasetId: string, tableId: string): Table {
    authorize(this.grant, 'tables.get');
    if (!this.store.dataset(projectId, datasetId))
      refuse(
        'tables.get',
        404,
        notFound('Dataset', tableName(projectId, datasetId))
      );
    const table = this.store.table(projectId, datasetId, tableId);
    if (!table)
      refuse(
        'tables.get',
        404,
        notFound('Table', tableName(projectId, datasetId, tableId))
      );
    return tableResource(table);
  }

  insert(resource: Table, projectId: string, datasetId: string): Table {
    authorize(this.grant, 'tables.insert');
    const dataset = this.store.dataset(projectId, datasetId);
    if (!dataset)
      refuse(
        'tables.insert',
        404,
        notFound('Dataset', tableName(projectId, datasetId))
      );
    const tableId = resource.tableReference?.tableId ?? '';
    if (dataset.tables.has(tableId))
      refuse(
        'tables.insert',
        409,
        alreadyExists('Table', tableName(projectId, datasetId, tableId))
      );
    const fields = parseSchema(resource.schema?.fields);
    if (!Array.isArray(fields)) refuse('tables.insert', 400, fields);
    const now = this.env.clock.now();
    const table: TableRecord = {
      projectId,
      datasetId,
      tableId,
      fields,
      rangePartitioning: rangeOf(resource, fields),
      rows: [],
      creationTime: now,
      lastModifiedTime: now,
    };
    dataset.tables.set(tableId, table);
    return tableResource(table);
  }
}

export class FakeJobs implements Pick<JobsCollection, 'insert' | 'get'> {
  readonly [SERVICE] = 'BigQuery.Jobs';

  constructor(
    private readonly env: Environment,
    private readonly store: BigQueryStore,
    private readonly grant: Grant
  ) {}

  /** A load job of newline-delimited JSON from `mediaData`; other jobs are not emulated. */
  insert(resource: Job, projectId: string, mediaData?: unknown): Job {
    authorize(this.grant, 'jobs.insert');
    const load = resource.configuration?.load;
    if (!load)
      throw new Error(
        'The emulated BigQuery runs load jobs only (configuration.load).'
      );
    if (load.sourceFormat !== 'NEWLINE_DELIMITED_JSON')
      throw new Error(
        'The emulated BigQuery loads NEWLINE_DELIMITED_JSON only; set configuration.load.sourceFormat.'
      );
    // Without an upload a load names gs:// sources, which the emulator has none of; text unverified.
    if (!(mediaData instanceof FakeBlob))
      refuse(
        'jobs.insert',
        400,
        invalid('Load configuration must specify at least one source URI')
      );
    const jobId = resource.jobReference?.jobId ?? this.store.newJobId();
    if (this.store.job(projectId, jobId))
      refuse(
        'jobs.insert',
        409,
        alreadyExists('Job', `${projectId}:US.${jobId}`)
      );
    const now = this.env.clock.now();
    const outcome = runLoad(this.store, load, mediaData.getDataAsString(), now);
    const [errorResult] = outcome.errors;
    const job: Job = {
      kind: 'bigquery#job',
      id: `${projectId}:US.${jobId}`,
      jobReference: {projectId, jobId, location: 'US'},
      configuration: {...resource.configuration, jobType: 'LOAD'},
      user_email: activeUserEmail(this.env),
      statistics: {
        creationTime: String(now),
        endTime: String(now + LOAD_JOB_MS),
        load: {
          inputFiles: '1',
          inputFileBytes: String(outcome.inputBytes),
          outputRows: String(outcome.outputRows),
          badRecords: String(outcome.badRecords),
        },
      },
      status: errorResult
        ? {state: 'DONE', errorResult, errors: [...outcome.errors]}
        : {state: 'DONE'},
    };
    this.store.addJob(projectId, jobId, {
      resource: job,
      doneAt: now + LOAD_JOB_MS,
    });
    return this.view(job, now + LOAD_JOB_MS);
  }

  get(projectId: string, jobId: string): Job {
    authorize(this.grant, 'jobs.get');
    const record = this.store.job(projectId, jobId);
    if (!record)
      refuse('jobs.get', 404, notFound('Job', `${projectId}:${jobId}`));
    return this.view(record.resource, record.doneAt);
  }

  /** The job as seen now: RUNNING, without results, until its virtual end. */
  private view(job: Job, doneAt: number): Job {
    if (this.env.clock.now() >= doneAt) return structuredClone(job);
    const {statistics, ...rest} = structuredClone(job);
    return {
      ...rest,
      statistics: {creationTime: statistics?.creationTime},
      status: {state: 'RUNNING'},
    };
  }
}

/** The `BigQuery` global: its collections, over a store that may be shared between workspaces. */
export class FakeBigQuery implements Pick<
  GoogleAppsScript.BigQuery,
  'Datasets' | 'Tables' | 'Jobs'
> {
  readonly [SERVICE] = 'BigQuery';
  readonly Datasets: DatasetsCollection;
  readonly Tables: TablesCollection;
  readonly Jobs: JobsCollection;

  /** Host: set from the manifest's `oauthScopes` when a bundle loads (all granted by default). */
  readonly grant: Grant = {granted: true};

  constructor(
    env: Environment,
    readonly store: BigQueryStore = new BigQueryStore()
  ) {
    this.Datasets = asOfficial(new FakeDatasets(env, store, this.grant));
    this.Tables = asOfficial(new FakeTables(env, store, this.grant));
    this.Jobs = asOfficial(new FakeJobs(env, store, this.grant));
  }
}

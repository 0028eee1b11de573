import {FakeBigQuery, LOAD_JOB_MS} from '../../../sandbox/bigquery/bigquery';
import {FakeBlob} from '../../../sandbox/utilities/blob';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {BigQueryStore} from '../../../sandbox/bigquery/bigquery-store';
import {Workspace} from '../../../sandbox/workspace/workspace';
import {testEnvironment} from '../utilities/test-environment';

type Job = GoogleAppsScript.BigQuery.Schema.Job;

const PROJECT = 'district-123';
const SCHEMA = {
  fields: [
    {name: 'school_id', type: 'INTEGER', mode: 'REQUIRED'},
    {name: 'ticket_id', type: 'STRING', mode: 'REQUIRED'},
    {name: 'created', type: 'TIMESTAMP'},
    {name: 'week_start', type: 'DATE'},
    {name: 'minutes', type: 'FLOAT'},
    {name: 'escalated', type: 'BOOLEAN'},
  ],
};

function district() {
  const env = testEnvironment();
  const bigquery = new FakeBigQuery(env);
  bigquery.store.createDataset(PROJECT, 'desks');
  return {env, bigquery};
}

function ndjson(...rows: object[]): FakeBlob {
  return FakeBlob.from(
    rows.map(r => JSON.stringify(r)).join('\n'),
    'application/octet-stream'
  );
}

function loadJob(tableId: string, writeDisposition = 'WRITE_APPEND'): Job {
  return {
    configuration: {
      load: {
        destinationTable: {projectId: PROJECT, datasetId: 'desks', tableId},
        sourceFormat: 'NEWLINE_DELIMITED_JSON',
        schema: SCHEMA,
        writeDisposition,
      },
    },
  };
}

const ROW = {
  school_id: 7,
  ticket_id: 'T-000001',
  created: '2026-11-23T15:10:00.000Z',
  week_start: '2026-11-23',
  minutes: 12.5,
  escalated: false,
};

describe('BigQuery advanced service', () => {
  it('loads newline-delimited JSON: the job runs, then reads DONE, and the rows are typed', () => {
    // https://developers.google.com/apps-script/advanced/bigquery ("Load CSV data": Jobs.insert
    // with a blob, then poll Jobs.get until status.state is DONE).
    const {env, bigquery} = district();
    const inserted = bigquery.Jobs.insert(
      loadJob('metrics'),
      PROJECT,
      ndjson(ROW)
    );
    expect(inserted.status).toEqual({state: 'RUNNING'});
    const jobId = inserted.jobReference?.jobId ?? '';
    env.clock.advance(LOAD_JOB_MS);
    const done = bigquery.Jobs.get(PROJECT, jobId);
    expect(done.status).toEqual({state: 'DONE'});
    expect(done.statistics?.load?.outputRows).toBe('1');
    expect(bigquery.store.rows(PROJECT, 'desks', 'metrics')).toEqual([
      {...ROW, created: new Date('2026-11-23T15:10:00Z')},
    ]);
    expect(bigquery.Tables.get(PROJECT, 'desks', 'metrics').numRows).toBe('1');
  });

  it('fails a load whose row has a field the schema lacks, with the errors BigQuery reports', () => {
    // Error texts as a failed NEWLINE_DELIMITED_JSON load reports them in status.errorResult and
    // status.errors (https://cloud.google.com/bigquery/docs/error-messages: reason "invalid"; the
    // messages as quoted from real jobs in viant/bqtail and googlegenomics/gcp-variant-transforms).
    const {env, bigquery} = district();
    const job = bigquery.Jobs.insert(
      loadJob('metrics'),
      PROJECT,
      ndjson(ROW, {
        ...ROW,
        ticket_id: 'T-000002',
        requester: 'x@school.example',
      })
    );
    env.clock.advance(LOAD_JOB_MS);
    const status = bigquery.Jobs.get(
      PROJECT,
      job.jobReference?.jobId ?? ''
    ).status;
    const position = JSON.stringify(ROW).length + 1;
    expect(status?.state).toBe('DONE');
    expect(status?.errorResult).toEqual({
      reason: 'invalid',
      message:
        'Error while reading data, error message: JSON table encountered too many errors, giving up. Rows: 2; errors: 1. Please look into the errors[] collection for more details.',
    });
    expect(status?.errors?.map(e => e.message)).toEqual([
      'Error while reading data, error message: JSON table encountered too many errors, giving up. Rows: 2; errors: 1. Please look into the errors[] collection for more details.',
      'Error while reading data, error message: JSON processing encountered too many errors, giving up. Rows: 2; errors: 1; max bad: 0; error percent: 0',
      `Error while reading data, error message: JSON parsing error in row starting at position ${position}: No such field: requester.`,
    ]);
    // A failed load changes nothing, not even the good first row.
    expect(bigquery.store.rows(PROJECT, 'desks', 'metrics')).toEqual([]);
  });

  it('refuses a value of the wrong type and a missing REQUIRED field', () => {
    // "Could not convert value to string. Field: name; Value: 3" as a real load reported it
    // (viant/bqtail); "Missing required field" as BigQuery names a REQUIRED column left out.
    const {env, bigquery} = district();
    const messages = (row: object) => {
      const job = bigquery.Jobs.insert(
        loadJob('metrics'),
        PROJECT,
        ndjson(row)
      );
      env.clock.advance(LOAD_JOB_MS);
      const errors = bigquery.Jobs.get(PROJECT, job.jobReference?.jobId ?? '')
        .status?.errors;
      return errors?.[2]?.message;
    };
    expect(messages({...ROW, ticket_id: 3})).toBe(
      'Error while reading data, error message: JSON parsing error in row starting at position 0: Could not convert value to string. Field: ticket_id; Value: 3'
    );
    expect(messages({...ROW, school_id: 'seven'})).toContain(
      'Could not convert value \'string_value: "seven"\' to integer. Field: school_id; Value: seven'
    );
    expect(messages({...ROW, ticket_id: null})).toContain(
      'Missing required field: ticket_id.'
    );
  });

  it('answers a missing table or dataset as the REST API does', () => {
    // Tables.get 404 "Not found: Table p:d.t", Datasets.get 404 "Not found: Dataset p:d";
    // Apps Script throws GoogleJsonResponseException "API call to … failed with error: …".
    const {env, bigquery} = district();
    expect(() => bigquery.Tables.get(PROJECT, 'desks', 'daily')).toThrow(
      'API call to bigquery.tables.get failed with error: Not found: Table district-123:desks.daily'
    );
    expect(() => bigquery.Datasets.get(PROJECT, 'nowhere')).toThrow(
      'API call to bigquery.datasets.get failed with error: Not found: Dataset district-123:nowhere'
    );
    expect(() =>
      bigquery.Tables.insert(
        {tableReference: {tableId: 'daily'}, schema: SCHEMA},
        PROJECT,
        'nowhere'
      )
    ).toThrow('Not found: Dataset district-123:nowhere');
    bigquery.Tables.insert(
      {tableReference: {tableId: 'daily'}, schema: SCHEMA},
      PROJECT,
      'desks'
    );
    expect(() =>
      bigquery.Tables.insert(
        {tableReference: {tableId: 'daily'}, schema: SCHEMA},
        PROJECT,
        'desks'
      )
    ).toThrow('Already Exists: Table district-123:desks.daily');
    const job = bigquery.Jobs.insert(
      {
        configuration: {
          load: {
            ...loadJob('x').configuration?.load,
            destinationTable: {
              projectId: PROJECT,
              datasetId: 'nowhere',
              tableId: 'x',
            },
          },
        },
      },
      PROJECT,
      ndjson(ROW)
    );
    env.clock.advance(LOAD_JOB_MS);
    expect(
      bigquery.Jobs.get(PROJECT, job.jobReference?.jobId ?? '').status
        ?.errorResult
    ).toEqual({
      reason: 'notFound',
      message: 'Not found: Dataset district-123:nowhere',
    });
    expect(() => bigquery.Jobs.get(PROJECT, 'no-such-job')).toThrow(
      'Not found: Job district-123:no-such-job'
    );
  });

  it('replaces one integer-range partition with WRITE_TRUNCATE and leaves the others', () => {
    // https://cloud.google.com/bigquery/docs/load-data-partitioned-tables: a load into
    // `table$partition` writes only that partition; a row of another partition fails the job.
    const {env, bigquery} = district();
    bigquery.Tables.insert(
      {
        tableReference: {tableId: 'metrics'},
        schema: SCHEMA,
        rangePartitioning: {
          field: 'school_id',
          range: {start: '0', end: '10000', interval: '1'},
        },
      },
      PROJECT,
      'desks'
    );
    const load = (tableId: string, ...rows: object[]) => {
      const job = bigquery.Jobs.insert(
        loadJob(tableId, 'WRITE_TRUNCATE'),
        PROJECT,
        ndjson(...rows)
      );
      env.clock.advance(LOAD_JOB_MS);
      return bigquery.Jobs.get(PROJECT, job.jobReference?.jobId ?? '').status;
    };
    expect(load('metrics$7', ROW)).toEqual({state: 'DONE'});
    expect(load('metrics$8', {...ROW, school_id: 8})).toEqual({state: 'DONE'});
    expect(load('metrics$7', ROW, {...ROW, ticket_id: 'T-000002'})).toEqual({
      state: 'DONE',
    });
    const ids = () =>
      bigquery.store
        .rows(PROJECT, 'desks', 'metrics')
        .map(r => `${r.school_id} ${r.ticket_id}`);
    expect(ids()).toEqual(['8 T-000001', '7 T-000001', '7 T-000002']);
    expect(
      load('metrics$7', {...ROW, school_id: 8})?.errorResult?.message
    ).toBe(
      'Some rows belong to different partitions rather than destination partition 7'
    );
    expect(ids()).toHaveLength(3);
    expect(
      bigquery.Tables.get(PROJECT, 'desks', 'metrics').rangePartitioning
    ).toEqual({
      field: 'school_id',
      range: {start: '0', end: '10000', interval: '1'},
    });
  });

  it('exists in the realm only when the manifest enables it, and its calls are counted', () => {
    // https://developers.google.com/apps-script/guides/services/advanced: an advanced service is
    // usable once enabled in the manifest (dependencies.enabledAdvancedServices); before that its
    // userSymbol is not defined.
    const bundle = (services: object[], oauthScopes?: string[]) => {
      const folder = mkdtempSync(join(tmpdir(), 'peer-desk-bq-'));
      writeFileSync(
        join(folder, 'Code.js'),
        "function probe() { return typeof BigQuery; }\nfunction datasets() { return BigQuery.Datasets.get('district-123', 'desks').id; }\nfunction missing() { return BigQuery.Tables.get('district-123', 'desks', 'none'); }"
      );
      writeFileSync(
        join(folder, 'appsscript.json'),
        JSON.stringify({
          oauthScopes,
          dependencies: {enabledAdvancedServices: services},
        })
      );
      return join(folder, 'Code.js');
    };
    const school = new Workspace().loadBundle(bundle([]));
    school.run('probe');
    expect(school.run('datasets').error).toBe(
      'ReferenceError: BigQuery is not defined'
    );
    const store = new BigQueryStore();
    store.createDataset(PROJECT, 'desks');
    const districtDesk = new Workspace({bigQuery: store}).loadBundle(
      bundle([{userSymbol: 'BigQuery', serviceId: 'bigquery', version: 'v2'}])
    );
    expect(districtDesk.run('datasets').outcome).toBe('completed');
    expect(districtDesk.calls()['BigQuery.Datasets.get']).toBe(1);
    expect(districtDesk.services.bigquery).toBe(store);
    expect(districtDesk.run('missing').error).toBe(
      'GoogleJsonResponseException: API call to bigquery.tables.get failed with error: Not found: Table district-123:desks.none'
    );
    // https://developers.google.com/apps-script/concepts/scopes: explicit oauthScopes are all the
    // script gets, so a manifest that enables the service but leaves out its scope cannot call it.
    const withoutScope = new Workspace({bigQuery: store}).loadBundle(
      bundle(
        [{userSymbol: 'BigQuery', serviceId: 'bigquery', version: 'v2'}],
        ['https://www.googleapis.com/auth/spreadsheets.currentonly']
      )
    );
    expect(withoutScope.run('datasets').error).toBe(
      'GoogleJsonResponseException: API call to bigquery.datasets.get failed with error: Request had insufficient authentication scopes.'
    );
  });
});

// The district's Config rows (School ID, District Project, District Dataset) and parsing them.
import {ConfigRow} from '../configuration/config-row';

/** Where a school's figures go in the district's BigQuery, and under which school number. */
export interface DistrictTarget {
  /** The district's number for this school: the partition its rows replace. */
  readonly schoolId: number;
  readonly projectId: string;
  readonly datasetId: string;
}

export const DISTRICT_KEY = {
  schoolId: 'School ID',
  projectId: 'District Project',
  datasetId: 'District Dataset',
} as const;

/** Integer-range partitions run from 1 to this (BigQuery allows 10,000 partitions a table). */
export const MAX_SCHOOL_ID = 9999;

export const DISTRICT_CONFIG_DEFAULTS: readonly ConfigRow[] = [
  {
    key: DISTRICT_KEY.schoolId,
    value: '',
    description: `District edition only: the district's number for this school (1–${MAX_SCHOOL_ID}), unique in the district.`,
  },
  {
    key: DISTRICT_KEY.projectId,
    value: '',
    description:
      "District edition only: the district's Google Cloud project ID, which holds its BigQuery dataset.",
  },
  {
    key: DISTRICT_KEY.datasetId,
    value: '',
    description:
      'District edition only: the BigQuery dataset every school sends its Metrics and Daily rows to.',
  },
];

export interface ParsedDistrictSettings {
  /** Undefined while any of the three rows is empty or unusable: nothing is sent. */
  readonly target: DistrictTarget | undefined;
  readonly problems: readonly string[];
}

// https://cloud.google.com/resource-manager/docs/creating-managing-projects (project IDs) and
// https://cloud.google.com/bigquery/docs/datasets#dataset-naming (dataset names).
const PROJECT_ID = /^[a-z][a-z0-9-]{4,28}[a-z0-9]$/;
const DATASET_ID = /^[A-Za-z0-9_]{1,1024}$/;

export function parseDistrictSettings(
  rows: readonly {key: string; value: string}[]
): ParsedDistrictSettings {
  const values = new Map(rows.map(row => [row.key.trim(), row.value.trim()]));
  const schoolText = values.get(DISTRICT_KEY.schoolId) ?? '';
  const projectId = values.get(DISTRICT_KEY.projectId) ?? '';
  const datasetId = values.get(DISTRICT_KEY.datasetId) ?? '';
  if (schoolText === '' && projectId === '' && datasetId === '')
    return {target: undefined, problems: []};
  const problems: string[] = [];
  const schoolId = Number(schoolText);
  if (!Number.isInteger(schoolId) || schoolId < 1 || schoolId > MAX_SCHOOL_ID)
    problems.push(
      `Config "${DISTRICT_KEY.schoolId}" must be a whole number from 1 to ${MAX_SCHOOL_ID}, not "${schoolText}"; nothing is sent to the district.`
    );
  if (!PROJECT_ID.test(projectId))
    problems.push(
      `Config "${DISTRICT_KEY.projectId}" must be a Google Cloud project ID like "springfield-schools", not "${projectId}"; nothing is sent to the district.`
    );
  if (!DATASET_ID.test(datasetId))
    problems.push(
      `Config "${DISTRICT_KEY.datasetId}" must be a BigQuery dataset name (letters, digits, _), not "${datasetId}"; nothing is sent to the district.`
    );
  return {
    target:
      problems.length === 0 ? {schoolId, projectId, datasetId} : undefined,
    problems,
  };
}

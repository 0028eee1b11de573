// The district's BigQuery tables: their schemas, partitions, and a school's rows for them.
import {LEADER_TAB} from '../metrics/tabs';
import {DAILY_HEADERS} from '../metrics/daily-metrics';
import {METRICS_HEADERS} from '../metrics/metrics-table';
import {localDateOf, UtcOffset} from '../school-time/zoned-dates';
import {MAX_SCHOOL_ID} from './district-settings';

export type FieldType =
  'STRING' | 'INTEGER' | 'FLOAT' | 'BOOLEAN' | 'TIMESTAMP' | 'DATE';

export interface DistrictField {
  readonly name: string;
  readonly type: FieldType;
  readonly mode: 'REQUIRED' | 'NULLABLE';
}

/** A row as BigQuery reads it from newline-delimited JSON: TIMESTAMP as ISO text, DATE as yyyy-mm-dd. */
export type DistrictRow = Readonly<
  Record<string, string | number | boolean | null>
>;

export interface DistrictTable {
  /** The tab the rows come from and the BigQuery table they go to. */
  readonly tab: (typeof LEADER_TAB)['metrics' | 'daily'];
  readonly tableId: 'metrics' | 'daily';
  readonly fields: readonly DistrictField[];
}

type MetricsColumn = (typeof METRICS_HEADERS)[number];
type DailyColumn = (typeof DAILY_HEADERS)[number];

/** One BigQuery type per Metrics column: a new column cannot be added without choosing one. */
const METRICS_TYPES: Readonly<Record<MetricsColumn, FieldType>> = {
  ticket_id: 'STRING',
  created: 'TIMESTAMP',
  week_start: 'DATE',
  campus: 'STRING',
  category: 'STRING',
  priority: 'STRING',
  status: 'STRING',
  assignee: 'STRING',
  assignee_tier: 'STRING',
  resolved_by: 'STRING',
  first_response_school_min: 'FLOAT',
  first_response_wall_min: 'FLOAT',
  resolution_school_min: 'FLOAT',
  resolution_wall_min: 'FLOAT',
  sla_first_response_met: 'BOOLEAN',
  sla_resolution_met: 'BOOLEAN',
  escalated: 'BOOLEAN',
  reopened: 'BOOLEAN',
  satisfaction: 'INTEGER',
  duplicate_of: 'STRING',
  stops_class: 'BOOLEAN',
  class_time_lost_min: 'FLOAT',
  self_help_offered: 'INTEGER',
  fixed_by_article: 'STRING',
};

const DAILY_TYPES: Readonly<Record<DailyColumn, FieldType>> = {
  date: 'DATE',
  campus: 'STRING',
  opened: 'INTEGER',
  resolved: 'INTEGER',
  backlog: 'INTEGER',
  median_resolution_min: 'FLOAT',
  p90_resolution_min: 'FLOAT',
  student_resolution_rate: 'FLOAT',
  sla_compliance: 'FLOAT',
  mean_satisfaction: 'FLOAT',
  ratings: 'INTEGER',
  sla_breaches: 'INTEGER',
  escalations: 'INTEGER',
  class_time_lost_min: 'FLOAT',
};

/** Every district row starts with the school's number (its partition) and the desk's name. */
const SCHOOL_FIELDS: readonly DistrictField[] = [
  {name: 'school_id', type: 'INTEGER', mode: 'REQUIRED'},
  {name: 'school', type: 'STRING', mode: 'NULLABLE'},
];

/** The columns that, with school_id, identify a row: the dedupe key. */
const KEYS: ReadonlySet<string> = new Set(['ticket_id', 'date']);

function fieldsOf<C extends string>(
  types: Readonly<Record<C, FieldType>>,
  headers: readonly C[]
): DistrictField[] {
  return [
    ...SCHOOL_FIELDS,
    ...headers.map(name => ({
      name,
      type: types[name],
      mode: KEYS.has(name) ? ('REQUIRED' as const) : ('NULLABLE' as const),
    })),
  ];
}

export const DISTRICT_TABLES: readonly DistrictTable[] = [
  {
    tab: LEADER_TAB.metrics,
    tableId: 'metrics',
    fields: fieldsOf(METRICS_TYPES, METRICS_HEADERS),
  },
  {
    tab: LEADER_TAB.daily,
    tableId: 'daily',
    fields: fieldsOf(DAILY_TYPES, DAILY_HEADERS),
  },
];

/**
 * Each school's rows are one partition of the table, so a load that replaces the partition
 * replaces exactly that school's rows: sending twice leaves one copy (platform.md: BigQuery).
 */
export const SCHOOL_PARTITIONING = {
  field: 'school_id',
  range: {start: '1', end: String(MAX_SCHOOL_ID + 1), interval: '1'},
} as const;

function isDateValue(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** A cell the rebuild wrote, as the field's JSON value; an empty cell is null ("no value"). */
function jsonValue(
  field: DistrictField,
  cell: unknown,
  offset: UtcOffset
): string | number | boolean | null {
  if (cell === '' || cell === null || cell === undefined) return null;
  switch (field.type) {
    case 'TIMESTAMP':
      return isDateValue(cell) ? cell.toISOString() : String(cell);
    case 'DATE':
      return isDateValue(cell)
        ? localDateOf(cell.getTime(), offset)
        : String(cell);
    case 'INTEGER':
      return Math.round(Number(cell));
    case 'FLOAT':
      return Number(cell);
    case 'BOOLEAN':
      return typeof cell === 'boolean'
        ? cell
        : String(cell).toUpperCase() === 'TRUE';
    case 'STRING':
      return String(cell);
  }
}

/**
 * A tab's values (header row first, as the rebuild wrote them) as the district table's rows,
 * each tagged with the school. Columns are found by header; a row without its key is skipped.
 */
export function districtRows(
  table: DistrictTable,
  values: readonly (readonly unknown[])[],
  school: {readonly schoolId: number; readonly name: string},
  offset: UtcOffset
): DistrictRow[] {
  const [headers = [], ...rows] = values;
  const column = new Map(headers.map((h, i) => [String(h).trim(), i]));
  const dataFields = table.fields.slice(SCHOOL_FIELDS.length);
  const rowsOut: DistrictRow[] = [];
  for (const cells of rows) {
    const row: Record<string, string | number | boolean | null> = {
      school_id: school.schoolId,
      school: school.name,
    };
    for (const field of dataFields) {
      const at = column.get(field.name);
      row[field.name] =
        at === undefined ? null : jsonValue(field, cells[at], offset);
    }
    const missingKey = dataFields.some(
      f => f.mode === 'REQUIRED' && row[f.name] === null
    );
    if (!missingKey) rowsOut.push(row);
  }
  return rowsOut;
}

/** Rows as a newline-delimited JSON file, BigQuery's JSON load format. */
export function newlineDelimitedJson(rows: readonly DistrictRow[]): string {
  return rows.map(row => JSON.stringify(row)).join('\n');
}

/**
 * BigQuery table schemas as the fake checks them: the scalar types and modes Peer Desk uses, a
 * table's schema on Tables.insert, and one newline-delimited JSON row read against a schema, with
 * the error texts of Google's load jobs (platform.md: BigQuery).
 */
import {invalid, ErrorProto} from './bigquery-errors';

type FieldSchema = GoogleAppsScript.BigQuery.Schema.TableFieldSchema;

/** Standard SQL names map to the legacy ones the REST API reports. */
const TYPE_ALIASES: Readonly<Record<string, FieldType>> = {
  STRING: 'STRING',
  INTEGER: 'INTEGER',
  INT64: 'INTEGER',
  FLOAT: 'FLOAT',
  FLOAT64: 'FLOAT',
  BOOLEAN: 'BOOLEAN',
  BOOL: 'BOOLEAN',
  TIMESTAMP: 'TIMESTAMP',
  DATE: 'DATE',
};

export type FieldType =
  'STRING' | 'INTEGER' | 'FLOAT' | 'BOOLEAN' | 'TIMESTAMP' | 'DATE';

export interface Field {
  readonly name: string;
  readonly type: FieldType;
  readonly mode: 'NULLABLE' | 'REQUIRED';
}

/** A stored cell: DATE as `yyyy-mm-dd`, TIMESTAMP as a Date, null for no value. */
export type StoredValue = string | number | boolean | Date | null;
export type StoredRow = Readonly<Record<string, StoredValue>>;

const FIELD_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,299}$/;

/**
 * The schema of a Tables.insert or a load job, checked; an `ErrorProto` for the first problem.
 * Types outside the six above (NUMERIC, RECORD, REPEATED fields, …) are not emulated and are
 * refused as such.
 */
export function parseSchema(
  fields: readonly FieldSchema[] | undefined
): Field[] | ErrorProto {
  const parsed: Field[] = [];
  const seen = new Set<string>();
  for (const field of fields ?? []) {
    const name = field.name ?? '';
    // https://cloud.google.com/bigquery/docs/schemas#column_names; message unverified.
    if (!FIELD_NAME.test(name))
      return invalid(
        `Invalid field name "${name}". Fields must contain the allowed characters, and be at most 300 characters long.`
      );
    if (seen.has(name.toLowerCase()))
      return invalid(`Field ${name} already exists in schema`);
    seen.add(name.toLowerCase());
    const type = TYPE_ALIASES[(field.type ?? 'STRING').toUpperCase()];
    if (!type)
      return invalid(
        `Invalid value for type: ${field.type} is not a valid value (the emulator models STRING, INTEGER, FLOAT, BOOLEAN, TIMESTAMP and DATE)`
      );
    const mode = (field.mode ?? 'NULLABLE').toUpperCase();
    if (mode !== 'NULLABLE' && mode !== 'REQUIRED')
      return invalid(
        `Invalid value for mode: ${field.mode} is not a valid value (the emulator models NULLABLE and REQUIRED)`
      );
    parsed.push({name, type, mode});
  }
  return parsed;
}

/** The schema as the REST API returns it in a Table resource. */
export function schemaResource(fields: readonly Field[]) {
  return {
    fields: fields.map(f => ({name: f.name, type: f.type, mode: f.mode})),
  };
}

/** How the load job's reader names a JSON value in a conversion error: `string_value: "x"`. */
function protoText(value: unknown): string {
  if (typeof value === 'string') return `string_value: "${value}"`;
  if (typeof value === 'number') return `double_value: ${value}`;
  if (typeof value === 'boolean') return `bool_value: ${value}`;
  return 'struct_value';
}

function valueText(value: unknown): string {
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

const DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const TIMESTAMP =
  /^(\d{4})-(\d{1,2})-(\d{1,2})[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?(?: ?(Z|UTC|[+-]\d{2}:?\d{2}))?$/;

function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function timestampOf(text: string): Date | undefined {
  const m = TIMESTAMP.exec(text);
  if (!m || !isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3])))
    return undefined;
  const zone = m[8] === undefined || m[8] === 'UTC' ? 'Z' : m[8];
  const pad = (s: string | undefined, n = 2) => (s ?? '0').padStart(n, '0');
  const iso = `${m[1]}-${pad(m[2])}-${pad(m[3])}T${pad(m[4])}:${m[5]}:${pad(m[6])}.${(m[7] ?? '0').padEnd(3, '0').slice(0, 3)}${zone === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')}`;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** One JSON value as a field's stored value, or the load job's words for why it cannot be. */
function convert(field: Field, value: unknown): StoredValue | string[] {
  const refuse = (to: string) => [
    `Could not convert value '${protoText(value)}' to ${to}. Field: ${field.name}; Value: ${valueText(value)}`,
  ];
  switch (field.type) {
    case 'STRING':
      // "Could not convert value to string. Field: name; Value: 3", as a load job reports it.
      return typeof value === 'string'
        ? value
        : [
            `Could not convert value to string. Field: ${field.name}; Value: ${valueText(value)}`,
          ];
    case 'INTEGER':
      if (typeof value === 'number' && Number.isInteger(value)) return value;
      if (typeof value === 'string' && /^[+-]?\d+$/.test(value.trim()))
        return Number(value);
      return refuse('integer');
    case 'FLOAT':
      if (typeof value === 'number') return value;
      if (
        typeof value === 'string' &&
        value.trim() !== '' &&
        Number.isFinite(Number(value))
      )
        return Number(value);
      return refuse('double');
    case 'BOOLEAN':
      if (typeof value === 'boolean') return value;
      if (typeof value === 'string' && /^(true|false)$/i.test(value))
        return value.toLowerCase() === 'true';
      return refuse('boolean');
    case 'TIMESTAMP': {
      if (typeof value === 'number') return new Date(value * 1000);
      const date = typeof value === 'string' ? timestampOf(value) : undefined;
      // Message unverified: the reader's words for an unparseable timestamp.
      return (
        date ?? [
          `Couldn't convert value to timestamp: Could not parse '${valueText(value)}' as a timestamp. Required format is YYYY-MM-DD HH:MM[:SS[.SSSSSS]] Field: ${field.name}; Value: ${valueText(value)}`,
        ]
      );
    }
    case 'DATE': {
      const m = typeof value === 'string' ? DATE.exec(value) : null;
      if (m && isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3])))
        return `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
      // Message unverified.
      return [
        `Couldn't convert value to date: Could not parse '${valueText(value)}' as a date. Field: ${field.name}; Value: ${valueText(value)}`,
      ];
    }
  }
}

/**
 * One line of a newline-delimited JSON load read against the schema: the stored row, or the
 * reasons it is a bad record. A name the schema lacks is `No such field: x.` (unless the job sets
 * ignoreUnknownValues), a REQUIRED field absent or null is `Missing required field: x.`.
 */
export function readJsonRow(
  line: string,
  fields: readonly Field[],
  ignoreUnknownValues: boolean
): {row: StoredRow} | {errors: string[]} {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return {errors: ['Parser terminated before end of string']};
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    return {errors: ['Top-level JSON value must be an object']};
  const input = parsed as Record<string, unknown>;
  const byName = new Map(fields.map(f => [f.name.toLowerCase(), f]));
  for (const name of Object.keys(input))
    if (!byName.has(name.toLowerCase()) && !ignoreUnknownValues)
      return {errors: [`No such field: ${name}.`]};
  const given = new Map(
    Object.entries(input).map(([k, v]) => [k.toLowerCase(), v])
  );
  const row: Record<string, StoredValue> = {};
  for (const field of fields) {
    const value = given.get(field.name.toLowerCase());
    if (value === undefined || value === null) {
      if (field.mode === 'REQUIRED')
        return {errors: [`Missing required field: ${field.name}.`]};
      row[field.name] = null;
      continue;
    }
    const stored = convert(field, value);
    if (Array.isArray(stored)) return {errors: stored};
    row[field.name] = stored;
  }
  return {row};
}

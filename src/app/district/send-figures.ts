// Sends this school's Metrics and Daily rows to the district's BigQuery dataset, replacing its own partition.
import {Reference} from '../../domain/settings/reference';
import {DistrictTarget} from '../../domain/district/district-settings';
import {
  DISTRICT_TABLES,
  districtRows,
  newlineDelimitedJson,
  SCHOOL_PARTITIONING,
} from '../../domain/district/district-tables';
import {
  bigQueryAvailable,
  datasetExists,
  ensureTable,
  replacePartition,
} from '../../workspace/services/bigquery';
import {utcOffsetReader} from '../../workspace/services/zone';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Rows sent per district table (`metrics`, `daily`). */
export type SentRows = Readonly<Record<string, number>>;

/**
 * Reads the Metrics and Daily tabs the hourly rebuild wrote and replaces this school's partition
 * of each district table with them (a WRITE_TRUNCATE load of `table$schoolId`), so sending twice
 * leaves one copy of each row. Creates the tables on first use; the dataset is the district's.
 */
export function sendFigures(
  ss: Spreadsheet,
  reference: Reference,
  target: DistrictTarget,
  timeZone: string
): SentRows {
  const {projectId, datasetId, schoolId} = target;
  if (!datasetExists(projectId, datasetId))
    throw new Error(
      `The district dataset ${projectId}:${datasetId} does not exist, or this account cannot see it: ask the district to create it and give you access (docs/using.md: District).`
    );
  const offset = utcOffsetReader(timeZone);
  const school = {schoolId, name: reference.config.deskName};
  const sent: Record<string, number> = {};
  for (const table of DISTRICT_TABLES) {
    const values = ss.getSheetByName(table.tab)?.getDataRange().getValues();
    const rows = districtRows(table, values ?? [], school, offset);
    ensureTable({
      projectId,
      datasetId,
      tableId: table.tableId,
      fields: table.fields,
      partitioning: SCHOOL_PARTITIONING,
    });
    // An empty load is not sent: a desk with no rows yet leaves its partition as it was.
    sent[table.tableId] =
      rows.length === 0
        ? 0
        : replacePartition({
            projectId,
            datasetId,
            tableId: table.tableId,
            partition: schoolId,
            fields: table.fields,
            json: newlineDelimitedJson(rows),
          });
  }
  return sent;
}

/** The hourly run's part: only the district edition with Config's district rows filled in sends. */
export function sendFiguresIfConfigured(
  ss: Spreadsheet,
  reference: Reference,
  timeZone: string
): void {
  if (bigQueryAvailable() && reference.district)
    sendFigures(ss, reference, reference.district, timeZone);
}

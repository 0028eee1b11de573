import {
  DISTRICT_TABLES,
  districtRows,
  newlineDelimitedJson,
} from '../../../src/domain/district/district-tables';
import {DAILY_HEADERS} from '../../../src/domain/metrics/daily-metrics';
import {METRICS_HEADERS} from '../../../src/domain/metrics/metrics-table';

const [METRICS, DAILY] = DISTRICT_TABLES;
const CHICAGO_CST = () => -360;
const SCHOOL = {schoolId: 7, name: 'Adams Middle'};

describe('district tables', () => {
  it('carry every Metrics and Daily column, after the school, with no requester', () => {
    expect(METRICS.fields.map(f => f.name)).toEqual([
      'school_id',
      'school',
      ...METRICS_HEADERS,
    ]);
    expect(DAILY.fields.map(f => f.name)).toEqual([
      'school_id',
      'school',
      ...DAILY_HEADERS,
    ]);
    const names = DISTRICT_TABLES.flatMap(t => t.fields.map(f => f.name));
    expect(names.filter(n => /requester|email/.test(n))).toEqual([]);
    // The dedupe key of each table is required: school_id + ticket_id, school_id + date (+ campus).
    expect(
      DISTRICT_TABLES.map(t =>
        t.fields.filter(f => f.mode === 'REQUIRED').map(f => f.name)
      )
    ).toEqual([
      ['school_id', 'ticket_id'],
      ['school_id', 'date'],
    ]);
  });

  it('types the cells the rebuild wrote: instants as UTC, dates in the school zone, empty as null', () => {
    const created = new Date('2026-11-23T15:10:00Z');
    const mondayMidnight = new Date('2026-11-23T06:00:00Z');
    const header = [...METRICS_HEADERS];
    const cells: Record<string, unknown> = {
      ticket_id: 'T-000001',
      created,
      week_start: mondayMidnight,
      campus: 'North',
      first_response_school_min: 12.5,
      sla_first_response_met: true,
      sla_resolution_met: '',
      satisfaction: 5,
      duplicate_of: '',
    };
    const [row] = districtRows(
      METRICS,
      [header, header.map(h => cells[h] ?? '')],
      SCHOOL,
      CHICAGO_CST
    );
    expect(row).toMatchObject({
      school_id: 7,
      school: 'Adams Middle',
      ticket_id: 'T-000001',
      created: '2026-11-23T15:10:00.000Z',
      week_start: '2026-11-23',
      campus: 'North',
      first_response_school_min: 12.5,
      sla_first_response_met: true,
      sla_resolution_met: null,
      satisfaction: 5,
      duplicate_of: null,
    });
    expect(newlineDelimitedJson([row, row]).split('\n')).toHaveLength(2);
  });

  it('finds columns by header and skips a row without its key', () => {
    const rows = districtRows(
      DAILY,
      [
        ['campus', 'date', 'opened'],
        ['North', new Date('2026-11-24T06:00:00Z'), 3],
        ['South', '', 1],
      ],
      SCHOOL,
      CHICAGO_CST
    );
    expect(rows).toEqual([
      expect.objectContaining({
        date: '2026-11-24',
        campus: 'North',
        opened: 3,
        backlog: null,
      }),
    ]);
  });
});

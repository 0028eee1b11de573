// The ten-year bench's table and budgets: cells per tab at each year end, year 1 against year 10.
import {Verdict} from './budget';
import {Measurement} from './measure';
import {TenYears, TICKETS_PER_YEAR, tenYears, yearsToCap} from './ten-years';

export const TEN_YEARS = 'ten years';
const MAX_CELLS_AT_YEAR_END = 5_000_000;
const MAX_GROWTH = 1.2;
const MAX_ARCHIVE_DELETES = 10;

/**
 * Year 10 against year 1 on service time: it follows from the calls and cells alone, so a busy
 * machine does not move it; the CPU time measured here is printed beside it.
 */
const cost = (m: Measurement) => m.serviceMs;

export interface TenYearsVerdicts {
  readonly result: TenYears;
  readonly verdicts: Verdict[];
  readonly broken: string[];
}

export function tenYearsVerdicts(): TenYearsVerdicts {
  console.log(
    `ten school years at ${TICKETS_PER_YEAR.toLocaleString('en-US')} tickets a year:`
  );
  const result = tenYears(line => console.log(line));
  const largest = result.yearEnds.reduce((a, b) => (b.total > a.total ? b : a));
  const archiveDeletes = result.yearEnds.map(
    y => y.archiveRun.calls['SpreadsheetApp.Sheet.deleteRows'] ?? 0
  );
  const mostDeletes = Math.max(...archiveDeletes);
  const verdicts: Verdict[] = [
    {
      operation: TEN_YEARS,
      budget: `under ${MAX_CELLS_AT_YEAR_END.toLocaleString('en-US')} cells at every year end`,
      enforced: true,
      broken:
        largest.total >= MAX_CELLS_AT_YEAR_END
          ? `${largest.year}: ${largest.total} cells`
          : undefined,
    },
    ...(['sweep', 'rebuild'] as const).map((name): Verdict => {
      const [first, last] = result[name];
      const ratio = cost(last) / cost(first);
      return {
        operation: TEN_YEARS,
        budget: `year-10 ${name} service time within ${MAX_GROWTH}× of year 1`,
        enforced: true,
        broken:
          ratio > MAX_GROWTH
            ? `${Math.round(cost(first))} ms → ${Math.round(cost(last))} ms (${ratio.toFixed(2)}×)`
            : undefined,
      };
    }),
    {
      // Issue 20: the archive deletes whole blocks (each tab's scattered rows gathered by one
      // sort); the hourly run that archives leaves the Outbox's pruning to the next run (9–11
      // deleteRows before that, at most 10 since).
      operation: TEN_YEARS,
      budget: `each year's archive in ≤ ${MAX_ARCHIVE_DELETES} deleteRows calls`,
      enforced: true,
      broken:
        mostDeletes > MAX_ARCHIVE_DELETES
          ? `up to ${mostDeletes} deleteRows calls (${archiveDeletes.join(', ')})`
          : undefined,
    },
  ];
  return {
    result,
    verdicts,
    broken: verdicts
      .filter(v => v.broken && v.enforced)
      .map(v => `${TEN_YEARS}: ${v.budget} — ${v.broken}`),
  };
}

function pad(text: string | number, width: number): string {
  const s = typeof text === 'number' ? text.toLocaleString('en-US') : text;
  return typeof text === 'number' ? s.padStart(width) : s.padEnd(width);
}

export function printTenYears({yearEnds, sweep, rebuild}: TenYears): void {
  const tabs = [...new Set(yearEnds.flatMap(y => Object.keys(y.cells)))];
  const width = Math.max(...tabs.map(t => t.length), 17);
  console.log('\ncells per tab at each year end (live workbook):');
  console.log(
    [pad('tab', width), ...yearEnds.map(y => y.year.padStart(9))].join(' ')
  );
  for (const tab of tabs)
    console.log(
      [pad(tab, width), ...yearEnds.map(y => pad(y.cells[tab] ?? 0, 9))].join(
        ' '
      )
    );
  console.log(
    [pad('all tabs', width), ...yearEnds.map(y => pad(y.total, 9))].join(' ')
  );
  console.log(
    [
      pad('archive workbook', width),
      ...yearEnds.map(y => pad(y.archiveCells, 9)),
    ].join(' ')
  );
  console.log(
    [
      pad('archive hourly ms', width),
      ...yearEnds.map(y => pad(Math.round(y.archiveRun.modelledMs), 9)),
    ].join(' ')
  );
  const toCap = yearsToCap(yearEnds);
  console.log(
    `years to the 10,000,000-cell cap at this volume: ${Number.isFinite(toCap) ? Math.round(toCap).toLocaleString('en-US') : 'never'}`
  );
  console.log('\nyear 1 against year 10 (CPU: the least of three runs):');
  console.log(
    ['run', 'tickets live', 'service ms', 'CPU ms', 'modelled ms']
      .map((h, i) => pad(h, [18, 12, 12, 8, 12][i]))
      .join('  ')
  );
  for (const m of [...sweep, ...rebuild])
    console.log(
      [
        pad(m.operation, 18),
        pad(m.rows, 12),
        pad(Math.round(m.serviceMs), 12),
        pad(Math.round(m.cpuMs), 8),
        pad(Math.round(m.modelledMs), 12),
      ].join('  ')
    );
}

import {mkdirSync, writeFileSync} from 'node:fs';
import {dirname} from 'node:path';
import {parseArgs} from 'node:util';
import {Verdict} from './budget';
import {Measurement, measure} from './measure';
import {BenchOperation} from './operation';
import {OPERATIONS} from './operations';
import {TEN_YEARS, printTenYears, tenYearsVerdicts} from './ten-years-report';

const {values: options} = parseArgs({
  options: {
    json: {type: 'string'},
    only: {type: 'string'},
    sizes: {type: 'string'},
  },
});

function pad(text: string | number, width: number): string {
  const s = String(text);
  return typeof text === 'number' ? s.padStart(width) : s.padEnd(width);
}

function printTable(results: Measurement[]): void {
  const columns: Array<[string, number, (r: Measurement) => string | number]> =
    [
      ['operation', 22, r => r.operation],
      ['rows', 8, r => r.rows],
      ['Sheets trips', 12, r => r.roundTrips['SpreadsheetApp'] ?? 0],
      [
        'all trips',
        9,
        r => Object.values(r.roundTrips).reduce((a, b) => a + b, 0),
      ],
      ['cells read', 10, r => r.cellsRead],
      ['cells written', 13, r => r.cellsWritten],
      ['CPU ms', 7, r => Math.round(r.cpuMs)],
      ['typical ms', 10, r => Math.round(r.modelledMsBy.typical)],
      ['slow ms', 9, r => Math.round(r.modelledMsBy.slow)],
    ];
  console.log(columns.map(([h, w]) => pad(h, w)).join('  '));
  for (const r of results)
    console.log(columns.map(([, w, cell]) => pad(cell(r), w)).join('  '));
  console.log(
    'modelled ms = service time under the profile + the CPU time measured here (sandbox/core/latency.ts)'
  );
}

function printCalls(result: Measurement): void {
  console.log(`\n${result.operation} at ${result.rows} rows, calls by method:`);
  for (const [name, count] of Object.entries(result.calls).sort()) {
    console.log(`  ${pad(count, 6)}  ${name}`);
  }
}

function verdictLine(v: Verdict): string {
  const status = !v.broken
    ? 'ok     '
    : v.enforced
      ? 'BROKEN '
      : 'PENDING (issue 20 target)';
  return `${status}  ${v.operation}: ${v.budget}${v.broken ? ` — ${v.broken}` : ''}`;
}

async function runOperation(
  operation: BenchOperation,
  sizes: readonly number[]
): Promise<Measurement[]> {
  const results: Measurement[] = [];
  for (const rows of sizes) {
    const perform = await operation.prepare(rows);
    results.push(measure(operation.name, rows, perform()));
  }
  return results;
}

async function main(): Promise<void> {
  const chosen = OPERATIONS.filter(
    op => !options.only || op.name === options.only
  );
  const withYears = !options.only || options.only === TEN_YEARS;
  if (chosen.length === 0 && !withYears)
    throw new Error(`No bench operation is named "${options.only}".`);
  const sizeOverride = options.sizes?.split(',').map(Number);
  const all: Measurement[] = [];
  const broken: string[] = [];
  const verdicts: Verdict[] = [];
  for (const operation of chosen) {
    const results = await runOperation(
      operation,
      sizeOverride ?? operation.sizes
    );
    all.push(...results);
    for (const budget of operation.budgets) {
      const why = budget.check(results);
      verdicts.push({
        operation: operation.name,
        budget: budget.description,
        enforced: budget.enforced,
        broken: why,
      });
      if (why && budget.enforced)
        broken.push(`${operation.name}: ${budget.description} — ${why}`);
    }
  }
  if (withYears) {
    const years = tenYearsVerdicts();
    verdicts.push(...years.verdicts);
    broken.push(...years.broken);
    printTenYears(years.result);
  }
  if (all.length > 0) printTable(all);
  for (const operation of chosen) {
    const largest = all.filter(r => r.operation === operation.name).pop();
    if (largest) printCalls(largest);
  }
  console.log('\nbudgets:');
  for (const v of verdicts) console.log(`  ${verdictLine(v)}`);
  if (options.json) {
    mkdirSync(dirname(options.json), {recursive: true});
    writeFileSync(
      options.json,
      JSON.stringify({results: all, budgets: verdicts}, null, 2)
    );
    console.log(`\nwrote ${options.json}`);
  }
  if (broken.length > 0) {
    console.error(`\n${broken.length} budget(s) broken.`);
    process.exitCode = 1;
  }
}

main().catch(error => {
  console.error(error);
  process.exitCode = 1;
});

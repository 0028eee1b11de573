import {mkdirSync, writeFileSync} from 'node:fs';
import {dirname} from 'node:path';
import {parseArgs} from 'node:util';
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
  const header = [
    'operation',
    'rows',
    'Sheets trips',
    'all calls',
    'service ms',
    'CPU ms',
    'modelled ms',
    'cells read',
    'cells written',
  ];
  const widths = [22, 8, 12, 10, 11, 8, 12, 10, 13];
  console.log(header.map((h, i) => pad(h, widths[i])).join('  '));
  for (const r of results) {
    const cells = [
      r.operation,
      r.rows,
      r.roundTrips['SpreadsheetApp'] ?? 0,
      r.totalCalls,
      Math.round(r.serviceMs),
      Math.round(r.cpuMs),
      Math.round(r.modelledMs),
      r.cellsRead,
      r.cellsWritten,
    ];
    console.log(cells.map((c, i) => pad(c, widths[i])).join('  '));
  }
}

function printCalls(result: Measurement): void {
  console.log(`\n${result.operation} at ${result.rows} rows, calls by method:`);
  for (const [name, count] of Object.entries(result.calls).sort()) {
    console.log(`  ${pad(count, 6)}  ${name}`);
  }
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
  const verdicts: Array<{operation: string; budget: string; broken?: string}> =
    [];
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
        broken: why,
      });
      if (why) broken.push(`${operation.name}: ${budget.description} — ${why}`);
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
  for (const v of verdicts) {
    console.log(
      `  ${v.broken ? 'BROKEN' : 'ok    '}  ${v.operation}: ${v.budget}${v.broken ? ` — ${v.broken}` : ''}`
    );
  }
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

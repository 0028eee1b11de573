// Typos on the Training tab named like Config's: the cell, the value and what the desk does instead.
import {normalised} from '../text';

/** A Training row as typed, by header. */
export interface TrainingRow {
  readonly scenario: string;
  readonly category: string;
  readonly summary: string;
}

/** What is wrong with each Training row (row 2 is the first), or nothing. */
export function trainingProblems(
  rows: readonly TrainingRow[],
  categories: readonly string[]
): string[] {
  const known = new Set(categories.map(normalised));
  return rows.flatMap((row, index) => {
    const filled = [row.scenario, row.category, row.summary].map(cell =>
      cell.trim()
    );
    if (filled.every(cell => cell === '')) return [];
    const [scenario, category, summary] = filled;
    const where = `Training row ${index + 2}${scenario === '' ? '' : ` ("${scenario}")`}`;
    const problems: string[] = [];
    if (summary === '')
      problems.push(
        `${where}: Summary is blank, so this scenario cannot be issued; type the problem as a requester would report it.`
      );
    if (!known.has(normalised(category)))
      problems.push(
        `${where}: Category "${category}" is not one of Config's Categories, so a practice ticket issued from it counts towards no tech's level in any category; choose one of ${categories.join(', ')}.`
      );
    return problems;
  });
}

/** Priority from impact × urgency, configurable in the Config tab. */
import {ConfigRow} from '../configuration/config-row';

export const IMPACTS = [
  'Just me',
  'A group',
  'Whole class',
  'Whole building',
] as const;
export type Impact = (typeof IMPACTS)[number];

export const URGENCIES = [
  'Today is fine',
  'Within the hour',
  'Class is stopped now',
] as const;
export type Urgency = (typeof URGENCIES)[number];

export const PRIORITIES = ['P1', 'P2', 'P3', 'P4'] as const;
export type Priority = (typeof PRIORITIES)[number];

export type PriorityMatrix = Readonly<
  Record<Impact, Readonly<Record<Urgency, Priority>>>
>;

/** Rows are impacts, columns urgencies, in the order of IMPACTS and URGENCIES. */
const DEFAULT_TABLE: readonly (readonly Priority[])[] = [
  ['P4', 'P3', 'P3'],
  ['P4', 'P3', 'P2'],
  ['P3', 'P2', 'P1'],
  ['P2', 'P1', 'P1'],
];

export const DEFAULT_PRIORITY_MATRIX: PriorityMatrix = Object.fromEntries(
  IMPACTS.map((impact, i) => [
    impact,
    Object.fromEntries(
      URGENCIES.map((urgency, j) => [urgency, DEFAULT_TABLE[i][j]])
    ),
  ])
) as PriorityMatrix;

/** The Config key holding one cell of the matrix. */
export function priorityConfigKey(impact: Impact, urgency: Urgency): string {
  return `Priority: ${impact} + ${urgency}`;
}

export function isPriority(value: string): value is Priority {
  return (PRIORITIES as readonly string[]).includes(value);
}

/** The matrix's Config rows, with their defaults. */
export const PRIORITY_CONFIG_DEFAULTS: readonly ConfigRow[] = IMPACTS.flatMap(
  impact =>
    URGENCIES.map(urgency => ({
      key: priorityConfigKey(impact, urgency),
      value: DEFAULT_PRIORITY_MATRIX[impact][urgency],
      description: `Priority when impact is "${impact}" and urgency is "${urgency}" (P1 is most urgent).`,
    }))
);

export interface ParsedPriorityMatrix {
  readonly matrix: PriorityMatrix;
  /** One sentence per cell that could not be used; its default is used instead. */
  readonly problems: readonly string[];
}

/** The matrix from the Config tab's rows; a blank cell takes its default. */
export function parsePriorityMatrix(
  rows: readonly {key: string; value: string}[]
): ParsedPriorityMatrix {
  const values = new Map(rows.map(row => [row.key.trim(), row.value.trim()]));
  const problems: string[] = [];
  const matrix = {} as Record<Impact, Record<Urgency, Priority>>;
  for (const impact of IMPACTS) {
    matrix[impact] = {} as Record<Urgency, Priority>;
    for (const urgency of URGENCIES) {
      const key = priorityConfigKey(impact, urgency);
      const fallback = DEFAULT_PRIORITY_MATRIX[impact][urgency];
      const value = (values.get(key) || fallback).toUpperCase();
      if (isPriority(value)) {
        matrix[impact][urgency] = value;
      } else {
        problems.push(
          `Config "${key}" must be P1, P2, P3 or P4, not "${values.get(key)}"; using ${fallback}.`
        );
        matrix[impact][urgency] = fallback;
      }
    }
  }
  return {matrix, problems};
}

function matching<T extends string>(
  options: readonly T[],
  answer: string
): T | undefined {
  const wanted = answer.trim().toLowerCase();
  return options.find(option => option.toLowerCase() === wanted);
}

export function asImpact(answer: string): Impact | undefined {
  return matching(IMPACTS, answer);
}

export function asUrgency(answer: string): Urgency | undefined {
  return matching(URGENCIES, answer);
}

/** Unknown answers count as the mildest impact and urgency. */
export function priorityFor(
  matrix: PriorityMatrix,
  impact: string,
  urgency: string
): Priority {
  return matrix[asImpact(impact) ?? IMPACTS[0]][
    asUrgency(urgency) ?? URGENCIES[0]
  ];
}

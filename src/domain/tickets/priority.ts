/** Priority from impact × urgency, configurable in the Config tab. */
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

// Skill levels on the Techs tab's Skills cell: "Printer: learning (1 signed off), Chromebook".
import {normalised} from '../text';

export const LEVELS = {
  learning: 'learning',
  supervised: 'supervised',
  certified: 'certified',
} as const;

export type Level = (typeof LEVELS)[keyof typeof LEVELS];

export const LEVEL_CHOICES: readonly Level[] = Object.values(LEVELS);

/** One category a tech works in, how far they are, and the mentor sign-offs counted so far. */
export interface SkillEntry {
  readonly category: string;
  readonly level: Level;
  readonly signedOff: number;
}

/** "All" in Skills covers every category, certified. */
export const ALL_CATEGORIES = 'All';

const ENTRY = /^(.*?)\s*:\s*([^()]*?)\s*(?:\((\d+) signed off\))?$/i;

export function levelFrom(text: string): Level | undefined {
  const wanted = normalised(text);
  return LEVEL_CHOICES.find(level => level === wanted);
}

/**
 * One item of a Skills cell: a category alone is certified (as every skill was before levels);
 * "Category: level" sets its level, "(n signed off)" the sign-offs counted towards certification.
 */
export function parseSkillEntry(item: string): {
  entry: SkillEntry;
  problem?: string;
} {
  const match = ENTRY.exec(item.trim());
  if (!match)
    return {entry: {category: item.trim(), level: 'certified', signedOff: 0}};
  const [, category, levelText, count] = match;
  const level = levelFrom(levelText);
  return {
    entry: {
      category: category.trim(),
      level: level ?? LEVELS.learning,
      signedOff: count ? Number(count) : 0,
    },
    problem: level
      ? undefined
      : `level "${levelText}" for ${category.trim()} is not one of ${LEVEL_CHOICES.join(', ')}; treated as learning`,
  };
}

export function formatSkillEntry(entry: SkillEntry): string {
  if (entry.level === LEVELS.certified) return entry.category;
  const count = entry.signedOff > 0 ? ` (${entry.signedOff} signed off)` : '';
  return `${entry.category}: ${entry.level}${count}`;
}

export function formatSkills(entries: readonly SkillEntry[]): string {
  return entries.map(formatSkillEntry).join(', ');
}

/** A tech's level in a category: undefined when they do not work in it. */
export function levelIn(
  entries: readonly SkillEntry[],
  category: string
): SkillEntry | undefined {
  const wanted = normalised(category);
  return (
    entries.find(e => normalised(e.category) === wanted) ??
    entries.find(e => normalised(e.category) === normalised(ALL_CATEGORIES))
  );
}

/** The entries with one category set to a level and count (added when it was missing). */
export function withEntry(
  entries: readonly SkillEntry[],
  changed: SkillEntry
): SkillEntry[] {
  const wanted = normalised(changed.category);
  const at = entries.findIndex(e => normalised(e.category) === wanted);
  if (at < 0) return [...entries, changed];
  return entries.map((e, i) => (i === at ? changed : e));
}

/** Learning and supervised work is signed off by the tech's mentor. */
export function needsSignOff(entry: SkillEntry | undefined): boolean {
  return entry !== undefined && entry.level !== LEVELS.certified;
}

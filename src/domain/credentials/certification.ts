// Certification: a mentor's sign-off counts one fix; enough of them make the tech certified.
import {Badge} from '../metrics/badges';
import {CredentialSettings} from './credential-settings';
import {
  formatSkillEntry,
  LEVELS,
  levelIn,
  needsSignOff,
  SkillEntry,
} from '../people/skill-levels';
import {Tech} from '../people/techs';

export interface SignOffCredit {
  readonly before: SkillEntry;
  readonly after: SkillEntry;
  readonly certified: boolean;
}

/**
 * What one accepted sign-off does to the assignee's level in the ticket's category: one more fix
 * counted, and certified once the Config number is reached. Undefined when it counts for nothing
 * (already certified, or practice while practice does not count).
 */
export function creditOf(
  tech: Tech,
  category: string,
  practice: boolean,
  settings: CredentialSettings
): SignOffCredit | undefined {
  const before = levelIn(tech.levels, category);
  if (!before || !needsSignOff(before)) return undefined;
  if (practice && !settings.practiceCounts) return undefined;
  const signedOff = before.signedOff + 1;
  const certified = signedOff >= settings.signOffsToCertify;
  const after: SkillEntry = certified
    ? {category: before.category, level: LEVELS.certified, signedOff: 0}
    : {...before, signedOff};
  return {before, after, certified};
}

/** The Recognition badge for a certification (one per tech and category). */
export function certificationBadge(
  tech: Tech,
  category: string,
  earnedMs: number
): Badge {
  return {
    id: `certified:${category.toLowerCase()}`,
    techEmail: tech.email,
    techName: tech.name,
    title: `Certified in ${category}`,
    earnedMs,
  };
}

/** How a level reads in Activity: "learning (2 signed off)", "certified". */
export function levelText(entry: SkillEntry | undefined): string {
  if (!entry) return 'none';
  const text = formatSkillEntry(entry);
  return entry.level === LEVELS.certified
    ? LEVELS.certified
    : text.slice(text.indexOf(':') + 1).trim();
}

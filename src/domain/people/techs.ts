// The Techs tab: student techs, their tiers and skills, and lookup by email or name.
import {parseSkillEntry, SkillEntry} from './skill-levels';
import {EmailChoice, parseEmailChoice} from './email-choice';
import {normalised, splitList} from '../text';

export const TIERS = {
  junior: 'Junior Tech',
  mentor: 'Senior Mentor',
  staff: 'Level 2 Staff',
} as const;

export type Tier = (typeof TIERS)[keyof typeof TIERS];

export const TIER_CHOICES: readonly Tier[] = Object.values(TIERS);

export interface Tech {
  readonly email: string;
  readonly name: string;
  readonly tier: Tier;
  /** Categories this tech can handle, at any level; "All" covers every category. */
  readonly skills: readonly string[];
  /** The same categories with the tech's level in each (learning, supervised, certified). */
  readonly levels: readonly SkillEntry[];
  readonly campus: string;
  /** The senior mentor's email, for junior techs. */
  readonly mentor: string;
  readonly active: boolean;
  /** How often the desk emails them (Emails column): every event, daily or none. */
  readonly emails: EmailChoice;
}

export interface TechRow {
  readonly email: string;
  readonly name: string;
  readonly tier: string;
  readonly skills: string;
  readonly campus: string;
  readonly mentor: string;
  readonly active: string;
  /** Absent in a desk set up before the Emails column existed: the default. */
  readonly emails?: string;
}

export interface ParsedTechs {
  readonly techs: readonly Tech[];
  readonly problems: readonly string[];
}

function tierFrom(text: string): Tier | undefined {
  const wanted = normalised(text);
  return TIER_CHOICES.find(tier => {
    const name = tier.toLowerCase();
    return wanted === name || name.startsWith(wanted.split(' ')[0] + ' ');
  });
}

const ACTIVE_WORDS = ['yes', 'true', 'y', 'active', '1', ''];
const INACTIVE_WORDS = ['no', 'false', 'n', 'inactive', '0'];

export function parseTechs(rows: readonly TechRow[]): ParsedTechs {
  const techs: Tech[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    const email = row.email.trim().toLowerCase();
    if (email === '') {
      const rest = [row.name, row.tier, row.skills, row.campus, row.mentor];
      if (rest.some(cell => cell.trim() !== ''))
        problems.push(
          `Techs row ${index + 2}${row.name.trim() ? ` (${row.name.trim()})` : ''} has no Email; that tech gets no tickets until one is filled in.`
        );
      return;
    }
    const where = `Techs row ${index + 2} (${email})`;
    if (!email.includes('@')) {
      problems.push(`${where}: "${row.email}" is not an email address.`);
      return;
    }
    if (seen.has(email)) {
      problems.push(
        `${where}: this email is listed twice; the first row is used.`
      );
      return;
    }
    seen.add(email);
    const name = normalised(row.name);
    const namesake = techs.find(tech => normalised(tech.name) === name);
    if (name !== '' && namesake)
      problems.push(
        `${where}: the display name "${row.name.trim()}" is also ${namesake.email}'s; the Tickets tab names techs by display name, so give each a different one (a ticket naming it goes to ${namesake.email}).`
      );
    let tier = tierFrom(row.tier);
    if (!tier) {
      problems.push(
        `${where}: tier "${row.tier}" is not one of ${TIER_CHOICES.join(', ')}; treated as ${TIERS.junior}.`
      );
      tier = TIERS.junior;
    }
    const active = normalised(row.active);
    if (!ACTIVE_WORDS.includes(active) && !INACTIVE_WORDS.includes(active))
      problems.push(
        `${where}: Active must be yes or no, not "${row.active}"; treated as yes.`
      );
    const levels = splitList(row.skills).map(item => {
      const parsed = parseSkillEntry(item);
      if (parsed.problem) problems.push(`${where}: ${parsed.problem}.`);
      return parsed.entry;
    });
    const emails = parseEmailChoice(row.emails ?? '');
    if (emails.problem) problems.push(`${where}: ${emails.problem}.`);
    techs.push({
      email,
      name: row.name.trim() || email,
      tier,
      skills: levels.map(entry => entry.category),
      levels,
      campus: row.campus.trim(),
      mentor: row.mentor.trim().toLowerCase(),
      active: !INACTIVE_WORDS.includes(active),
      emails: emails.choice,
    });
  });
  return {techs, problems};
}

/**
 * Skills cells naming a category Config does not list: no ticket is routed by that skill. "All"
 * covers every category.
 */
export function unknownSkillProblems(
  techs: readonly Tech[],
  categories: readonly string[]
): string[] {
  const known = new Set([...categories, 'All'].map(normalised));
  return techs.flatMap(tech =>
    tech.skills
      .filter(skill => skill.trim() !== '' && !known.has(normalised(skill)))
      .map(
        skill =>
          `Techs (${tech.email}): Skills names "${skill}", which is not one of Config's Categories; no ticket is routed to ${tech.email} by it.`
      )
  );
}

export function hasSkill(tech: Tech, category: string): boolean {
  const wanted = normalised(category);
  return tech.skills.some(skill => {
    const have = normalised(skill);
    return have === 'all' || have === wanted;
  });
}

export function findTech(
  techs: readonly Tech[],
  email: string
): Tech | undefined {
  const wanted = email.trim().toLowerCase();
  return techs.find(tech => tech.email === wanted);
}

/** A tech by email, or by display name as people may type it into Assignee. */
export function findTechByEmailOrName(
  techs: readonly Tech[],
  text: string
): Tech | undefined {
  const wanted = normalised(text);
  return (
    findTech(techs, text) ??
    techs.find(tech => normalised(tech.name) === wanted)
  );
}

/**
 * The address of the tech an Assignee cell names: the Tickets tab shows a display name, older rows
 * and people's typing may hold an address. An address not on Techs is kept as typed; '' when blank.
 */
export function assigneeEmail(techs: readonly Tech[], cell: string): string {
  return assigneeEmailFinder(techs)(cell);
}

/** assigneeEmail for many cells: the techs indexed once, by address and by display name. */
export function assigneeEmailFinder(
  techs: readonly Tech[]
): (cell: string) => string {
  const byEmail = new Map(techs.map(tech => [tech.email, tech]));
  const byName = new Map<string, Tech>();
  for (const tech of techs) {
    const name = normalised(tech.name);
    if (!byName.has(name)) byName.set(name, tech);
  }
  return cell => {
    const text = cell.trim();
    if (text === '') return '';
    const address = text.toLowerCase();
    return (
      (byEmail.get(address) ?? byName.get(normalised(text)))?.email ?? address
    );
  };
}

/** Students resolve most tickets; metrics report the student resolution rate. */
export function resolverRole(tech: Tech | undefined): 'Student' | 'Staff' {
  return tech && tech.tier !== TIERS.staff ? 'Student' : 'Staff';
}

/**
 * A first name only, for what people outside the desk see: never a surname or an address. A
 * Display Name typed "Surname, First" gives the part after the comma; a Techs row without a
 * display name has its email as its name ("maya.patel@…" becomes "Maya").
 */
export function firstNameOf(name: string): string {
  const text = name.trim();
  const comma = text.indexOf(',');
  const given =
    !text.includes('@') && comma > 0 && text.slice(comma + 1).trim() !== ''
      ? text.slice(comma + 1).trim()
      : text;
  const word = given.includes('@')
    ? (given.split('@')[0].split(/[._-]/)[0] ?? '')
    : (given.split(/\s+/)[0] ?? '');
  return word.charAt(0).toUpperCase() + word.slice(1);
}

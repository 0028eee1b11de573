// The Roles tab: each role's responsibilities and expected hours, mapped to a Techs tier.
import {normalised} from '../text';
import {Tech, Tier, TIER_CHOICES, TIERS} from '../people/techs';

export interface Role {
  readonly name: string;
  readonly tier: Tier;
  readonly responsibilities: string;
  readonly hoursPerWeek: number | undefined;
}

export interface RoleRow {
  readonly name: string;
  readonly tier: string;
  readonly responsibilities: string;
  readonly hours: string;
}

/** What setup writes into an empty Roles tab: the programme's published roles. */
export const DEFAULT_ROLES: readonly Role[] = [
  {
    name: 'Junior Tech Assistant',
    tier: TIERS.junior,
    responsibilities:
      'Takes tickets on duty in their skills, logs what they did, asks their mentor when stuck.',
    hoursPerWeek: 2,
  },
  {
    name: 'Systems Buddy',
    tier: TIERS.junior,
    responsibilities:
      'Looks after one system (printers, projectors, accounts) for the desk and keeps its knowledge base articles current.',
    hoursPerWeek: 3,
  },
  {
    name: 'Senior Mentor',
    tier: TIERS.mentor,
    responsibilities:
      'Coaches juniors, answers when a ticket stalls, reviews resolutions and grows the knowledge base.',
    hoursPerWeek: 4,
  },
  {
    name: 'Level 2',
    tier: TIERS.staff,
    responsibilities:
      'District IT staff: receive escalations with the troubleshooting done, fix what students cannot.',
    hoursPerWeek: undefined,
  },
];

export function roleRow(role: Role): string[] {
  return [
    role.name,
    role.tier,
    role.responsibilities,
    role.hoursPerWeek === undefined ? '' : String(role.hoursPerWeek),
  ];
}

export function parseRoles(rows: readonly RoleRow[]): {
  roles: readonly Role[];
  problems: readonly string[];
} {
  const roles: Role[] = [];
  const problems: string[] = [];
  rows.forEach((row, index) => {
    const name = row.name.trim();
    if (name === '') return;
    const where = `Roles row ${index + 2} (${name})`;
    const tier = TIER_CHOICES.find(t => normalised(t) === normalised(row.tier));
    if (!tier) {
      problems.push(
        `${where}: Tier must be one of ${TIER_CHOICES.join(', ')}, not "${row.tier}"; this role is left out.`
      );
      return;
    }
    const hoursText = row.hours.trim();
    const hours = hoursText === '' ? undefined : Number(hoursText);
    if (hours !== undefined && !(Number.isFinite(hours) && hours >= 0))
      problems.push(
        `${where}: Expected Hours per Week must be a number, not "${hoursText}"; shown as blank.`
      );
    roles.push({
      name,
      tier,
      responsibilities: row.responsibilities.trim(),
      hoursPerWeek:
        hours !== undefined && Number.isFinite(hours) && hours >= 0
          ? hours
          : undefined,
    });
  });
  return {roles, problems};
}

/** The problem an emptied Roles tab raises: the team's views fall back to each tech's tier. */
export const NO_ROLES =
  "The Roles tab lists no roles; the team page and monthly reports show each tech's tier instead.";

/** A tech's role: the first role listed for their tier. */
export function roleOf(tech: Tech, roles: readonly Role[]): Role | undefined {
  return roles.find(role => role.tier === tech.tier);
}

// The Roles tab: its columns, how they look, and the Tier dropdown.
import {tabLooks} from '../configuration/column-look';
import {ColumnDropdown} from '../configuration/dropdown';
import {TIER_CHOICES} from '../people/techs';

export const ROLES_TAB = 'Roles';

/** The Roles tab: what each role does, the hours it asks for, and the tier it maps to. */
export const ROLE_HEADERS = [
  'Role',
  'Tier',
  'Responsibilities',
  'Expected Hours per Week',
] as const;

export const ROLE_DROPDOWNS: readonly ColumnDropdown[] = [
  {
    tab: ROLES_TAB,
    header: 'Tier',
    values: TIER_CHOICES,
    help: 'The Techs tier this role maps to.',
  },
];

export const ROLE_LOOKS = tabLooks(
  ROLES_TAB,
  {
    Role: 180,
    Tier: 140,
    Responsibilities: 420,
    'Expected Hours per Week': 110,
  },
  ['Responsibilities', 'Expected Hours per Week']
);

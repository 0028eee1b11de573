// The Roles tab.

export const ROLES_TAB = 'Roles';

/** The Roles tab: what each role does, the hours it asks for, and the tier it maps to. */
export const ROLE_HEADERS = [
  'Role',
  'Tier',
  'Responsibilities',
  'Expected Hours per Week',
] as const;

/**
 * The example school's Google Workspace account: the domains its teachers (school.example), staff
 * (example.org) and student techs (students.example.org) sign in with, all one account, so the
 * desk's scripts see who edited (sandbox/session/identity.ts).
 */
export const EXAMPLE_SCHOOL_DOMAINS = [
  'school.example',
  'example.org',
  'students.example.org',
] as const;

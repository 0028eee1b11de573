// People's tabs: the Techs, the Rota and the Leave tab.

export const TECHS_TAB = 'Techs';

export const ROTA_TAB = 'Rota';

export const TECH_HEADERS = [
  'Email',
  'Display Name',
  'Tier',
  'Skills',
  'Campus',
  'Mentor',
  'Active',
  'Class Of',
  'Emails',
] as const;

export const ROTA_HEADERS = ['Campus', 'Day Type', 'Period', 'Tech'] as const;

export const LEAVE_TAB = 'Leave';

/** The Leave tab: a tech away from one moment to another (a field trip, exams, a break). */
export const LEAVE_HEADERS = ['Tech', 'From', 'To', 'Reason'] as const;

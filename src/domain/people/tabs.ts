// People's tabs: the Techs, the Rota and the Leave tab, their dropdowns and how they look.
import {tabLooks} from '../configuration/column-look';
import {ColumnDropdown} from '../configuration/dropdown';
import {DateColumn} from '../configuration/date-column';
import {EMAIL_CHOICES} from './email-choice';
import {LEAVE_REASONS} from './leave';
import {TIER_CHOICES} from './techs';

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

export const PEOPLE_DROPDOWNS: readonly ColumnDropdown[] = [
  {tab: TECHS_TAB, header: 'Tier', values: TIER_CHOICES, help: 'Tier'},
  {
    tab: TECHS_TAB,
    header: 'Active',
    values: ['yes', 'no'],
    help: 'Is this tech active?',
  },
  {
    tab: TECHS_TAB,
    header: 'Emails',
    values: EMAIL_CHOICES,
    help: 'How often the desk emails them: every event, one daily email (blank), or none (Chat only). P1 alerts and escalations always come at once.',
  },
  {
    tab: LEAVE_TAB,
    header: 'Tech',
    values: 'techs by email',
    help: 'A tech from the Techs tab.',
  },
  {
    tab: LEAVE_TAB,
    header: 'Reason',
    values: LEAVE_REASONS,
    help: 'Why the tech is away; any words will do.',
  },
];

/** The Leave tab's moments: a date, or a date and time. */
export const LEAVE_DATE_COLUMNS: readonly DateColumn[] = [
  {
    tab: LEAVE_TAB,
    header: 'From',
    help: 'When the tech is away from: a date like 2026-12-07, or a date and time like 2026-12-07 13:30.',
  },
  {
    tab: LEAVE_TAB,
    header: 'To',
    help: 'When the tech is back: a date like 2026-12-07 (the whole day), a date and time, or blank while the leave lasts.',
  },
];

export const PEOPLE_LOOKS = [
  ...tabLooks(
    TECHS_TAB,
    {
      Email: 230,
      'Display Name': 150,
      Tier: 130,
      Skills: 260,
      Campus: 100,
      Mentor: 230,
      Active: 70,
      'Class Of': 80,
      Emails: 110,
    },
    ['Skills']
  ),
  ...tabLooks(ROTA_TAB, {Campus: 100, 'Day Type': 110, Period: 90, Tech: 230}),
  ...tabLooks(LEAVE_TAB, {Tech: 230, From: 140, To: 140, Reason: 240}, [
    'Reason',
  ]),
];

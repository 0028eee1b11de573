import {CONFIG_DEFAULTS} from '../../src/domain/config';
import {buildReference, Reference} from '../../src/domain/reference';
import {SchoolCalendar} from '../../src/domain/school-time';
import {TICKET_HEADERS} from '../../src/domain/tabs';
import {TicketRow} from '../../src/domain/ticket-row';

/**
 * A small desk whose metrics are worked out by hand in the tests: school runs 08:00–15:00 on
 * weekdays, in Chicago (CST, UTC−6, all November). Week of Monday 2026-11-23.
 */
export const at = (local: string) =>
  new Date(`${local.replace(' ', 'T')}:00-06:00`);

export const NOW = at('2026-11-25 12:00');

export const JO = 'jo@students.example.org';
export const SAM = 'sam@students.example.org';
export const LEE = 'lee@school.example';
export const REQUESTER = 'teacher.one@school.example';

export function handWorkedReference(): Reference {
  const days = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'];
  return buildReference({
    techs: [
      ['Jo Junior', JO, 'Junior Tech', SAM],
      ['Sam Senior', SAM, 'Senior Mentor', ''],
      ['Lee Staff', LEE, 'Level 2 Staff', ''],
    ].map(([name, email, tier, mentor]) => ({
      Email: email,
      'Display Name': name,
      Tier: tier,
      Skills: 'All',
      Campus: 'North',
      Mentor: mentor,
      Active: 'yes',
    })),
    schedule: days.map(day => ({
      'Day Type': day,
      Period: '1',
      Start: '08:00',
      End: '15:00',
    })),
    rota: [],
    config: CONFIG_DEFAULTS.map(row => ({Key: row.key, Value: row.value})),
    knowledgeBase: [],
  });
}

export function handWorkedCalendar(reference: Reference): SchoolCalendar {
  return {
    config: reference.config,
    periods: reference.periods,
    noSchoolDays: new Set(),
    utcOffsetMinutes: () => -360,
  };
}

export function ticket(fields: Partial<TicketRow>): TicketRow {
  return {
    ...(Object.fromEntries(TICKET_HEADERS.map(h => [h, ''])) as TicketRow),
    Requester: REQUESTER,
    ...fields,
  };
}

/** Five tickets, each chosen to exercise some metric (see metrics.test.ts for the sums). */
export const LEDGER: readonly TicketRow[] = [
  ticket({
    'Ticket ID': 'T-000001',
    Status: 'Closed',
    Assignee: JO,
    Created: at('2026-11-23 09:00'),
    Campus: 'North',
    Room: '101',
    Category: 'Printer',
    Priority: 'P2',
    'First Response': at('2026-11-23 09:20'),
    'Resolved At': at('2026-11-23 10:00'),
    'Resolved By': JO,
    'Resolver Role': 'Student',
    Rating: 5,
  }),
  ticket({
    'Ticket ID': 'T-000002',
    Status: 'Resolved',
    Assignee: JO,
    Created: at('2026-11-23 14:00'),
    Campus: 'North',
    Room: '101',
    Category: 'Printer',
    Priority: 'P1',
    'First Response': at('2026-11-23 14:30'),
    'Resolved At': at('2026-11-24 09:00'),
    'Resolved By': SAM,
    'Resolver Role': 'Student',
    Rating: 4,
  }),
  ticket({
    'Ticket ID': 'T-000003',
    Status: 'Resolved',
    Assignee: LEE,
    Created: at('2026-11-24 10:00'),
    Campus: 'South',
    Room: '5',
    Category: 'Wi-Fi or Network',
    'Asset Tag': 'A-77',
    Priority: 'P3',
    'First Response': at('2026-11-24 10:10'),
    'SLA Pauses': `${at('2026-11-24 10:30').toISOString()}/${at('2026-11-24 11:00').toISOString()}`,
    'Resolved At': at('2026-11-24 11:40'),
    'Resolved By': LEE,
    'Resolver Role': 'Staff',
    Rating: 3,
  }),
  ticket({
    'Ticket ID': 'T-000004',
    Status: 'Escalated',
    Assignee: JO,
    Created: at('2026-11-24 13:00'),
    Campus: 'South',
    Room: '5',
    Category: 'Wi-Fi or Network',
    'Asset Tag': 'A-77',
    Priority: 'P1',
    'Escalation Reason': 'Resolution target of 120 school minutes (P1) passed.',
    'Duplicate Of': 'T-000003',
  }),
  ticket({
    'Ticket ID': 'T-000005',
    Status: 'New',
    Created: at('2026-11-25 08:30'),
    Campus: 'North',
    Room: '202',
    Category: 'Chromebook',
    Priority: 'P4',
  }),
];

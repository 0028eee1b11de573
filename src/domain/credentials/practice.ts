// Practice tickets: Training tab scenarios, issued to a tech as a ticket marked as practice.
import {EMPTY_LATER_FIELDS} from '../tickets/later-fields';
import {ActivityEntry, editorLabel} from '../tickets/activity';
import {
  TicketRow,
  cellText,
  serialiseTracked,
  trackedValuesOf,
} from '../tickets/ticket-row';
import {Tech} from '../people/techs';
import {STATUS} from '../tickets/workflow';
import {isPracticeId} from '../tickets/ticket-id';
import {TRAINING_HEADERS} from './tabs';

export const PRACTICE_MARK = 'yes';

export type Scenario = Readonly<
  Record<(typeof TRAINING_HEADERS)[number], string>
>;

/** Common school cases the Training tab starts with. */
export const SEED_SCENARIOS: readonly Scenario[] = [
  {
    Scenario: 'Printer jam',
    Category: 'Printer',
    Summary: 'Library printer shows "Paper jam in tray 2"',
    Details:
      'The library printer stopped mid-job. The display says paper jam in tray 2; nothing is visible in the tray.',
    'Model Fix':
      'Switched the printer off, opened the rear door and tray 2, removed the torn sheet behind the rollers, fanned the paper, reloaded and printed a test page.',
    'From Ticket': '',
  },
  {
    Scenario: 'Projector with no signal',
    Category: 'Projector or Display',
    Summary: 'Projector says "No signal" when the laptop is plugged in',
    Details:
      'Room 118: the projector is on but shows No signal with the teacher’s laptop connected by HDMI.',
    'Model Fix':
      'Checked the input source (HDMI 1), reseated the HDMI cable at both ends, pressed Win+P / mirrored the display, then swapped in a spare cable.',
    'From Ticket': '',
  },
  {
    Scenario: 'Cloud-sync error',
    Category: 'Software',
    Summary: 'Google Drive for desktop says "Can’t sync"',
    Details:
      'A teacher’s Drive for desktop shows a sync error and files edited this morning are missing on the web.',
    'Model Fix':
      'Checked the account signed in, freed disk space, paused and resumed sync, then signed out and in again; confirmed the files appeared on drive.google.com.',
    'From Ticket': '',
  },
  {
    Scenario: 'Forgotten password',
    Category: 'Account or Password',
    Summary: 'Student cannot sign in to their Chromebook: forgot password',
    Details:
      'A student forgot their password after the break and is locked out of their Chromebook.',
    'Model Fix':
      'Confirmed the student’s identity with the teacher, sent them to the school’s password reset page, and passed it to Level 2 when the reset needs an admin.',
    'From Ticket': '',
  },
  {
    Scenario: 'Cracked screen',
    Category: 'Chromebook',
    Summary: 'Chromebook screen is cracked',
    Details:
      'A student dropped their Chromebook; the screen is cracked in one corner but still works.',
    'Model Fix':
      'Recorded the asset tag, backed up nothing (Chromebooks keep files in Drive), issued a loaner, logged the repair and sent the device to Level 2 for a screen replacement.',
    'From Ticket': '',
  },
];

/** A practice ticket: left out of every metric, SLA and digest figure; never mails a requester. */
export function isPractice(row: Partial<TicketRow>): boolean {
  return (
    cellText(row.Practice).trim() !== '' ||
    isPracticeId(cellText(row['Ticket ID']))
  );
}

/** A Training row from a real ticket: its problem and fix, without who reported it or where. */
export function scenarioFromTicket(row: TicketRow): Scenario {
  return {
    Scenario: cellText(row.Summary).trim() || cellText(row.Category),
    Category: cellText(row.Category),
    Summary: cellText(row.Summary),
    Details: cellText(row.Details),
    'Model Fix': cellText(row.Resolution),
    'From Ticket': cellText(row['Ticket ID']),
  };
}

/** The practice ticket a mentor (or the coordinator) issues from a scenario to a tech. */
export function practiceTicket(
  scenario: Scenario,
  context: {
    readonly tech: Tech;
    readonly id: string;
    readonly issuer: string;
    readonly now: Date;
    readonly mentorName: string;
  }
): {row: TicketRow; activity: ActivityEntry} {
  const {tech, now} = context;
  const row: TicketRow = {
    'Ticket ID': context.id,
    Status: STATUS.assigned,
    Assignee: tech.name,
    Created: now,
    Campus: tech.campus,
    Room: '',
    Category: scenario.Category,
    'Asset Tag': '',
    'Response Key': `practice|${now.toISOString()}`,
    Priority: 'P4',
    Summary: `Practice: ${scenario.Summary}`,
    Details: scenario.Details,
    Impact: '',
    Urgency: '',
    Requester: '',
    Language: '',
    Period: '',
    'Duplicate Of': '',
    'Assignment Note': `Practice scenario "${scenario.Scenario}" for ${tech.name}, issued by ${editorLabel(context.issuer)}${context.mentorName ? `; ${context.mentorName} reviews and signs off` : ''}. Not counted in any metric.`,
    Resolution: '',
    'Time Spent (min)': '',
    'First Response': '',
    Updated: now,
    'Resolved At': '',
    'Resolved By': '',
    'Resolver Role': '',
    'Closed At': '',
    Tracked: '',
    Screenshots: '',
    ...EMPTY_LATER_FIELDS,
    Practice: PRACTICE_MARK,
  };
  row.Tracked = serialiseTracked(trackedValuesOf(row));
  return {
    row,
    activity: {
      when: now,
      ticketId: context.id,
      field: 'Ticket',
      oldValue: '',
      newValue: `Practice issued from "${scenario.Scenario}": assigned to ${tech.email}`,
      who: editorLabel(context.issuer),
    },
  };
}

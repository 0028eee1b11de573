// SLA escalation notices: the emails and Chat cards sent when a ticket climbs a rung.
import {ticketCard} from '../notifications/chat-card';
import {Rung, RUNG} from './escalation';
import {Sender, TicketFacts} from '../notifications/messages';
import {escalatedEmail} from '../notifications/requester-emails';
import {StaffNotice, staffEmail} from '../notifications/tech-emails';
import {Language} from '../languages/language';
import {
  chatNotification,
  emailNotification,
  Notification,
} from '../notifications/notification';
import {SlaTarget} from './sla-policy';
import {findTech, Tech, TIERS} from '../people/techs';

export interface NoticeContext {
  readonly sender: Sender;
  /** The requester's language, for the notice that their ticket went to Level 2. */
  readonly language: Language;
  readonly techs: readonly Tech[];
  readonly ticket: TicketFacts;
  readonly assignee: string;
  readonly resolution: string;
  /** The ticket's Activity lines, oldest first (only for Level 2 notices). */
  readonly activity: readonly string[];
  readonly elapsed: number;
  readonly target: SlaTarget;
  readonly ageMs: number;
  readonly rowUrl: string;
  /** Techs on leave now: a rung's target among them is skipped to the next person up. */
  readonly away: ReadonlySet<string>;
  /** The last person up the ladder, when every Level 2 tech is away (Config, may be blank). */
  readonly coordinator: string;
  /** The Knowledge Base page searching for this ticket's problem (the card's second button). */
  readonly knowledgeBaseUrl?: string;
}

/** "2 d 3 h", "3 h 20 min", "12 min": how long a ticket has been open, by the wall clock. */
export function ageText(ms: number): string {
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  if (days > 0) return `${days} d ${hours} h`;
  if (hours > 0) return `${hours} h ${minutes % 60} min`;
  return `${minutes} min`;
}

export function levelTwoStaff(techs: readonly Tech[]): Tech[] {
  return techs.filter(t => t.active && t.tier === TIERS.staff);
}

const HEADLINES: Readonly<Record<Rung | 'escalatedByHand', string>> = {
  [RUNG.unassigned]: 'Waiting for a tech: nobody on duty has taken it',
  [RUNG.nudge]: 'No first response yet: assignee nudged',
  [RUNG.mentorNudge]: 'Still no first response: senior mentor pulled in',
  [RUNG.warning]: '75% of the resolution target used',
  [RUNG.breach]: 'Escalated to Level 2: resolution target passed',
  escalatedByHand: 'Escalated to Level 2 by a tech',
};

/** The notifications of one rung (or a hand escalation): a Chat card, and emails where due. */
export function escalationNotices(
  what: Rung | 'escalatedByHand',
  context: NoticeContext,
  editor = ''
): Notification[] {
  const {ticket} = context;
  const assignee = findTech(context.techs, context.assignee);
  const mentor = assignee?.mentor
    ? findTech(context.techs, assignee.mentor)
    : undefined;
  const levelTwo = what === RUNG.breach || what === 'escalatedByHand';
  const editorName = findTech(context.techs, editor)?.name ?? editor;
  const reason =
    what === 'escalatedByHand'
      ? `escalated by hand by ${editorName}`
      : `its ${ticket.priority} resolution target of ${context.target.resolution} school minutes passed`;
  const values = {
    assignee: assignee?.name ?? (context.assignee || 'nobody'),
    elapsed: String(Math.round(context.elapsed)),
    target: String(
      what === RUNG.nudge || what === RUNG.mentorNudge
        ? context.target.firstResponse
        : context.target.resolution
    ),
    rowUrl: context.rowUrl,
    reason,
    editor: editorName,
    resolution: context.resolution || '(none written)',
    activity: byName(context.activity.join('\n'), context.techs),
  };
  const here = (tech: Tech | undefined): tech is Tech =>
    tech !== undefined && !context.away.has(tech.email);
  const staff = levelTwoStaff(context.techs);
  const staffHere = staff.filter(here);
  const everyStaffAway = staff.length > 0 && staffHere.length === 0;
  const levelTwoTargets =
    everyStaffAway && context.coordinator !== ''
      ? [context.coordinator]
      : staffHere.map(s => s.email);
  /** The first of the rung's people not on leave, else Level 2. */
  const firstHere = (...people: (Tech | undefined)[]): string[] => {
    const present = people.find(here);
    return present ? [present.email] : levelTwoTargets;
  };
  const email = (notice: StaffNotice, to: string) =>
    emailNotification(
      ticket.id,
      what,
      staffEmail({notice, sender: context.sender, ticket, to, values})
    );
  const emails: Notification[] = [];
  const send = (notice: StaffNotice, to: readonly string[]) =>
    to.forEach(address => emails.push(email(notice, address)));
  if (what === RUNG.nudge && assignee)
    send('nudge', firstHere(assignee, mentor));
  if (what === RUNG.mentorNudge && mentor)
    send('mentorNudge', firstHere(mentor));
  if (what === RUNG.warning && (mentor ?? assignee))
    send('warning', firstHere(mentor, assignee));
  if (levelTwo)
    send(what === RUNG.breach ? 'breach' : 'escalatedByHand', levelTwoTargets);
  if (levelTwo && ticket.requester.includes('@'))
    emails.push(
      emailNotification(
        ticket.id,
        `${what} requester`,
        escalatedEmail({
          sender: context.sender,
          language: context.language,
          ticket,
        })
      )
    );
  const paragraphs = levelTwo
    ? [
        {label: 'Details', text: ticket.details},
        {label: 'Troubleshooting so far', text: values.resolution},
        {label: 'Activity', text: values.activity},
      ]
    : [];
  const card = ticketCard({
    ticket,
    headline: `${HEADLINES[what]} (${values.assignee})`,
    age: ageText(context.ageMs),
    paragraphs,
    rowUrl: context.rowUrl,
    knowledgeBaseUrl: context.knowledgeBaseUrl,
  });
  return [chatNotification(ticket.id, what, card), ...emails];
}

/**
 * Activity names people by address; a notice to Level 2 staff or the coordinator (adults) names
 * techs by name instead, so no student's address reaches an adult's mail (issue 21).
 */
function byName(text: string, techs: readonly Tech[]): string {
  return techs.reduce(
    (named, tech) =>
      tech.email === '' ? named : named.split(tech.email).join(tech.name),
    text
  );
}

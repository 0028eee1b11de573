// Email wording for techs, mentors and Level 2 staff (the desk's working language: English).

export type TechNotice =
  | 'assigned'
  | 'mentorHeadsUp'
  | 'mentorPairing'
  | 'nudge'
  | 'mentorNudge'
  | 'warning'
  | 'breach'
  | 'escalatedByHand'
  | 'selfService'
  | 'answered';

/** The ticket's fields a tech email lists, in order; empty ones are left out. */
export type TechFact =
  | 'where'
  | 'category'
  | 'device'
  | 'requester'
  | 'summary'
  | 'details'
  | 'resolution'
  | 'note'
  | 'answer'
  | 'screenshots';

/**
 * A tech email as data. `{name}` is replaced by a value; a paragraph whose placeholders are all
 * empty is left out. The action button opens the sheet or the ticket's row.
 */
export interface TechTemplate {
  readonly subject: string;
  readonly heading: string;
  readonly paragraphs: readonly string[];
  readonly facts: readonly TechFact[];
  /** Shown as its own section under the facts (Level 2 notices). */
  readonly withActivity: boolean;
  readonly action: {
    readonly label: string;
    readonly url: 'sheetUrl' | 'rowUrl';
  };
}

export const FACT_LABELS: Readonly<Record<TechFact, string>> = {
  where: 'Where',
  category: 'Category',
  device: 'Device',
  requester: 'Requester',
  summary: 'Summary',
  details: 'Details',
  resolution: 'Student troubleshooting so far',
  note: 'Why you',
  answer: 'Their answer',
  screenshots: 'Screenshots',
};

const PLACE: readonly TechFact[] = ['where', 'category'];
const FULL: readonly TechFact[] = [
  'where',
  'category',
  'device',
  'requester',
  'summary',
  'details',
  'screenshots',
  'resolution',
];

export const TECH_TEMPLATES: Readonly<Record<TechNotice, TechTemplate>> = {
  assigned: {
    subject: '[{ticketId}] {priority} for you: {summary}',
    heading: 'Ticket {ticketId} is yours',
    paragraphs: [],
    facts: [
      'where',
      'category',
      'device',
      'summary',
      'details',
      'screenshots',
      'requester',
      'note',
    ],
    withActivity: false,
    action: {label: 'Open the Tickets tab', url: 'sheetUrl'},
  },
  mentorHeadsUp: {
    subject: '[{ticketId}] Your junior {assignee} has a new {priority} ticket',
    heading: '{assignee} has a new ticket',
    paragraphs: [
      '{assignee} was just given ticket {ticketId}. Check in if they need a hand.',
    ],
    facts: [...PLACE, 'summary'],
    withActivity: false,
    action: {label: 'Open the Tickets tab', url: 'sheetUrl'},
  },
  mentorPairing: {
    subject:
      '[{ticketId}] Paired with {assignee}: sign off their {category} fix',
    heading: 'You are paired with {assignee} on {ticketId}',
    paragraphs: [
      '{assignee} ({level} in {category}) was given {practice}ticket {ticketId}. Work it with them and review what they do.',
      'When it is resolved, tick Mentor Sign-off on its row from your own school account: only your sign-off counts towards their certification in {category}.',
    ],
    facts: [...PLACE, 'summary'],
    withActivity: false,
    action: {label: 'Open the Tickets tab', url: 'sheetUrl'},
  },
  nudge: {
    subject: '[{ticketId}] {priority} waiting for a first response: {summary}',
    heading: 'Ticket {ticketId} is waiting for you',
    paragraphs: [
      'It has had no response for {elapsed} school minutes (target: {target}). Please set it to In Progress or Waiting on Requester.',
    ],
    facts: [...PLACE, 'summary'],
    withActivity: false,
    action: {label: 'Open the ticket', url: 'rowUrl'},
  },
  mentorNudge: {
    subject: '[{ticketId}] {assignee} has not responded to a {priority} ticket',
    heading: '{assignee} has not responded yet',
    paragraphs: [
      'Ticket {ticketId}, assigned to {assignee}, has had no response for {elapsed} school minutes (target: {target}). Please check in with {assignee} or take it.',
    ],
    facts: [...PLACE, 'summary'],
    withActivity: false,
    action: {label: 'Open the ticket', url: 'rowUrl'},
  },
  warning: {
    subject:
      '[{ticketId}] {priority} close to its resolution target: {summary}',
    heading: 'Ticket {ticketId} is close to its target',
    paragraphs: [
      '{assignee} has used {elapsed} of its {target} school minutes. It goes to Level 2 staff when the target passes.',
    ],
    facts: [...PLACE, 'summary'],
    withActivity: false,
    action: {label: 'Open the ticket', url: 'rowUrl'},
  },
  breach: {
    subject: '[{ticketId}] Escalated to Level 2: {summary}',
    heading: 'Ticket {ticketId} is now yours',
    paragraphs: ['Ticket {ticketId} ({priority}) came to Level 2: {reason}.'],
    facts: FULL,
    withActivity: true,
    action: {label: 'Open the ticket', url: 'rowUrl'},
  },
  answered: {
    subject: '[{ticketId}] The requester answered: {summary}',
    heading: 'Ticket {ticketId} has its answer',
    paragraphs: ['{requester} answered {via}. {next}'],
    facts: ['answer', ...PLACE, 'summary', 'screenshots'],
    withActivity: false,
    action: {label: 'Open the ticket', url: 'rowUrl'},
  },
  escalatedByHand: {
    subject: '[{ticketId}] Escalated to Level 2 by {editor}: {summary}',
    heading: '{editor} escalated ticket {ticketId}',
    paragraphs: [
      '{editor} escalated ticket {ticketId} ({priority}) to Level 2 staff.',
    ],
    facts: FULL,
    withActivity: true,
    action: {label: 'Open the ticket', url: 'rowUrl'},
  },
  selfService: {
    subject: '[{ticketId}] Fixed by the requester with an article: {summary}',
    heading: 'Ticket {ticketId} is resolved: nothing more to do',
    paragraphs: [
      'The requester said the Knowledge Base article "{article}" fixed it, so the desk resolved ticket {ticketId} as self-service. You do not need to go.',
    ],
    facts: [...PLACE, 'summary'],
    withActivity: false,
    action: {label: 'Open the ticket', url: 'rowUrl'},
  },
};

/** The daily email's words: what is theirs, one section a kind, `{n}` a count, `{tech}` a junior. */
export const DAILY_WORDS = {
  subject: 'Your {deskName} day: {counts}',
  heading: 'What is yours today',
  status: '{date}',
  intro:
    'One email a day instead of one per ticket. P1 tickets and escalations still come at once; the Chat space hears of each ticket as it happens.',
  sections: {
    dueSoon: 'Due by the end of today',
    fresh: 'New for you',
    open: 'Still yours',
    waiting: 'Waiting on the requester',
    juniors: "Your juniors' new tickets",
    signOffs: 'Sign-offs you owe',
  },
  counts: {
    dueSoon: '{n} due today',
    fresh: '{n} new',
    open: '{n} open',
    waiting: '{n} waiting',
    juniors: '{n} for your juniors',
    signOffs: '{n} to sign off',
  },
  late: 'late',
  forTech: 'for {tech}',
  more: 'and {n} more on the Tickets tab',
  preference:
    'Rather have every notice, or none? Ask the coordinator to change Emails on your Techs row.',
  action: 'Open the Tickets tab',
} as const;

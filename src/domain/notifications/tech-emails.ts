// The emails to techs, mentors and Level 2 staff: English, the ticket's fields, one button to the sheet.
import {Block, DESK_ENGLISH, EmailContent, Fact} from './email-layout';
import {placeholdersOf} from '../languages/catalogue';
import {
  EMAIL_TEXT_MAX,
  fill,
  outgoing,
  OutgoingMessage,
  Sender,
  subjectText,
  TicketFacts,
  ticketValues,
  Values,
} from './messages';
import {shortened} from '../shortening';
import {FACT_LABELS, TECH_TEMPLATES, TechFact, TechNotice} from './templates';

/** A paragraph is shown when it has no placeholder or fills at least one. */
function hasAnyValue(text: string, values: Values): boolean {
  const names = placeholdersOf(text);
  return names.length === 0 || names.some(name => (values[name] ?? '') !== '');
}

function techFacts(facts: readonly TechFact[], values: Values): Fact[] {
  const where = [values.campus ?? '', values.room ? `room ${values.room}` : '']
    .filter(Boolean)
    .join(', ');
  const value: Readonly<Record<TechFact, string>> = {
    where,
    category: values.category ?? '',
    device: values.assetTag ?? '',
    requester: values.requester ?? '',
    summary: values.summary ?? '',
    details: values.details ?? '',
    resolution: values.resolution ?? '',
    note: values.assignmentNote ?? '',
    answer: values.answer ?? '',
    screenshots: values.screenshots ?? '',
  };
  return facts.map(f => ({
    label: FACT_LABELS[f],
    value: shortened(value[f], EMAIL_TEXT_MAX),
    ...(f === 'screenshots' ? {links: true} : {}),
  }));
}

/** A tech, mentor or staff email: English, the ticket's fields, one button to the sheet. */
function techEmail(
  notice: TechNotice,
  sender: Sender,
  to: string,
  values: Values
): OutgoingMessage {
  const template = TECH_TEMPLATES[notice];
  const blocks: Block[] = [
    ...template.paragraphs
      .filter(p => hasAnyValue(p, values))
      .map(p => ({kind: 'text', text: fill(p, values)}) as const),
    {kind: 'facts', facts: techFacts(template.facts, values)},
  ];
  if (template.withActivity)
    blocks.push({
      kind: 'section',
      heading: 'Activity',
      text: shortened(values.activity ?? '', EMAIL_TEXT_MAX),
    });
  const url = values[template.action.url] ?? '';
  const content: EmailContent = {
    language: DESK_ENGLISH,
    deskName: sender.deskName,
    colour: sender.colour,
    heading: fill(template.heading, values),
    status: `${values.priority ?? ''} · ${values.ticketId ?? ''}`,
    blocks,
    action: url
      ? {kind: 'button', link: {label: template.action.label, url}}
      : undefined,
    footer: [`${sender.deskName}`],
  };
  const subject = fill(template.subject, {
    ...values,
    summary: subjectText(values.summary ?? ''),
  });
  const message = outgoing(to, subject, content, sender.deskName);
  return isAlert(notice, values.priority ?? '')
    ? message
    : {...message, routine: true};
}

/** Escalations to Level 2 staff and anything about a P1 ticket go at once, whatever a tech chose. */
function isAlert(notice: TechNotice, priority: string): boolean {
  return (
    notice === 'breach' ||
    notice === 'escalatedByHand' ||
    priority.trim().toUpperCase() === 'P1'
  );
}

export function assigneeEmail(request: {
  readonly sender: Sender;
  readonly ticket: TicketFacts;
  readonly to: string;
  readonly assignmentNote: string;
  readonly sheetUrl: string;
}): OutgoingMessage {
  return techEmail('assigned', request.sender, request.to, {
    ...ticketValues(request.ticket),
    assignmentNote: request.assignmentNote,
    sheetUrl: request.sheetUrl,
  });
}

/** The requester's "This fixed it" resolved the assignee's ticket: they need not go. */
export function selfServiceEmail(request: {
  readonly sender: Sender;
  readonly ticket: TicketFacts;
  readonly to: string;
  readonly article: string;
  readonly rowUrl: string;
}): OutgoingMessage {
  return techEmail('selfService', request.sender, request.to, {
    ...ticketValues(request.ticket),
    article: request.article,
    rowUrl: request.rowUrl,
  });
}

export function mentorEmail(request: {
  readonly sender: Sender;
  readonly ticket: TicketFacts;
  readonly to: string;
  readonly assigneeName: string;
  readonly sheetUrl: string;
}): OutgoingMessage {
  return techEmail('mentorHeadsUp', request.sender, request.to, {
    ...ticketValues(request.ticket),
    assignee: request.assigneeName,
    sheetUrl: request.sheetUrl,
  });
}

/** The requester answered on their own page or by email; `resumed` when it was waiting on them. */
export function answeredEmail(request: {
  readonly sender: Sender;
  readonly ticket: TicketFacts;
  readonly to: string;
  readonly answer: string;
  readonly rowUrl: string;
  readonly byEmail?: boolean;
  readonly resumed: boolean;
}): OutgoingMessage {
  return techEmail('answered', request.sender, request.to, {
    ...ticketValues(request.ticket),
    answer: request.answer,
    rowUrl: request.rowUrl,
    via: request.byEmail ? 'by email' : 'on their requests page',
    next: request.resumed ? 'The ticket is back In Progress.' : '',
  });
}

/** A learning or supervised tech's mentor: paired on the ticket, and the one who signs it off. */
export function mentorPairingEmail(request: {
  readonly sender: Sender;
  readonly ticket: TicketFacts;
  readonly to: string;
  readonly assigneeName: string;
  readonly level: string;
  readonly practice: boolean;
  readonly sheetUrl: string;
}): OutgoingMessage {
  return techEmail('mentorPairing', request.sender, request.to, {
    ...ticketValues(request.ticket),
    assignee: request.assigneeName,
    level: request.level,
    practice: request.practice ? 'the practice ' : '',
    sheetUrl: request.sheetUrl,
  });
}

export type StaffNotice = Exclude<
  TechNotice,
  'assigned' | 'mentorHeadsUp' | 'mentorPairing' | 'selfService' | 'answered'
>;

/** Nudges, warnings and escalations for techs, mentors and Level 2 staff (in English). */
export function staffEmail(request: {
  readonly notice: StaffNotice;
  readonly sender: Sender;
  readonly ticket: TicketFacts;
  readonly to: string;
  readonly values: Readonly<Record<string, string>>;
}): OutgoingMessage {
  return techEmail(request.notice, request.sender, request.to, {
    ...ticketValues(request.ticket),
    ...request.values,
  });
}

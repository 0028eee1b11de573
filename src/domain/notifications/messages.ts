// The emails the desk sends: to requesters in their language, and to techs, mentors and staff.
import {Catalogue, infoOf, say} from '../languages/catalogue';
import {Block, EmailContent, emailHtml, emailText, Fact} from './email-layout';
import {KnowledgeArticle} from '../knowledge/knowledge';
import {Language} from '../languages/language';
import {MessageKey} from '../languages/shipped-texts';
import {shortened} from '../shortening';
import {statusLine, TicketStanding} from './status-line';
import {FACT_LABELS, TECH_TEMPLATES, TechFact, TechNotice} from './templates';

/** An email ready to send: built here, sent by the mail adapter (an outbox can sit between). */
export interface OutgoingMessage {
  readonly to: string;
  readonly subject: string;
  readonly body: string;
  readonly htmlBody: string;
  readonly name: string;
  readonly replyTo?: string;
  /** Which step a requester email tells of: the requester's notification preference decides on it. */
  readonly step?: RequesterStep;
  /**
   * A tech's notice of a routine event (not P1, not an escalation to Level 2 staff): it goes at
   * once only to whoever chose every event; the daily email lists the ticket for the rest.
   */
  readonly routine?: boolean;
}

/** The requester emails, one per step of a ticket. */
export type RequesterStep =
  'confirmation' | 'assigned' | 'waiting' | 'escalated' | 'resolved';

/** Who an email comes from and how it looks: the desk's name, colour and translations. */
export interface Sender {
  readonly deskName: string;
  readonly colour: string;
  readonly catalogue: Catalogue;
  /** The requester's own page (signed link), when the web app is deployed. */
  readonly requesterPage?: (requester: string) => string | undefined;
}

type Values = Readonly<Record<string, string>>;

const PLACEHOLDER = /\{(\w+)\}/g;
const SUBJECT_SUMMARY_LIMIT = 80;
/**
 * An email carries at most this much of one text (details, resolution, activity), with a marker
 * pointing to the ticket: the Outbox keeps every email in one cell (platform.md: Spreadsheets).
 */
const EMAIL_TEXT_MAX = 4_000;

function fill(text: string, values: Values, isolate = false): string {
  return text.replace(PLACEHOLDER, (_, name: string) => {
    const value = shortened(values[name] ?? '', EMAIL_TEXT_MAX);
    // In right-to-left text an ID or an English summary keeps its own direction (FSI…PDI).
    return isolate && value !== '' ? `\u2068${value}\u2069` : value;
  });
}

function hasAnyValue(text: string, values: Values): boolean {
  const names = [...text.matchAll(PLACEHOLDER)].map(m => m[1]);
  return names.length === 0 || names.some(name => (values[name] ?? '') !== '');
}

/** One line, bounded: subjects are headers, so user text must not break them. */
function subjectText(text: string): string {
  const line = text.replace(/[\r\n\t]+/g, ' ').trim();
  return line.length > SUBJECT_SUMMARY_LIMIT
    ? `${line.slice(0, SUBJECT_SUMMARY_LIMIT - 1)}…`
    : line;
}

export interface TicketFacts {
  readonly id: string;
  readonly summary: string;
  readonly details: string;
  readonly priority: string;
  readonly campus: string;
  readonly room: string;
  readonly category: string;
  readonly assetTag: string;
  readonly requester: string;
  /** Drive links to the requester's screenshots, one a line; empty without. */
  readonly screenshots?: string;
}

function ticketValues(ticket: TicketFacts): Record<string, string> {
  return {
    ticketId: ticket.id,
    summary: ticket.summary,
    details: ticket.details,
    priority: ticket.priority,
    campus: ticket.campus,
    room: ticket.room,
    category: ticket.category,
    assetTag: ticket.assetTag,
    requester: ticket.requester,
    screenshots: ticket.screenshots ?? '',
  };
}

export function outgoing(
  to: string,
  subject: string,
  content: EmailContent,
  name: string,
  replyTo?: string
): OutgoingMessage {
  return {
    to,
    subject,
    body: emailText(content),
    htmlBody: emailHtml(content),
    name,
    ...(replyTo ? {replyTo} : {}),
  };
}

/** What every requester email shares: the language, the status line, the signature. */
interface RequesterEmail {
  readonly sender: Sender;
  readonly language: Language;
  readonly ticket: TicketFacts;
}

function requesterEmail(
  request: RequesterEmail,
  what: RequesterStep,
  standing: TicketStanding,
  values: Values,
  blocks: readonly Block[],
  action?: EmailContent['action'],
  replyTo?: string
): OutgoingMessage {
  const {sender, language} = request;
  const info = infoOf(sender.catalogue, language);
  const text = (key: MessageKey) =>
    fill(
      say(sender.catalogue, language, key),
      {...values, deskName: sender.deskName},
      info.dir === 'rtl'
    );
  const page = sender.requesterPage?.(request.ticket.requester);
  const content: EmailContent = {
    language: info,
    deskName: sender.deskName,
    colour: sender.colour,
    heading: text(`${what}.heading`),
    status: statusLine(sender.catalogue, language, standing),
    blocks: page
      ? [
          ...blocks,
          {
            kind: 'link',
            text: text('teacher.emailLink'),
            link: {label: text('teacher.emailLinkLabel'), url: page},
          },
        ]
      : blocks,
    action,
    footer: [text('email.signature'), text('email.why')],
  };
  const subject = fill(say(sender.catalogue, language, `${what}.subject`), {
    ...values,
    summary: subjectText(values.summary ?? ''),
  });
  return {
    ...outgoing(
      request.ticket.requester,
      subject,
      content,
      sender.deskName,
      replyTo
    ),
    step: what,
  };
}

/** The ticket as the requester sees it: number, summary, place, device, what its priority means. */
function requesterFacts(request: RequesterEmail): Block {
  const {sender, language, ticket} = request;
  const label = (key: MessageKey, values: Values = {}) =>
    say(sender.catalogue, language, key, values);
  const where =
    ticket.room !== ''
      ? label('email.whereValue', {campus: ticket.campus, room: ticket.room})
      : ticket.campus;
  const priorityKey = `priority.${ticket.priority}`;
  const facts: Fact[] = [
    {label: label('email.summary'), value: ticket.summary},
    {label: label('email.where'), value: where},
    {label: label('email.device'), value: ticket.assetTag},
    {
      label: label('email.priority'),
      value: /^priority\.P[1-4]$/.test(priorityKey)
        ? label(priorityKey as MessageKey)
        : '',
    },
  ];
  return {kind: 'facts', facts};
}

function textBlock(
  request: RequesterEmail,
  key: MessageKey,
  values: Values
): Block {
  const {catalogue, deskName} = request.sender;
  return {
    kind: 'text',
    text: fill(
      say(catalogue, request.language, key),
      {...values, deskName},
      infoOf(catalogue, request.language).dir === 'rtl'
    ),
  };
}

/** The web app's links a confirmation offers; none before the web app is deployed. */
export interface SelfHelpLinks {
  /** The signed "This fixed it" link for one suggested article. */
  readonly fixed: (article: string) => string;
  /** The Knowledge Base page in the requester's language. */
  readonly knowledgeBase: string;
}

export function confirmationEmail(
  request: RequesterEmail & {
    readonly standing: TicketStanding;
    readonly duplicateOf: string;
    readonly articles: readonly KnowledgeArticle[];
    readonly links?: SelfHelpLinks;
  }
): OutgoingMessage {
  const {sender, language, links} = request;
  const fixedLabel = say(sender.catalogue, language, 'selfHelp.fixed');
  const values = {
    ...ticketValues(request.ticket),
    duplicateOf: request.duplicateOf,
  };
  const blocks: Block[] = [
    textBlock(request, 'confirmation.intro', values),
    requesterFacts(request),
  ];
  if (request.duplicateOf !== '')
    blocks.push(textBlock(request, 'confirmation.duplicate', values));
  blocks.push({
    kind: 'list',
    heading: say(
      request.sender.catalogue,
      request.language,
      'selfHelp.heading'
    ),
    items: request.articles.map(a => ({
      title: a.title,
      text: a.steps,
      link:
        links && a.fixedBefore === undefined
          ? {label: fixedLabel, url: links.fixed(a.title)}
          : undefined,
    })),
  });
  return requesterEmail(
    request,
    'confirmation',
    request.standing,
    values,
    blocks,
    links
      ? {
          kind: 'button',
          link: {
            label: say(sender.catalogue, language, 'selfHelp.browse'),
            url: links.knowledgeBase,
          },
        }
      : undefined
  );
}

/** A queued ticket found its tech: the requester hears who has it. */
export function assignedEmail(
  request: RequesterEmail & {readonly assignee: string}
): OutgoingMessage {
  const values = {...ticketValues(request.ticket), assignee: request.assignee};
  return requesterEmail(
    request,
    'assigned',
    {kind: 'assigned', assignee: request.assignee},
    values,
    [textBlock(request, 'assigned.intro', values), requesterFacts(request)]
  );
}

/** The ticket went to Level 2 staff: the requester hears it, without anyone's address. */
export function escalatedEmail(request: RequesterEmail): OutgoingMessage {
  const values = ticketValues(request.ticket);
  return requesterEmail(request, 'escalated', {kind: 'escalated'}, values, [
    textBlock(request, 'escalated.intro', values),
    requesterFacts(request),
  ]);
}

export function resolvedEmail(
  request: RequesterEmail & {
    readonly resolution: string;
    /** Who resolved it, by first name. */
    readonly resolver: string;
    /** Signed links rating the ticket 1 to 5, in order; none when the web app is not set up. */
    readonly ratingLinks?: readonly string[];
  }
): OutgoingMessage {
  const {sender, language} = request;
  const values = {
    ...ticketValues(request.ticket),
    resolution: request.resolution,
  };
  const links = request.ratingLinks ?? [];
  return requesterEmail(
    request,
    'resolved',
    {kind: 'resolved', assignee: request.resolver},
    values,
    [
      textBlock(request, 'resolved.intro', values),
      {
        kind: 'section',
        heading: say(sender.catalogue, language, 'resolved.what'),
        text: shortened(request.resolution, EMAIL_TEXT_MAX),
      },
      textBlock(request, 'resolved.again', values),
    ],
    links.length === 0
      ? undefined
      : {
          kind: 'choices',
          prompt: say(sender.catalogue, language, 'rate.prompt'),
          links: links.map((url, i) => ({
            label: say(sender.catalogue, language, 'rate.star', {
              rating: String(i + 1),
            }),
            url,
          })),
        }
  );
}

export function waitingEmail(
  request: RequesterEmail & {
    readonly assigneeName: string;
    readonly assigneeEmail: string;
  }
): OutgoingMessage {
  const values = {
    ...ticketValues(request.ticket),
    assignee: request.assigneeName,
  };
  const replies = request.assigneeEmail !== '';
  return requesterEmail(
    request,
    'waiting',
    {kind: 'waiting', assignee: request.assigneeName},
    values,
    [
      textBlock(request, 'waiting.intro', values),
      textBlock(request, replies ? 'waiting.reply' : 'waiting.form', values),
      requesterFacts(request),
    ],
    undefined,
    replies ? request.assigneeEmail : undefined
  );
}

const ENGLISH_DESK = {code: 'en', name: 'English', english: 'English'} as const;

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
  values: Values,
  replyTo?: string
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
    language: {...ENGLISH_DESK, dir: 'ltr'},
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
  const message = outgoing(to, subject, content, sender.deskName, replyTo);
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
  return techEmail(
    'assigned',
    request.sender,
    request.to,
    {
      ...ticketValues(request.ticket),
      assignmentNote: request.assignmentNote,
      sheetUrl: request.sheetUrl,
    },
    request.ticket.requester || undefined
  );
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

/** The requester answered the tech's question on their own page. */
export function answeredEmail(request: {
  readonly sender: Sender;
  readonly ticket: TicketFacts;
  readonly to: string;
  readonly answer: string;
  readonly rowUrl: string;
}): OutgoingMessage {
  return techEmail(
    'answered',
    request.sender,
    request.to,
    {
      ...ticketValues(request.ticket),
      answer: request.answer,
      rowUrl: request.rowUrl,
    },
    request.ticket.requester || undefined
  );
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
  return techEmail(
    request.notice,
    request.sender,
    request.to,
    {...ticketValues(request.ticket), ...request.values},
    request.ticket.requester || undefined
  );
}

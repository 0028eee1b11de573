// The emails a requester gets, one per step of their ticket, in their language.
import {infoOf, say} from '../languages/catalogue';
import {Block, EmailContent, Fact} from './email-layout';
import {Language} from '../languages/language';
import {MessageKey} from '../languages/shipped-texts';
import {
  EMAIL_TEXT_MAX,
  fill,
  outgoing,
  OutgoingMessage,
  RequesterStep,
  Sender,
  subjectText,
  TicketFacts,
  ticketValues,
  Values,
} from './messages';
import {shortened} from '../shortening';
import {statusLine, TicketStanding} from './status-line';

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
  action?: EmailContent['action']
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
  // The summary keeps its own direction in a right-to-left subject; the [T-000042] tag stays
  // plain, since replies are matched by it.
  const summary = subjectText(values.summary ?? '');
  const subject = fill(say(sender.catalogue, language, `${what}.subject`), {
    ...values,
    summary:
      info.dir === 'rtl' && summary !== '' ? `\u2068${summary}\u2069` : summary,
  });
  return {
    ...outgoing(request.ticket.requester, subject, content, sender.deskName),
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

/** A self-help article a confirmation suggests; a past fix carries the ticket it comes from. */
export interface SuggestedArticle {
  readonly title: string;
  readonly steps: string;
  readonly fixedBefore?: string;
}

export function confirmationEmail(
  request: RequesterEmail & {
    readonly standing: TicketStanding;
    readonly duplicateOf: string;
    readonly articles: readonly SuggestedArticle[];
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

/** What a tech wrote to the requester, signed with their first name, and how to answer. */
interface TechWords {
  /** The tech's first name (the desk's name when nobody has the ticket). */
  readonly assigneeName: string;
  readonly text: string;
}

/**
 * The tech's words quoted, their signature, and how to answer: by replying when the desk reads its
 * mailbox; else, to a question, on the requester's page (whose answer box shows while waiting).
 */
function techWordsBlocks(
  request: RequesterEmail,
  words: TechWords,
  values: Values,
  question: boolean
): Block[] {
  const reply: MessageKey | undefined = request.sender.repliesByEmail
    ? 'message.reply'
    : question
      ? 'message.replyPage'
      : undefined;
  return [
    {
      kind: 'section',
      heading: fill(
        say(request.sender.catalogue, request.language, 'message.from'),
        {assignee: words.assigneeName},
        infoOf(request.sender.catalogue, request.language).dir === 'rtl'
      ),
      text: shortened(words.text, EMAIL_TEXT_MAX),
    },
    textBlock(request, 'message.signed', values),
    ...(reply ? [textBlock(request, reply, values)] : []),
  ];
}

/** The ticket waits on its requester: the tech's question, quoted. */
export function waitingEmail(
  request: RequesterEmail & {readonly question: TechWords}
): OutgoingMessage {
  const values = {
    ...ticketValues(request.ticket),
    assignee: request.question.assigneeName,
  };
  return requesterEmail(
    request,
    'waiting',
    {kind: 'waiting', assignee: request.question.assigneeName},
    values,
    [
      textBlock(request, 'waiting.intro', values),
      ...techWordsBlocks(request, request.question, values, true),
      requesterFacts(request),
    ]
  );
}

/** A tech writes to the requester from the ticket, whatever its status. */
export function messageEmail(
  request: RequesterEmail & {
    readonly message: TechWords;
    readonly standing: TicketStanding;
  }
): OutgoingMessage {
  const values = {
    ...ticketValues(request.ticket),
    assignee: request.message.assigneeName,
  };
  return requesterEmail(request, 'message', request.standing, values, [
    textBlock(request, 'message.intro', values),
    ...techWordsBlocks(request, request.message, values, false),
    requesterFacts(request),
  ]);
}

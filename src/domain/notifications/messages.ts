// The emails the desk sends: confirmation, assignment, mentor, resolved, waiting and staff notices.
import {KnowledgeArticle} from '../knowledge/knowledge';
import {Language} from './language';
import {REQUESTER_TEMPLATES, TECH_TEMPLATES, Template} from './templates';
import {escapeHtml} from '../text';
import {shortened} from '../shortening';

/** An email ready to send: built here, sent by the mail adapter (an outbox can sit between). */
export interface OutgoingMessage {
  readonly to: string;
  readonly subject: string;
  readonly body: string;
  readonly htmlBody: string;
  readonly name: string;
  readonly replyTo?: string;
}

type Values = Readonly<Record<string, string>>;

const PLACEHOLDER = /\{(\w+)\}/g;
const SUBJECT_SUMMARY_LIMIT = 80;
/**
 * An email carries at most this much of one text (details, resolution, activity), with a marker
 * pointing to the ticket: the Outbox keeps every email in one cell (platform.md: Spreadsheets).
 */
const EMAIL_TEXT_MAX = 4_000;

function placeholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map(match => match[1]);
}

function fill(text: string, values: Values, escape: (s: string) => string) {
  return text.replace(PLACEHOLDER, (_, name: string) =>
    escape(shortened(values[name] ?? '', EMAIL_TEXT_MAX))
  );
}

function keptParagraphs(template: Template, values: Values): string[] {
  return template.paragraphs.filter(paragraph => {
    const names = placeholders(paragraph);
    return (
      names.length === 0 || names.some(name => (values[name] ?? '') !== '')
    );
  });
}

/** One line, bounded: subjects are headers, so user text must not break them. */
function subjectText(text: string): string {
  const line = text.replace(/[\r\n\t]+/g, ' ').trim();
  return line.length > SUBJECT_SUMMARY_LIMIT
    ? `${line.slice(0, SUBJECT_SUMMARY_LIMIT - 1)}…`
    : line;
}

interface Parts {
  readonly text: string[];
  readonly html: string[];
}

function paragraphsOf(template: Template, values: Values): Parts {
  const kept = keptParagraphs(template, values);
  return {
    text: kept.map(p => fill(p, values, s => s)),
    html: kept.map(
      p => `<p>${fill(p, values, escapeHtml).replace(/\n/g, '<br>')}</p>`
    ),
  };
}

function join(...parts: Parts[]): Parts {
  return {
    text: parts.flatMap(p => p.text),
    html: parts.flatMap(p => p.html),
  };
}

function message(
  to: string,
  subjectTemplate: string,
  values: Values,
  parts: Parts,
  name: string,
  replyTo?: string
): OutgoingMessage {
  const subjectValues = {...values, summary: subjectText(values.summary ?? '')};
  return {
    to,
    subject: fill(subjectTemplate, subjectValues, s => s),
    body: parts.text.join('\n\n') + '\n',
    htmlBody: parts.html.join('\n'),
    name,
    ...(replyTo ? {replyTo} : {}),
  };
}

function isLink(text: string): boolean {
  return /^https?:\/\/\S+$/.test(text);
}

function selfHelp(
  language: Language,
  articles: readonly KnowledgeArticle[]
): Parts {
  if (articles.length === 0) return {text: [], html: []};
  const heading = paragraphsOf(
    REQUESTER_TEMPLATES[language].selfHelpHeading,
    {}
  );
  return {
    text: [
      ...heading.text,
      articles.map(a => `- ${a.title}: ${a.steps}`).join('\n'),
    ],
    html: [
      ...heading.html,
      '<ul>' +
        articles
          .map(a =>
            isLink(a.steps)
              ? `<li><a href="${escapeHtml(a.steps)}">${escapeHtml(a.title)}</a></li>`
              : `<li><b>${escapeHtml(a.title)}</b>: ${escapeHtml(a.steps)}</li>`
          )
          .join('') +
        '</ul>',
    ],
  };
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
  };
}

export function confirmationEmail(request: {
  readonly language: Language;
  readonly deskName: string;
  readonly ticket: TicketFacts;
  readonly assigneeName: string | undefined;
  readonly duplicateOf: string;
  readonly articles: readonly KnowledgeArticle[];
}): OutgoingMessage {
  const templates = REQUESTER_TEMPLATES[request.language];
  const values = {
    ...ticketValues(request.ticket),
    deskName: request.deskName,
    assignee: request.assigneeName ?? '',
    duplicateOf: request.duplicateOf,
  };
  const parts = join(
    paragraphsOf(templates.confirmation, values),
    paragraphsOf(
      request.assigneeName
        ? templates.nextStepsAssigned
        : templates.nextStepsQueued,
      values
    ),
    request.duplicateOf
      ? paragraphsOf(templates.duplicateNote, values)
      : {text: [], html: []},
    selfHelp(request.language, request.articles)
  );
  return message(
    request.ticket.requester,
    templates.confirmation.subject,
    values,
    parts,
    request.deskName
  );
}

export function assigneeEmail(request: {
  readonly deskName: string;
  readonly ticket: TicketFacts;
  readonly to: string;
  readonly assignmentNote: string;
  readonly sheetUrl: string;
}): OutgoingMessage {
  const values = {
    ...ticketValues(request.ticket),
    assignmentNote: request.assignmentNote,
    sheetUrl: request.sheetUrl,
  };
  return message(
    request.to,
    TECH_TEMPLATES.assigned.subject,
    values,
    paragraphsOf(TECH_TEMPLATES.assigned, values),
    request.deskName,
    request.ticket.requester || undefined
  );
}

export function mentorEmail(request: {
  readonly deskName: string;
  readonly ticket: TicketFacts;
  readonly to: string;
  readonly assigneeName: string;
  readonly sheetUrl: string;
}): OutgoingMessage {
  const values = {
    ...ticketValues(request.ticket),
    assignee: request.assigneeName,
    sheetUrl: request.sheetUrl,
  };
  return message(
    request.to,
    TECH_TEMPLATES.mentorHeadsUp.subject,
    values,
    paragraphsOf(TECH_TEMPLATES.mentorHeadsUp, values),
    request.deskName
  );
}

/** The 1–5 rating links as a line of text and a row of HTML links. */
function ratingParts(language: Language, links: readonly string[]): Parts {
  if (links.length === 0) return {text: [], html: []};
  const heading = paragraphsOf(REQUESTER_TEMPLATES[language].rate, {});
  return {
    text: [
      ...heading.text,
      links.map((link, i) => `${i + 1}: ${link}`).join('\n'),
    ],
    html: [
      ...heading.html,
      '<p>' +
        links
          .map(
            (link, i) =>
              `<a href="${escapeHtml(link)}" style="display:inline-block;padding:6px 12px;margin-right:6px;border:1px solid #888;border-radius:4px;text-decoration:none">${i + 1} ★</a>`
          )
          .join('') +
        '</p>',
    ],
  };
}

export function resolvedEmail(request: {
  readonly language: Language;
  readonly deskName: string;
  readonly ticket: TicketFacts;
  readonly resolution: string;
  /** Signed links rating the ticket 1 to 5, in order; none when the web app is not set up. */
  readonly ratingLinks?: readonly string[];
}): OutgoingMessage {
  const template = REQUESTER_TEMPLATES[request.language].resolved;
  const values = {
    ...ticketValues(request.ticket),
    resolution: request.resolution,
  };
  return message(
    request.ticket.requester,
    template.subject,
    values,
    join(
      paragraphsOf(template, values),
      ratingParts(request.language, request.ratingLinks ?? [])
    ),
    request.deskName
  );
}

export type StaffNotice =
  'nudge' | 'mentorNudge' | 'warning' | 'breach' | 'escalatedByHand';

/** Nudges, warnings and escalations for techs, mentors and Level 2 staff (in English). */
export function staffEmail(request: {
  readonly notice: StaffNotice;
  readonly deskName: string;
  readonly ticket: TicketFacts;
  readonly to: string;
  readonly values: Readonly<Record<string, string>>;
}): OutgoingMessage {
  const template = TECH_TEMPLATES[request.notice];
  const values = {...ticketValues(request.ticket), ...request.values};
  return message(
    request.to,
    template.subject,
    values,
    paragraphsOf(template, values),
    request.deskName,
    request.ticket.requester || undefined
  );
}

export function waitingEmail(request: {
  readonly language: Language;
  readonly deskName: string;
  readonly ticket: TicketFacts;
  readonly assigneeName: string;
  readonly assigneeEmail: string;
}): OutgoingMessage {
  const template = REQUESTER_TEMPLATES[request.language].waiting;
  const values = {
    ...ticketValues(request.ticket),
    assignee: request.assigneeName,
  };
  return message(
    request.ticket.requester,
    template.subject,
    values,
    paragraphsOf(template, values),
    request.deskName,
    request.assigneeEmail || undefined
  );
}

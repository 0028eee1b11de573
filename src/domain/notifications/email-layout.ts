// The one email layout: a complete, responsive HTML document (tables, inline CSS) and its text twin.
import {LanguageInfo} from '../languages/language';
import {escapeHtml, isolatedHtml} from '../text';

export interface Fact {
  readonly label: string;
  readonly value: string;
  /** The value holds the desk's own links (screenshots' Drive links), shown as links. */
  readonly links?: boolean;
}

export type Block =
  | {readonly kind: 'text'; readonly text: string}
  | {
      readonly kind: 'facts';
      readonly facts: readonly Fact[];
      readonly heading?: string;
    }
  /** People's words (an Activity log) under a heading, in their own direction. */
  | {readonly kind: 'section'; readonly heading: string; readonly text: string}
  | {readonly kind: 'link'; readonly text: string; readonly link: Link}
  | {
      readonly kind: 'list';
      readonly heading: string;
      readonly items: readonly {
        readonly title: string;
        readonly text: string;
        /** A link under the item (a suggested article's "This fixed it"). */
        readonly link?: Link;
      }[];
    };

/** The desk's working language, which emails to techs, mentors, staff and leaders are written in. */
export const DESK_ENGLISH: LanguageInfo = {
  code: 'en',
  name: 'English',
  english: 'English',
  dir: 'ltr',
};

export interface Link {
  readonly label: string;
  readonly url: string;
}

/** What one email says; the layout decides how it looks. */
export interface EmailContent {
  readonly language: LanguageInfo;
  readonly deskName: string;
  readonly colour: string;
  readonly heading: string;
  /** One line saying where the ticket stands, shown first. */
  readonly status: string;
  readonly blocks: readonly Block[];
  /** The one call to action: a button, or a row of buttons under a prompt (the ratings). */
  readonly action?:
    | {readonly kind: 'button'; readonly link: Link}
    | {
        readonly kind: 'choices';
        readonly prompt: string;
        readonly links: readonly Link[];
      };
  readonly footer: readonly string[];
}

/**
 * Physical sides, not `inline-start`: Gmail keeps a listed set of CSS properties and logical ones
 * are not among them (developers.google.com/workspace/gmail/design/css).
 */
type Side = 'left' | 'right';

function end(start: Side): Side {
  return start === 'left' ? 'right' : 'left';
}

const FONT = 'font-family:Arial,Helvetica,sans-serif;';
const TEXT_STYLE = `${FONT}font-size:16px;line-height:1.5;color:#1f2933;`;
const URL_SPLIT = /(https?:\/\/[^\s<>"]+)/;

/** Escaped text with its line breaks kept. */
function plainText(text: string): string {
  return escapeHtml(text).replace(/\n/g, '<br>');
}

/**
 * Escaped text with its web addresses as links: only for the desk's own texts (Knowledge Base
 * steps), never for what a requester typed.
 */
function linkedText(text: string, colour: string): string {
  return text
    .split(URL_SPLIT)
    .map((part, i) =>
      i % 2 === 1
        ? `<a href="${escapeHtml(part)}" style="color:${colour};text-decoration:underline;overflow-wrap:anywhere">${escapeHtml(part)}</a>`
        : plainText(part)
    )
    .join('');
}

function heading2(text: string): string {
  return `<h2 style="${FONT}margin:24px 0 8px;font-size:18px;line-height:1.3;color:#111827">${escapeHtml(text)}</h2>`;
}

function kept(facts: readonly Fact[]): Fact[] {
  return facts.filter(f => f.value.trim() !== '');
}

function blockHtml(block: Block, colour: string, start: Side): string {
  switch (block.kind) {
    case 'text':
      return `<p style="${TEXT_STYLE}margin:0 0 16px">${plainText(block.text)}</p>`;
    case 'facts': {
      const rows = kept(block.facts)
        .map(
          f =>
            `<tr><th scope="row" style="${TEXT_STYLE}text-align:${start};vertical-align:top;padding:6px 0;padding-${end(start)}:16px;font-weight:bold;white-space:nowrap">${escapeHtml(f.label)}</th>` +
            `<td style="${TEXT_STYLE}vertical-align:top;padding:6px 0"><bdi>${f.links ? linkedText(f.value, colour) : plainText(f.value)}</bdi></td></tr>`
        )
        .join('');
      return rows === ''
        ? ''
        : (block.heading ? heading2(block.heading) : '') +
            `<table style="border-collapse:collapse;margin:0 0 16px;width:100%">${rows}</table>`;
    }
    case 'section':
      return block.text.trim() === ''
        ? ''
        : heading2(block.heading) +
            `<p dir="auto" style="${TEXT_STYLE}margin:0 0 16px">${plainText(block.text)}</p>`;
    case 'link':
      return (
        `<p style="${TEXT_STYLE}margin:0 0 16px">${plainText(block.text)} ` +
        `<a href="${escapeHtml(block.link.url)}" style="color:${colour};text-decoration:underline">${escapeHtml(block.link.label)}</a></p>`
      );
    case 'list':
      return block.items.length === 0
        ? ''
        : heading2(block.heading) +
            `<ul style="${TEXT_STYLE}margin:0 0 16px;padding-${start}:24px">` +
            block.items
              .map(
                item =>
                  `<li style="margin:0 0 8px"><strong>${isolatedHtml(item.title)}</strong>: <bdi>${linkedText(item.text, colour)}</bdi>` +
                  (item.link
                    ? `<br><a href="${escapeHtml(item.link.url)}" style="color:${colour};text-decoration:underline;font-weight:bold">${escapeHtml(item.link.label)}</a>`
                    : '') +
                  '</li>'
              )
              .join('') +
            '</ul>';
  }
}

function button(link: Link, colour: string): string {
  return (
    `<a href="${escapeHtml(link.url)}" style="${FONT}display:inline-block;margin:0 8px 8px 0;padding:12px 20px;` +
    `font-size:16px;font-weight:bold;line-height:1.2;color:#ffffff;background:${colour};border-radius:6px;text-decoration:none">` +
    `${escapeHtml(link.label)}</a>`
  );
}

function actionHtml(content: EmailContent): string {
  const action = content.action;
  if (!action) return '';
  if (action.kind === 'button')
    return `<p style="margin:8px 0 16px">${button(action.link, content.colour)}</p>`;
  return (
    `<p style="${TEXT_STYLE}margin:8px 0 8px;font-weight:bold">${escapeHtml(action.prompt)}</p>` +
    `<p style="margin:0 0 16px">${action.links.map(l => button(l, content.colour)).join('')}</p>`
  );
}

/** The email as a complete HTML document: `lang`, `dir`, a title, one h1, readable on a phone. */
export function emailHtml(content: EmailContent): string {
  const {code, dir} = content.language;
  const colour = content.colour;
  const start: Side = dir === 'rtl' ? 'right' : 'left';
  const body =
    `<h1 style="${FONT}margin:0 0 16px;font-size:24px;line-height:1.3;color:#111827">${escapeHtml(content.heading)}</h1>` +
    `<p style="${TEXT_STYLE}margin:0 0 20px;padding:12px 16px;background:#eef2f8;border-${start}:4px solid ${colour};font-weight:bold">${escapeHtml(content.status)}</p>` +
    content.blocks.map(b => blockHtml(b, colour, start)).join('') +
    actionHtml(content);
  const footer = content.footer
    .map(
      line =>
        `<p style="${FONT}margin:0 0 4px;font-size:14px;line-height:1.5;color:#4b5563">${escapeHtml(line)}</p>`
    )
    .join('');
  return (
    `<!DOCTYPE html><html lang="${escapeHtml(code)}" dir="${dir}"><head><meta charset="utf-8">` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    `<title>${escapeHtml(content.heading)}</title></head>` +
    '<body style="margin:0;padding:0;background:#f3f4f6">' +
    `<div role="main"><div role="article" aria-label="${escapeHtml(content.heading)}" lang="${escapeHtml(code)}" dir="${dir}">` +
    '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f3f4f6">' +
    '<tr><td align="center" style="padding:24px 12px">' +
    '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:600px;background:#ffffff;border-radius:8px">' +
    `<tr><td style="${FONT}padding:16px 24px;background:${colour};border-radius:8px 8px 0 0;color:#ffffff;font-size:18px;font-weight:bold">${isolatedHtml(content.deskName)}</td></tr>` +
    `<tr><td style="padding:24px">${body}</td></tr>` +
    `<tr><td style="padding:16px 24px;border-top:1px solid #e5e7eb">${footer}</td></tr>` +
    '</table></td></tr></table></div></div></body></html>'
  );
}

/** The plain-text twin: the same words, links written out. */
export function emailText(content: EmailContent): string {
  // In a right-to-left email, people's words keep their own direction (Unicode isolates, UAX #9).
  const own =
    content.language.dir === 'rtl'
      ? (words: string) => `\u2068${words}\u2069`
      : (words: string) => words;
  const parts: string[] = [content.heading, content.status];
  for (const block of content.blocks) {
    if (block.kind === 'text') parts.push(block.text);
    if (block.kind === 'facts') {
      const lines = kept(block.facts).map(f => `${f.label}: ${own(f.value)}`);
      if (block.heading) lines.unshift(`${block.heading}:`);
      if (lines.length > 0) parts.push(lines.join('\n'));
    }
    if (block.kind === 'section' && block.text.trim() !== '')
      parts.push(`${block.heading}:\n${block.text}`);
    if (block.kind === 'link')
      parts.push(`${block.text}\n${block.link.label}: ${block.link.url}`);
    if (block.kind === 'list' && block.items.length > 0)
      parts.push(
        `${block.heading}:\n` +
          block.items
            .map(
              i =>
                `- ${own(i.title)}: ${own(i.text)}` +
                (i.link ? `\n  ${i.link.label}: ${i.link.url}` : '')
            )
            .join('\n')
      );
  }
  const action = content.action;
  if (action?.kind === 'button')
    parts.push(`${action.link.label}: ${action.link.url}`);
  if (action?.kind === 'choices')
    parts.push(
      `${action.prompt}\n` +
        action.links.map(l => `${l.label}: ${l.url}`).join('\n')
    );
  parts.push(['--', ...content.footer].join('\n'));
  return parts.join('\n\n') + '\n';
}

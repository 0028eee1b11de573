// The one daily email a tech or mentor gets by default: the tickets that are theirs, by section.
import {Block, DESK_ENGLISH, EmailContent} from './email-layout';
import {DailyItem, DailyList} from './daily-list';
import {outgoing, OutgoingMessage, Sender} from './messages';
import {DAILY_WORDS} from './templates';
import {shortened} from '../shortening';

/** Tickets listed per section; the rest are counted ("and 4 more"). */
const SECTION_MAX = 25;
const SUMMARY_MAX = 120;

type Section = keyof DailyList;
const SECTIONS: readonly Section[] = [
  'dueSoon',
  'fresh',
  'open',
  'waiting',
  'juniors',
  'signOffs',
];

export interface DailyEmailInput {
  readonly sender: Sender;
  readonly to: string;
  readonly list: DailyList;
  /** The school day's date in words, as the reader's calendar shows it. */
  readonly dateWords: string;
  readonly nowMs: number;
  readonly sheetUrl: string;
}

function words(text: string, values: Readonly<Record<string, string>>) {
  return text.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');
}

function itemText(item: DailyItem, nowMs: number): string {
  const {ticket} = item;
  const due =
    ticket.resolveDueMs === undefined
      ? ''
      : ticket.resolveDueMs < nowMs
        ? DAILY_WORDS.late
        : '';
  return [
    ticket.priority,
    ticket.status,
    item.techName ? words(DAILY_WORDS.forTech, {tech: item.techName}) : '',
    due,
  ]
    .filter(Boolean)
    .join(' · ');
}

function sectionBlock(
  section: Section,
  items: readonly DailyItem[],
  nowMs: number
): Block {
  const shown = items.slice(0, SECTION_MAX).map(item => ({
    title: `${item.ticket.id}: ${shortened(item.ticket.summary, SUMMARY_MAX)}`,
    text: itemText(item, nowMs),
  }));
  const more = items.length - shown.length;
  return {
    kind: 'list',
    heading: DAILY_WORDS.sections[section],
    items:
      more > 0
        ? [
            ...shown,
            {title: words(DAILY_WORDS.more, {n: String(more)}), text: ''},
          ]
        : shown,
  };
}

/** The daily email; only sections with tickets are shown. */
export function dailyEmail(input: DailyEmailInput): OutgoingMessage {
  const {list, sender} = input;
  const filled = SECTIONS.filter(section => list[section].length > 0);
  const counts = filled
    .map(section =>
      words(DAILY_WORDS.counts[section], {n: String(list[section].length)})
    )
    .join(', ');
  const content: EmailContent = {
    language: DESK_ENGLISH,
    deskName: sender.deskName,
    colour: sender.colour,
    heading: DAILY_WORDS.heading,
    status: words(DAILY_WORDS.status, {date: input.dateWords}),
    blocks: [
      {kind: 'text', text: DAILY_WORDS.intro},
      ...filled.map(section =>
        sectionBlock(section, list[section], input.nowMs)
      ),
      {kind: 'text', text: DAILY_WORDS.preference},
    ],
    action: input.sheetUrl
      ? {kind: 'button', link: {label: DAILY_WORDS.action, url: input.sheetUrl}}
      : undefined,
    footer: [sender.deskName],
  };
  return outgoing(
    input.to,
    words(DAILY_WORDS.subject, {deskName: sender.deskName, counts}),
    content,
    sender.deskName
  );
}

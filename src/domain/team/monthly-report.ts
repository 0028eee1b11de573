// The monthly report to each tech: their month's figures and a reflection prompt; mentors see juniors.
import {Catalogue, infoOf, say} from '../languages/catalogue';
import {Language} from '../languages/language';
import {MessageKey, REFLECTION_PROMPTS} from '../languages/shipped-texts';
import {Block} from '../notifications/email-layout';
import {
  fill,
  outgoing,
  OutgoingMessage,
  Sender,
} from '../notifications/messages';
import {firstNameOf, Tech, TIERS} from '../people/techs';

/** One tech's month, as the report shows it. */
export interface MonthFigures {
  readonly resolved: number;
  readonly ratings: readonly number[];
  /** Badge titles earned in the month (the Recognition tab). */
  readonly recognition: readonly string[];
  readonly dutyMinutes: number;
  /** Practice tickets resolved in the month (never counted among the real ones). */
  readonly practice: number;
}

/** A resolved ticket as the report counts it: who resolved it, when, and its rating. */
export interface ResolvedTicket {
  readonly resolverEmail: string;
  /** Local date, `yyyy-MM-dd`. */
  readonly resolvedDate: string | undefined;
  readonly satisfaction: number | undefined;
}

/** A badge with its local date. */
export interface EarnedBadge {
  readonly techEmail: string;
  readonly title: string;
  readonly earnedDate: string;
}

export interface MonthInput {
  /** `yyyy-MM`: the month reported on. */
  readonly month: string;
  readonly techs: readonly Tech[];
  readonly tickets: readonly ResolvedTicket[];
  /** Practice tickets resolved: who, and the local date. */
  readonly practice: readonly Omit<ResolvedTicket, 'satisfaction'>[];
  readonly badges: readonly EarnedBadge[];
  /** Minutes on duty in the month, by email. */
  readonly dutyMinutes: ReadonlyMap<string, number>;
}

export function monthFigures(input: MonthInput, email: string): MonthFigures {
  const inMonth = (date: string | undefined) =>
    date !== undefined && date.startsWith(`${input.month}-`);
  const resolved = input.tickets.filter(
    t => t.resolverEmail === email && inMonth(t.resolvedDate)
  );
  return {
    resolved: resolved.length,
    ratings: resolved
      .map(t => t.satisfaction)
      .filter((r): r is number => r !== undefined),
    recognition: input.badges
      .filter(b => b.techEmail === email && inMonth(b.earnedDate))
      .map(b => b.title),
    dutyMinutes: input.dutyMinutes.get(email) ?? 0,
    practice: input.practice.filter(
      t => t.resolverEmail === email && inMonth(t.resolvedDate)
    ).length,
  };
}

/** Who gets a report: active student techs (Level 2 staff are not in the programme). */
export function reportedTechs(techs: readonly Tech[]): Tech[] {
  return techs.filter(tech => tech.active && tech.tier !== TIERS.staff);
}

function oneDecimal(value: number): string {
  return (Math.round(value * 10) / 10).toFixed(1);
}

/**
 * "November 2026" for `2026-11`, in the language's own words (V8's Intl, platform.md); the month
 * as given for a language code Intl does not take.
 */
export function monthInWords(month: string, code: string): string {
  const [year, number] = month.split('-').map(Number);
  try {
    return new Intl.DateTimeFormat(code, {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(Date.UTC(year, number - 1, 15)));
  } catch {
    return month;
  }
}

/** The prompt of the month: the prompts take turns. */
function reflectionKey(month: string): MessageKey {
  const number = Number(month.slice(5, 7)) || 1;
  return `monthly.reflection${((number - 1) % REFLECTION_PROMPTS) + 1}` as MessageKey;
}

/** One tech's report email; a mentor's also lists each junior's month. */
export function monthlyReportEmail(request: {
  readonly sender: Sender;
  readonly language: Language;
  readonly input: MonthInput;
  readonly tech: Tech;
}): OutgoingMessage {
  const {sender, language, input, tech} = request;
  const catalogue: Catalogue = sender.catalogue;
  // In right-to-left text the desk's name and people's words keep their own direction.
  const rtl = infoOf(catalogue, language).dir === 'rtl';
  const text = (
    key: MessageKey,
    values: Readonly<Record<string, string>> = {}
  ) =>
    fill(
      say(catalogue, language, key),
      {deskName: sender.deskName, ...values},
      rtl
    );
  const ratingText = (ratings: readonly number[]) =>
    ratings.length === 0
      ? text('monthly.noRatings')
      : text('monthly.ratingValue', {
          average: oneDecimal(
            ratings.reduce((sum, r) => sum + r, 0) / ratings.length
          ),
          count: String(ratings.length),
        });
  const hours = (minutes: number) =>
    text('monthly.hours', {hours: oneDecimal(minutes / 60)});
  const mine = monthFigures(input, tech.email);
  const blocks: Block[] = [
    {
      kind: 'facts',
      facts: [
        {label: text('monthly.resolved'), value: String(mine.resolved)},
        {label: text('monthly.rating'), value: ratingText(mine.ratings)},
        {
          label: text('monthly.recognition'),
          value: mine.recognition.join(', '),
        },
        {label: text('monthly.duty'), value: hours(mine.dutyMinutes)},
        {label: text('monthly.practice'), value: String(mine.practice)},
      ],
    },
  ];
  const juniors = input.techs.filter(t => t.active && t.mentor === tech.email);
  if (juniors.length > 0)
    blocks.push({
      kind: 'list',
      heading: text('monthly.juniorsHeading'),
      items: juniors.map(junior => {
        const theirs = monthFigures(input, junior.email);
        return {
          title: firstNameOf(junior.name),
          text: text('monthly.juniorLine', {
            resolved: String(theirs.resolved),
            rating: ratingText(theirs.ratings),
            hours: oneDecimal(theirs.dutyMinutes / 60),
          }),
        };
      }),
    });
  blocks.push({
    kind: 'section',
    heading: text('monthly.reflectionHeading'),
    text: text(reflectionKey(input.month)),
  });
  const values = {
    month: monthInWords(input.month, infoOf(catalogue, language).code),
    name: firstNameOf(tech.name),
  };
  return outgoing(
    tech.email,
    text('monthly.subject', values),
    {
      language: infoOf(catalogue, language),
      deskName: sender.deskName,
      colour: sender.colour,
      heading: text('monthly.heading'),
      status: text('monthly.status', values),
      blocks,
      footer: [text('email.signature'), text('monthly.why')],
    },
    sender.deskName
  );
}

// The Leave tab: who is away when (a field trip, exams, a break), and who is away at a moment.
import {isLocalDate, LocalDateTime} from '../school-time/local-time';
import {normalised} from '../text';
import {findTechByEmailOrName, Tech} from './techs';

/** The reason a tech's own "Take a break" writes, and "I'm back" looks for. */
export const BREAK_REASON = 'break';

/** The Reason dropdown's suggestions; any other words are kept as typed. */
export const LEAVE_REASONS: readonly string[] = [
  'field trip',
  'exams',
  BREAK_REASON,
  'other',
];

/** One Leave row: a tech away from `from` to `to` (inclusive of a whole day when it has no time). */
export interface Leave {
  readonly tech: string;
  /** `yyyy-MM-dd` or `yyyy-MM-dd HH:mm`. */
  readonly from: string;
  /** Like `from`, or '' while open-ended (a break until the tech is back). */
  readonly to: string;
  readonly reason: string;
}

export interface LeaveRow {
  readonly tech: string;
  readonly from: string;
  readonly to: string;
  readonly reason: string;
}

const MOMENT = /^(\d{4}-\d{2}-\d{2})(?: (\d{2}:\d{2}))?$/;

function isMoment(text: string): boolean {
  const match = MOMENT.exec(text);
  return match !== null && isLocalDate(match[1]);
}

/** Where a leave starts, as a sortable `yyyy-MM-dd HH:mm`. */
function startKey(from: string): string {
  return from.length === 10 ? `${from} 00:00` : from;
}

/** Where it ends: a date alone covers that whole day. */
function endKey(to: string): string {
  if (to === '') return '9999-12-31 24:00';
  return to.length === 10 ? `${to} 24:00` : to;
}

export function parseLeave(
  rows: readonly LeaveRow[],
  techs: readonly Tech[]
): {leave: readonly Leave[]; problems: readonly string[]} {
  const leave: Leave[] = [];
  const problems: string[] = [];
  rows.forEach((row, index) => {
    const where = `Leave row ${index + 2}`;
    const typed = row.tech.trim();
    if (typed === '') {
      if ([row.from, row.to, row.reason].some(cell => cell.trim() !== ''))
        problems.push(
          `${where}: Tech is blank, so this leave (From "${row.from.trim()}", To "${row.to.trim()}") applies to nobody; type a tech's Email from the Techs tab.`
        );
      return;
    }
    const tech = findTechByEmailOrName(techs, typed);
    if (!tech) {
      problems.push(
        `${where}: "${typed}" is not on the Techs tab; use a tech's Email from there.`
      );
      return;
    }
    const from = row.from.trim();
    const to = row.to.trim();
    if (!isMoment(from) || (to !== '' && !isMoment(to))) {
      problems.push(
        `${where} (${tech.email}): From and To must be dates like 2026-12-07 (To may be blank while the leave lasts), not "${from}" and "${to}".`
      );
      return;
    }
    if (endKey(to) < startKey(from)) {
      problems.push(
        `${where} (${tech.email}): To (${to}) is before From (${from}), so this leave covers no time.`
      );
      return;
    }
    leave.push({tech: tech.email, from, to, reason: row.reason.trim()});
  });
  return {leave, problems};
}

export function coversMoment(entry: Leave, at: LocalDateTime): boolean {
  const key = `${at.date} ${at.time}`;
  return startKey(entry.from) <= key && key < endKey(entry.to);
}

/** Whether a leave takes any of the time from `start` to `end` on `date` (both `HH:mm`). */
export function overlapsSpan(
  entry: Leave,
  date: string,
  start: string,
  end: string
): boolean {
  return (
    startKey(entry.from) < `${date} ${end}` &&
    `${date} ${start}` < endKey(entry.to)
  );
}

/** The emails of techs on leave at a local moment. */
export function awayAt(
  leave: readonly Leave[],
  at: LocalDateTime
): ReadonlySet<string> {
  return new Set(leave.filter(l => coversMoment(l, at)).map(l => l.tech));
}

/** The tech's break still open at `at` (no To yet), if any. */
export function openBreak(
  leave: readonly Leave[],
  email: string,
  at: LocalDateTime
): Leave | undefined {
  return leave.find(
    l =>
      l.tech === email &&
      l.to === '' &&
      normalised(l.reason) === BREAK_REASON &&
      coversMoment(l, at)
  );
}

// Class time lost: school minutes a problem that stops a whole class kept that class stopped.
import {addDays} from '../school-time/local-time';
import {asImpact, Impact} from '../tickets/priority';
import {
  localDateOf,
  localMidnightMs,
  UtcOffset,
} from '../school-time/zoned-dates';

/** The intake form's "Who is affected?" answers that stop a whole class (or more). */
export const STOPS_CLASS: readonly Impact[] = ['Whole class', 'Whole building'];

export function stopsClass(impact: string): boolean {
  const known = asImpact(impact);
  return known !== undefined && STOPS_CLASS.includes(known);
}

/**
 * School minutes from `fromMs` to `toMs`, split by the local date they fall on, so a week or a
 * day can add up only its own share of a problem that lasted longer.
 */
export function schoolMinutesByDay(
  between: (fromMs: number, toMs: number) => number,
  offset: UtcOffset,
  fromMs: number,
  toMs: number
): ReadonlyMap<string, number> {
  const byDay = new Map<string, number>();
  const last = localDateOf(toMs, offset);
  for (let date = localDateOf(fromMs, offset); date <= last;) {
    const next = addDays(date, 1);
    const minutes = between(
      Math.max(fromMs, localMidnightMs(date, offset)),
      Math.min(toMs, localMidnightMs(next, offset))
    );
    if (minutes > 0) byDay.set(date, minutes);
    date = next;
  }
  return byDay;
}

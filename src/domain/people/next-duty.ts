// When the next tech who can take a ticket comes on duty, from the bell schedule and the Rota.
import {DeskConfig} from '../configuration/config';
import {
  addDays,
  LocalDateTime,
  minutesOfDay,
  Weekday,
  weekdayOf,
} from '../school-time/local-time';
import {onDuty, RotaSlot} from './rota';
import {BellPeriod, dayTypeOn} from '../school-time/schedule';
import {findTech, hasSkill, Tech} from './techs';
import {awayAt, Leave} from './leave';
import {mayTakeBeside} from './pairing';

export interface NextDuty {
  readonly date: string;
  readonly weekday: Weekday;
  /** `HH:mm`, the start of the bell period. */
  readonly time: string;
  readonly today: boolean;
}

/** How far ahead to look: two school weeks cover holidays of a few days. */
const LOOKAHEAD_DAYS = 14;

export function timeOfDay(minutes: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/**
 * The start of the first bell period after `from` in which an active tech skilled in `category`
 * and not on leave is on the Rota for `campus` (a learner only with their mentor there, as
 * assignment requires); undefined when none comes within two weeks.
 */
export function nextDutyStart(
  from: LocalDateTime,
  request: {readonly campus: string; readonly category: string},
  reference: {
    readonly config: DeskConfig;
    readonly periods: readonly BellPeriod[];
    readonly rota: readonly RotaSlot[];
    readonly techs: readonly Tech[];
    readonly leave: readonly Leave[];
  }
): NextDuty | undefined {
  const now = minutesOfDay(from.time) ?? 0;
  for (let offset = 0; offset <= LOOKAHEAD_DAYS; offset++) {
    const date = addDays(from.date, offset);
    const dayType = dayTypeOn(date, reference.config);
    if (!dayType) continue;
    const periods = reference.periods
      .filter(p => p.dayType.toLowerCase() === dayType.toLowerCase())
      .filter(p => offset > 0 || p.start > now)
      .sort((a, b) => a.start - b.start);
    const staffed = periods.find(period => {
      const away = awayAt(reference.leave, {
        date,
        time: timeOfDay(period.start),
      });
      const present = onDuty(
        reference.rota,
        request.campus,
        dayType,
        period.period
      )
        .map(email => findTech(reference.techs, email))
        .filter(
          (tech): tech is Tech => tech?.active === true && !away.has(tech.email)
        );
      return present.some(
        tech =>
          hasSkill(tech, request.category) &&
          mayTakeBeside(tech, request.category, present)
      );
    });
    if (staffed)
      return {
        date,
        weekday: weekdayOf(date),
        time: timeOfDay(staffed.start),
        today: offset === 0,
      };
  }
  return undefined;
}

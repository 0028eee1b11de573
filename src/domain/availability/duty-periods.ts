// The bell periods a desk is staffed in over a span of dates, and who is really on duty in each.
import {DeskConfig} from '../configuration/config';
import {addDays} from '../school-time/local-time';
import {onDuty, RotaSlot} from '../people/rota';
import {BellPeriod, dayTypeOn} from '../school-time/schedule';
import {timeOfDay} from '../people/next-duty';
import {findTech, Tech} from '../people/techs';
import {Leave, overlapsSpan} from '../people/leave';

/** What the duty calculations read: the Config, Schedule, Rota, Techs and Leave tabs. */
export interface DutyReference {
  readonly config: DeskConfig;
  readonly periods: readonly BellPeriod[];
  readonly rota: readonly RotaSlot[];
  readonly techs: readonly Tech[];
  readonly leave: readonly Leave[];
  /** Config's No School Days: holidays and in-service days. */
  readonly noSchoolDays: ReadonlySet<string>;
}

/** One bell period at one campus on one date, and the active techs on the Rota for it. */
export interface DutyPeriod {
  readonly date: string;
  readonly dayType: string;
  readonly period: BellPeriod;
  readonly campus: string;
  /** Everyone the Rota puts there, leave or not. */
  readonly rostered: readonly Tech[];
  /** Those with no leave during any of the period. */
  readonly techs: readonly Tech[];
}

/** Every school date's bell periods per campus from `from` for `days` days, in time order. */
export function dutyPeriods(
  reference: DutyReference,
  from: string,
  days: number
): DutyPeriod[] {
  const out: DutyPeriod[] = [];
  for (let offset = 0; offset < days; offset++) {
    const date = addDays(from, offset);
    if (reference.noSchoolDays.has(date)) continue;
    const dayType = dayTypeOn(date, reference.config);
    if (!dayType) continue;
    const periods = reference.periods
      .filter(p => p.dayType.toLowerCase() === dayType.toLowerCase())
      .sort((a, b) => a.start - b.start);
    for (const period of periods) {
      const [start, end] = [period.start, period.end].map(timeOfDay);
      const away = new Set(
        reference.leave
          .filter(l => overlapsSpan(l, date, start, end))
          .map(l => l.tech)
      );
      for (const campus of reference.config.campuses) {
        const rostered = onDuty(reference.rota, campus, dayType, period.period)
          .map(email => findTech(reference.techs, email))
          .filter((tech): tech is Tech => tech !== undefined && tech.active);
        const techs = rostered.filter(tech => !away.has(tech.email));
        out.push({date, dayType, period, campus, rostered, techs});
      }
    }
  }
  return out;
}

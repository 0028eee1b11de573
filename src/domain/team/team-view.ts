// What the team page shows: first names, roles and skills, who is on duty now and next per campus.
import {
  DutyPeriod,
  DutyReference,
  dutyPeriods,
} from '../availability/duty-periods';
import {awayAt} from '../people/leave';
import {
  LocalDateTime,
  minutesOfDay,
  Weekday,
  weekdayOf,
} from '../school-time/local-time';
import {timeOfDay} from '../people/next-duty';
import {firstNameOf, Tech, TIERS} from '../people/techs';
import {Role, roleOf} from './roles';
import {SkillShown, skillsShown} from './skills-shown';

export interface TeamMember {
  readonly firstName: string;
  readonly role: string;
  readonly skills: readonly SkillShown[];
}

export interface DutyShift {
  readonly today: boolean;
  readonly weekday: Weekday;
  /** `HH:mm`, the bell period's start. */
  readonly time: string;
  readonly firstNames: readonly string[];
}

export interface CampusDuty {
  readonly campus: string;
  /** Undefined outside a staffed period. */
  readonly now: DutyShift | undefined;
  /** The next staffed period after the current one, within two weeks. */
  readonly next: DutyShift | undefined;
}

export interface TeamView {
  readonly members: readonly TeamMember[];
  readonly duty: readonly CampusDuty[];
}

/** The look-ahead for "next": as far as the coverage view. */
const NEXT_WITHIN_DAYS = 14;

/** The team as anyone may see it, at a local moment. */
export function teamView(
  reference: DutyReference & {readonly roles: readonly Role[]},
  at: LocalDateTime
): TeamView {
  const members = reference.techs
    .filter(tech => tech.active && tech.tier !== TIERS.staff)
    .map(tech => ({
      firstName: firstNameOf(tech.name),
      role: roleOf(tech, reference.roles)?.name ?? tech.tier,
      skills: skillsShown(tech),
    }));
  const now = minutesOfDay(at.time) ?? 0;
  const ahead = dutyPeriods(reference, at.date, NEXT_WITHIN_DAYS);
  // Now is now: a tech back from a break mid-period is on duty again at once.
  const awayNow = awayAt(reference.leave, at);
  const shift = (duty: DutyPeriod, techs: readonly Tech[]): DutyShift => ({
    today: duty.date === at.date,
    weekday: weekdayOf(duty.date),
    time: timeOfDay(duty.period.start),
    firstNames: techs.map(tech => firstNameOf(tech.name)),
  });
  const duty = reference.config.campuses.map(campus => {
    const here = ahead.filter(d => d.campus === campus);
    const current = here.find(
      d => d.date === at.date && d.period.start <= now && now < d.period.end
    );
    const presentNow = (current?.rostered ?? []).filter(
      tech => !awayNow.has(tech.email)
    );
    const next = here.find(
      d =>
        d.techs.length > 0 &&
        (d.date > at.date || (d.date === at.date && d.period.start > now))
    );
    return {
      campus,
      now:
        current && presentNow.length > 0
          ? shift(current, presentNow)
          : undefined,
      next: next && shift(next, next.techs),
    };
  });
  return {members, duty};
}

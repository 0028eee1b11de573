// Auto-assignment: picks the on-duty, skilled tech with the fewest open tickets (round robin).
import {LedgerEntry, loadsFrom, TechLoad} from '../tickets/ledger';
import {onDuty, RotaSlot} from './rota';
import {dayTypeLabel, DutySlot} from './schedule';
import {findTech, hasSkill, Tech} from './techs';

export type Assignment =
  | {readonly tech: Tech; readonly note: string}
  | {readonly tech: undefined; readonly note: string};

const NEVER: TechLoad = {open: 0, lastAssignedMs: -Infinity};

/**
 * Picks the on-duty tech for a new ticket: on the Rota for the campus and bell period, active,
 * skilled in the category; fewest open tickets; on a tie, whoever was given a ticket longest ago
 * (round robin), then Rota order. Nobody eligible → unassigned, with the reason.
 */
export function chooseAssignee(request: {
  readonly campus: string;
  readonly category: string;
  readonly slot: DutySlot;
  readonly techs: readonly Tech[];
  readonly rota: readonly RotaSlot[];
  readonly ledger: readonly LedgerEntry[];
}): Assignment {
  const {campus, category, slot} = request;
  if (slot.dayType === undefined)
    return {tech: undefined, note: `Waiting: nobody on duty. ${slot.reason}`};
  const when = `${campus}, ${dayTypeLabel(slot.dayType)} period ${slot.period}`;
  const onDutyTechs = onDuty(request.rota, campus, slot.dayType, slot.period)
    .map(email => findTech(request.techs, email))
    .filter((tech): tech is Tech => tech !== undefined && tech.active);
  if (onDutyTechs.length === 0)
    return {
      tech: undefined,
      note: `Waiting: no active tech is on the Rota for ${when}.`,
    };
  const skilled = onDutyTechs.filter(tech => hasSkill(tech, category));
  if (skilled.length === 0)
    return {
      tech: undefined,
      note: `Waiting: nobody on duty (${when}) has the ${category} skill.`,
    };
  const loads = loadsFrom(request.ledger, request.techs);
  const loadOf = (tech: Tech) => loads.get(tech.email) ?? NEVER;
  const best = skilled.reduce((chosen, tech) => {
    const a = loadOf(tech);
    const b = loadOf(chosen);
    if (a.open !== b.open) return a.open < b.open ? tech : chosen;
    return a.lastAssignedMs < b.lastAssignedMs ? tech : chosen;
  });
  return {
    tech: best,
    note: `Assigned to ${best.name}: on duty (${when}), ${loadOf(best).open} open ticket(s).`,
  };
}

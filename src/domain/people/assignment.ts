// Auto-assignment: picks the on-duty, skilled tech with the fewest open tickets (round robin).
import {isPracticeId} from '../tickets/ticket-id';
import {isOpen} from '../tickets/workflow';
import {LEVELS, levelIn} from './skill-levels';
import {mayTakeBeside, mentorBeside} from './pairing';
import {LedgerEntry} from '../tickets/ledger';
import {onDuty, RotaSlot} from './rota';
import {dayTypeLabel, DutySlot} from '../school-time/schedule';
import {assigneeEmailFinder, findTech, hasSkill, Tech} from './techs';

export type Assignment =
  | {
      readonly tech: Tech;
      readonly note: string;
      /** The on-duty mentor paired with a tech still learning the category. */
      readonly pairedMentor?: Tech;
    }
  | {readonly tech: undefined; readonly note: string};

interface TechLoad {
  readonly open: number;
  /** When this tech was last given a ticket (ms), or -Infinity when never. */
  readonly lastAssignedMs: number;
}

/** Each tech's load by address, whether a row names the tech by display name or address. */
function loadsFrom(
  entries: readonly LedgerEntry[],
  techs: readonly Tech[]
): ReadonlyMap<string, TechLoad> {
  const loads = new Map<string, {open: number; lastAssignedMs: number}>();
  const emailOf = assigneeEmailFinder(techs);
  for (const entry of entries) {
    const email = emailOf(entry.assignee);
    if (email === '' || isPracticeId(entry.id)) continue;
    const load = loads.get(email) ?? {open: 0, lastAssignedMs: -Infinity};
    if (isOpen(entry.status)) load.open++;
    if (entry.createdMs !== undefined && entry.createdMs > load.lastAssignedMs)
      load.lastAssignedMs = entry.createdMs;
    loads.set(email, load);
  }
  return loads;
}

const NEVER: TechLoad = {open: 0, lastAssignedMs: -Infinity};

/**
 * Picks the on-duty tech for a new ticket: on the Rota for the campus and bell period, active,
 * not on leave, skilled in the category (a tech still learning it only while their mentor is on
 * duty too, the two paired); fewest open tickets; on a tie, whoever was given a ticket longest ago
 * (round robin), then Rota order. Nobody eligible → unassigned, with the reason.
 */
export function chooseAssignee(request: {
  readonly campus: string;
  readonly category: string;
  readonly slot: DutySlot;
  readonly techs: readonly Tech[];
  readonly rota: readonly RotaSlot[];
  readonly ledger: readonly LedgerEntry[];
  /** Techs on leave now (the Leave tab): on the Rota but not on duty. */
  readonly away: ReadonlySet<string>;
}): Assignment {
  const {campus, category, slot} = request;
  if (slot.dayType === undefined)
    return {tech: undefined, note: `Waiting: nobody on duty. ${slot.reason}`};
  const when = `${campus}, ${dayTypeLabel(slot.dayType)} period ${slot.period}`;
  const rostered = onDuty(request.rota, campus, slot.dayType, slot.period)
    .map(email => findTech(request.techs, email))
    .filter((tech): tech is Tech => tech !== undefined && tech.active);
  const onDutyTechs = rostered.filter(tech => !request.away.has(tech.email));
  if (onDutyTechs.length === 0)
    return {
      tech: undefined,
      note:
        rostered.length > 0
          ? `Waiting: everyone on the Rota for ${when} is on leave.`
          : `Waiting: no active tech is on the Rota for ${when}.`,
    };
  const skilled = onDutyTechs.filter(tech => hasSkill(tech, category));
  if (skilled.length === 0)
    return {
      tech: undefined,
      note: `Waiting: nobody on duty (${when}) has the ${category} skill.`,
    };
  const eligible = skilled.filter(tech =>
    mayTakeBeside(tech, category, onDutyTechs)
  );
  if (eligible.length === 0)
    return {
      tech: undefined,
      note: `Waiting: everyone on duty (${when}) with the ${category} skill is still learning it, and their mentor is not on duty.`,
    };
  const loads = loadsFrom(request.ledger, request.techs);
  const loadOf = (tech: Tech) => loads.get(tech.email) ?? NEVER;
  const best = eligible.reduce((chosen, tech) => {
    const a = loadOf(tech);
    const b = loadOf(chosen);
    if (a.open !== b.open) return a.open < b.open ? tech : chosen;
    return a.lastAssignedMs < b.lastAssignedMs ? tech : chosen;
  });
  const open = loadOf(best).open;
  const note = `Assigned to ${best.name}: on duty (${when}), ${open} open ${open === 1 ? 'ticket' : 'tickets'}.`;
  const level = levelIn(best.levels, category)?.level;
  const mentor = mentorBeside(best, onDutyTechs);
  if (level === LEVELS.learning && mentor)
    return {
      tech: best,
      pairedMentor: mentor,
      note: `${note} Learning ${category}: paired with ${mentor.name}, on duty, who signs off the fix.`,
    };
  if (level === LEVELS.supervised)
    return {
      tech: best,
      note: `${note} Supervised in ${category}: their mentor signs off the fix.`,
    };
  return {tech: best, note};
}

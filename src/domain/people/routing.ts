// Ticket routing: to the likely duplicate's tech, else the best on-duty tech, else the queue.
import {chooseAssignee} from './assignment';
import {findPossibleDuplicate} from '../tickets/duplicates';
import {LedgerEntry} from '../tickets/ledger';
import {LocalDateTime} from '../school-time/local-time';
import {DeskConfig} from '../configuration/config';
import {BellPeriod, dutySlotAt} from '../school-time/schedule';
import {RotaSlot} from './rota';
import {findTechByEmailOrName, Tech} from './techs';
import {STATUS, Status} from '../tickets/workflow';
import {awayAt, Leave} from './leave';

/** The desk's settings routing reads: its Config, techs, bells, Rota and leave. */
export interface RoutingSettings {
  readonly config: DeskConfig;
  readonly techs: readonly Tech[];
  readonly periods: readonly BellPeriod[];
  readonly rota: readonly RotaSlot[];
  readonly leave: readonly Leave[];
}

export interface Routing {
  readonly status: Status;
  readonly assignee: Tech | undefined;
  readonly duplicateOf: string;
  /** Shown in the Assignment Note column: who got it and why, or why it waits. */
  readonly note: string;
  readonly period: string;
  /** The on-duty mentor paired with an assignee still learning the category. */
  readonly pairedMentor?: Tech;
}

/**
 * Where a new ticket goes: to the tech who has its likely duplicate, else to the best on-duty tech,
 * else to the unassigned queue with the reason.
 */
export function routeTicket(
  request: {
    readonly campus: string;
    readonly room: string;
    readonly category: string;
    readonly assetTag: string;
  },
  context: {
    readonly reference: RoutingSettings;
    readonly ledger: readonly LedgerEntry[];
    readonly nowMs: number;
    readonly local: LocalDateTime;
  }
): Routing {
  const {reference, ledger} = context;
  const slot = dutySlotAt(context.local, reference.config, reference.periods);
  const period = slot.period ?? '';
  const duplicate = findPossibleDuplicate(
    {...request, createdMs: context.nowMs},
    ledger,
    reference.config.duplicateWindowMinutes
  );
  if (duplicate) {
    const holder = duplicate.assignee
      ? findTechByEmailOrName(reference.techs, duplicate.assignee)
      : undefined;
    return {
      status: holder ? STATUS.assigned : STATUS.new,
      assignee: holder,
      duplicateOf: duplicate.id,
      note: holder
        ? `Possible duplicate of ${duplicate.id}: given to ${holder.name}, who has it.`
        : `Possible duplicate of ${duplicate.id}: waiting with it for a tech.`,
      period,
    };
  }
  const assignment = chooseAssignee({
    campus: request.campus,
    category: request.category,
    slot,
    techs: reference.techs,
    rota: reference.rota,
    ledger,
    away: awayAt(reference.leave, context.local),
  });
  return {
    status: assignment.tech ? STATUS.assigned : STATUS.new,
    assignee: assignment.tech,
    duplicateOf: '',
    note: assignment.note,
    period,
    pairedMentor: assignment.tech ? assignment.pairedMentor : undefined,
  };
}

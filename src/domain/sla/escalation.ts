// The SLA escalation ladder: rungs, each ticket's SLA clock, and which rungs are due.
import {isPriority} from '../tickets/priority';
import {
  addSchoolMinutes,
  SchoolCalendar,
  schoolMinutesBetween,
} from '../school-time/school-time';
import {SlaPolicy, SlaTarget} from './sla-policy';
import {isPaused, Pause} from './sla-pauses';
import {isOpen, STATUS} from '../tickets/workflow';

/** The rungs of the escalation ladder, in the order they fire; each fires once per ticket. */
export const RUNG = {
  unassigned: 'unassigned',
  nudge: 'nudge',
  mentorNudge: 'mentor-nudge',
  warning: 'warning',
  breach: 'breach',
} as const;

export type Rung = (typeof RUNG)[keyof typeof RUNG];

const RUNGS: readonly Rung[] = Object.values(RUNG);

/** The mentor is pulled in when the first response is this many targets late. */
const MENTOR_NUDGE_FACTOR = 2;
/** The mentor is warned when this share of the resolution target has passed. */
const WARNING_SHARE = 0.75;

export function parseRungs(text: string): Set<Rung> {
  return new Set(
    text
      .split(',')
      .map(s => s.trim())
      .filter((s): s is Rung => (RUNGS as readonly string[]).includes(s))
  );
}

export function formatRungs(rungs: ReadonlySet<Rung>): string {
  return RUNGS.filter(r => rungs.has(r)).join(', ');
}

export interface SlaTicket {
  readonly status: string;
  readonly assignee: string;
  readonly priority: string;
  readonly createdMs: number;
  readonly responded: boolean;
  readonly pauses: readonly Pause[];
}

export interface SlaClock {
  /** School minutes the clock has run: school time since Created, less time spent waiting. */
  readonly elapsed: number;
  readonly target: SlaTarget;
  /** Undefined while the clock is paused (or no school day is ahead). */
  readonly responseDueMs: number | undefined;
  readonly resolveDueMs: number | undefined;
}

export function targetFor(policy: SlaPolicy, priority: string): SlaTarget {
  return policy.targets[isPriority(priority) ? priority : 'P4'];
}

export function slaClock(
  ticket: SlaTicket,
  policy: SlaPolicy,
  calendar: SchoolCalendar,
  nowMs: number
): SlaClock {
  const target = targetFor(policy, ticket.priority);
  const paused = ticket.pauses.reduce(
    (sum, p) =>
      sum +
      schoolMinutesBetween(
        calendar,
        Math.max(p.fromMs, ticket.createdMs),
        Math.min(p.toMs ?? nowMs, nowMs)
      ),
    0
  );
  const elapsed =
    schoolMinutesBetween(calendar, ticket.createdMs, nowMs) - paused;
  const due = (minutes: number) =>
    isPaused(ticket.pauses)
      ? undefined
      : addSchoolMinutes(calendar, ticket.createdMs, minutes + paused);
  return {
    elapsed,
    target,
    responseDueMs: due(target.firstResponse),
    resolveDueMs: due(target.resolution),
  };
}

/** The rungs due now that have not fired yet, in ladder order. */
export function dueRungs(
  ticket: SlaTicket,
  clock: SlaClock,
  fired: ReadonlySet<Rung>,
  policy: SlaPolicy
): Rung[] {
  if (!isOpen(ticket.status) || ticket.status === STATUS.waiting) return [];
  const {elapsed, target} = clock;
  const due: Rung[] = [];
  const unassigned = ticket.assignee === '';
  if (
    unassigned &&
    ticket.status === STATUS.new &&
    elapsed >= policy.unassignedAlertMinutes
  )
    due.push(RUNG.unassigned);
  if (!unassigned && !ticket.responded) {
    if (elapsed >= target.firstResponse) due.push(RUNG.nudge);
    if (elapsed >= target.firstResponse * MENTOR_NUDGE_FACTOR)
      due.push(RUNG.mentorNudge);
  }
  if (ticket.status !== STATUS.escalated) {
    if (elapsed >= target.resolution * WARNING_SHARE) due.push(RUNG.warning);
    if (elapsed >= target.resolution) due.push(RUNG.breach);
  }
  return due.filter(rung => !fired.has(rung));
}

/** Ticket statuses and the changes a person may make between them. */
export const STATUS = {
  new: 'New',
  assigned: 'Assigned',
  inProgress: 'In Progress',
  waiting: 'Waiting on Requester',
  escalated: 'Escalated',
  resolved: 'Resolved',
  reopened: 'Reopened',
  closed: 'Closed',
  /** Closed by the desk as a duplicate of the ticket its Duplicate Of names (Merge Into). */
  merged: 'Merged',
} as const;

export type Status = (typeof STATUS)[keyof typeof STATUS];

export const STATUSES: readonly Status[] = Object.values(STATUS);

export const OPEN_STATUSES: readonly Status[] = [
  STATUS.new,
  STATUS.assigned,
  STATUS.inProgress,
  STATUS.waiting,
  STATUS.escalated,
  STATUS.reopened,
];

const NEXT: Readonly<Record<Status, readonly Status[]>> = {
  [STATUS.new]: [STATUS.assigned, STATUS.inProgress],
  [STATUS.assigned]: [STATUS.inProgress, STATUS.waiting, STATUS.resolved],
  [STATUS.inProgress]: [STATUS.waiting, STATUS.resolved, STATUS.assigned],
  [STATUS.waiting]: [STATUS.inProgress, STATUS.resolved],
  [STATUS.escalated]: [STATUS.inProgress, STATUS.waiting, STATUS.resolved],
  [STATUS.resolved]: [STATUS.closed, STATUS.reopened],
  [STATUS.reopened]: [
    STATUS.assigned,
    STATUS.inProgress,
    STATUS.waiting,
    STATUS.resolved,
  ],
  [STATUS.closed]: [],
  [STATUS.merged]: [],
};

export function isStatus(value: string): value is Status {
  return (STATUSES as readonly string[]).includes(value);
}

export function isOpen(status: string): boolean {
  return (OPEN_STATUSES as readonly string[]).includes(status);
}

/** The statuses reachable from `from` in one change. */
export function nextStatuses(from: Status): readonly Status[] {
  if (isOpen(from) && from !== STATUS.escalated)
    return [...NEXT[from], STATUS.escalated];
  return NEXT[from];
}

/** Why a status change is refused, or undefined when it is allowed. */
export function refuseStatusChange(
  from: string,
  to: string,
  resolution: string
): string | undefined {
  if (!isStatus(to))
    return `"${to}" is not a status. Pick one from the list: ${STATUSES.filter(s => s !== STATUS.merged).join(', ')}.`;
  if (!isStatus(from)) return undefined;
  if (to === STATUS.merged && from !== STATUS.merged)
    return 'To merge a duplicate, type the ID of the ticket it repeats in Merge Into: the desk merges them.';
  if (!nextStatuses(from).includes(to)) {
    const allowed = nextStatuses(from);
    return allowed.length === 0
      ? `A ${from} ticket cannot change status.`
      : `${from} cannot change to ${to}. From ${from} a ticket can go to: ${allowed.join(', ')}.`;
  }
  if (to === STATUS.resolved && resolution.trim() === '')
    return 'Write what was done in Resolution before marking the ticket Resolved.';
  return undefined;
}

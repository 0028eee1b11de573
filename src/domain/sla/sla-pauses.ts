/**
 * When a ticket waited on its requester: the SLA clock pauses then. Kept in the ticket's
 * "SLA Pauses" cell as `start/end` ISO instants separated by "; " (an open pause has no end), so a
 * coordinator can read and mend it.
 */
export interface Pause {
  readonly fromMs: number;
  readonly toMs: number | undefined;
}

export function parsePauses(text: string): Pause[] {
  const pauses: Pause[] = [];
  for (const part of text.split(';')) {
    const [from, to = ''] = part.trim().split('/');
    const fromMs = Date.parse(from);
    if (Number.isNaN(fromMs)) continue;
    const toMs = Date.parse(to);
    pauses.push({fromMs, toMs: Number.isNaN(toMs) ? undefined : toMs});
  }
  return pauses;
}

export function formatPauses(pauses: readonly Pause[]): string {
  return pauses
    .map(
      p =>
        `${new Date(p.fromMs).toISOString()}/${p.toMs === undefined ? '' : new Date(p.toMs).toISOString()}`
    )
    .join('; ');
}

export function isPaused(pauses: readonly Pause[]): boolean {
  return pauses.some(p => p.toMs === undefined);
}

/** Opens a pause when the ticket starts waiting and closes it when it stops. */
export function pausesAfterStatusChange(
  text: string,
  waitingBefore: boolean,
  waitingNow: boolean,
  nowMs: number
): string {
  const pauses = parsePauses(text);
  if (waitingNow && !isPaused(pauses))
    return formatPauses([...pauses, {fromMs: nowMs, toMs: undefined}]);
  if (!waitingNow && waitingBefore)
    return formatPauses(
      pauses.map(p => (p.toMs === undefined ? {...p, toMs: nowMs} : p))
    );
  return text;
}

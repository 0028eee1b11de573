// The day's mail quota shared out: requesters' emails first, the daily emails only from what is left.
const DAY_MS = 86_400_000;
/** A day of tickets owes about this many requester emails: the confirmation and the resolution. */
const REQUESTER_EMAILS_PER_TICKET = 2;

/**
 * Recipients kept back for requesters: two emails for each ticket of the busiest of the last
 * seven days (counted back from now in whole days).
 */
export function requesterReserve(
  createdMs: readonly (number | undefined)[],
  nowMs: number
): number {
  const perDay = new Array<number>(7).fill(0);
  for (const ms of createdMs) {
    if (ms === undefined || ms > nowMs) continue;
    const daysAgo = Math.floor((nowMs - ms) / DAY_MS);
    if (daysAgo < 7) perDay[daysAgo]++;
  }
  return REQUESTER_EMAILS_PER_TICKET * Math.max(...perDay);
}

/**
 * Whether today's daily emails may go now: only when the quota left covers them and the reserve.
 * Otherwise they wait (an hour, or the next school day); nothing is lost, as each lists what is
 * the reader's since the last one that went.
 */
export function dailyEmailsFit(
  remainingQuota: number,
  dailyEmails: number,
  reserve: number
): boolean {
  return remainingQuota >= dailyEmails + reserve;
}

/**
 * Ticket IDs like T-000123: the number is one more than the highest ever issued, whether or not
 * its row is still in the ledger (deleted, or moved to a year's archive), so an ID is never given
 * again and IDs continue across school years.
 */
const ID_PATTERN = /^T-(\d+)$/;

export function formatTicketId(n: number): string {
  return `T-${String(n).padStart(6, '0')}`;
}

export function ticketNumber(id: string): number | undefined {
  const match = ID_PATTERN.exec(id.trim());
  return match ? Number(match[1]) : undefined;
}

export function nextTicketId(
  existing: Iterable<string>,
  highestIssued = 0
): string {
  let highest = highestIssued;
  for (const id of existing) {
    const n = ticketNumber(id);
    if (n !== undefined && n > highest) highest = n;
  }
  return formatTicketId(highest + 1);
}

/** Practice tickets have their own numbers, so real Ticket IDs stay unbroken: PR-000001. */
const PRACTICE_ID = /^PR-(\d+)$/;

export function isPracticeId(id: string): boolean {
  return PRACTICE_ID.test(id.trim());
}

export function nextPracticeId(existing: Iterable<string>): string {
  let highest = 0;
  for (const id of existing) {
    const match = PRACTICE_ID.exec(id.trim());
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return `PR-${String(highest + 1).padStart(6, '0')}`;
}

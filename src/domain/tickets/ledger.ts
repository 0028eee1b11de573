// Ledger entries: what intake and the sweep know of each ticket.

/** What intake and the sweep know about each existing ticket (the ledger's intake columns). */
export interface LedgerEntry {
  readonly id: string;
  readonly status: string;
  readonly assignee: string;
  /** Milliseconds since the epoch, or undefined when Created is not a date. */
  readonly createdMs: number | undefined;
  readonly campus: string;
  readonly room: string;
  readonly category: string;
  readonly assetTag: string;
  readonly responseKey: string;
  readonly summary: string;
  readonly resolution: string;
}

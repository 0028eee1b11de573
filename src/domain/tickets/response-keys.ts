// Which form responses already have a ticket: by response id, or by the older moment|email key.

/** A form response as far as telling it apart from the others needs. */
export interface ResponseIdentity {
  readonly id: string;
  readonly timestampMs: number;
  readonly email: string;
}

/**
 * Tickets made before responses were keyed by id carry `moment|email` (the stored moment as an
 * ISO instant): the sheet's and the form's clocks may differ by a little, so it matches within
 * this tolerance.
 */
const LEGACY_TOLERANCE_MS = 2000;

/** The response keys on the ledger's tickets, asked whether a response is among them. */
export class KnownResponses {
  private readonly ids = new Set<string>();
  private readonly legacy = new Map<string, number[]>();

  constructor(keys: Iterable<string>) {
    for (const key of keys) this.add(key);
  }

  add(key: string): void {
    const bar = key.lastIndexOf('|');
    const ms = bar > 0 ? Date.parse(key.slice(0, bar)) : NaN;
    if (Number.isNaN(ms)) {
      this.ids.add(key);
      return;
    }
    const email = key.slice(bar + 1);
    this.legacy.set(email, [...(this.legacy.get(email) ?? []), ms]);
  }

  /** Whether the id is a ticket's key; cheap, needs nothing else of the response. */
  hasId(id: string): boolean {
    return this.ids.has(id);
  }

  /** Whether any ticket still carries an older moment|email key. */
  get hasLegacyKeys(): boolean {
    return this.legacy.size > 0;
  }

  has(response: ResponseIdentity): boolean {
    if (this.ids.has(response.id)) return true;
    const moments = this.legacy.get(response.email.toLowerCase()) ?? [];
    return moments.some(
      ms => Math.abs(ms - response.timestampMs) <= LEGACY_TOLERANCE_MS
    );
  }
}

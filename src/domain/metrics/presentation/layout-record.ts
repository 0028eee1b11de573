// Fingerprints of the looks last applied to the leader tabs, by sheet id: a look is applied again only when it changes.
import {storedObject} from '../../text';
import {fingerprintOf} from '../fingerprint';

/** The fingerprint of a planned look (formats, charts and the room they take), as 8 hex digits. */
export function layoutPrint(plan: unknown): string {
  return fingerprintOf(plan);
}

/** The stored record: sheet id → the fingerprint last applied there; anything else reads as none. */
export function parseLayouts(text: string | undefined): Map<string, string> {
  const data = storedObject(text) ?? {};
  return new Map(
    Object.entries(data).flatMap(([sheet, print]) =>
      typeof print === 'string' ? [[sheet, print]] : []
    )
  );
}

export function serialiseLayouts(prints: ReadonlyMap<string, string>): string {
  return JSON.stringify(Object.fromEntries(prints));
}

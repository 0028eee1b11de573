// Fingerprints of plans and settings: a stored look or summary is used again only while its fingerprint matches.
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over the JSON text of `value` (a plan, settings), as 8 hex digits. */
export function fingerprintOf(value: unknown): string {
  const text = JSON.stringify(value) ?? '';
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i++)
    hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

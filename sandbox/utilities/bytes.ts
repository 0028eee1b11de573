/**
 * Apps Script hands bytes to scripts as Java `byte[]`: signed integers from -128 to 127
 * (https://developers.google.com/apps-script/reference/utilities/utilities#computeDigest(DigestAlgorithm,String)).
 */
export function toJavaBytes(buffer: Uint8Array): number[] {
  return Array.from(buffer, b => (b > 127 ? b - 256 : b));
}

export function fromJavaBytes(bytes: readonly number[]): Buffer {
  return Buffer.from(bytes.map(b => b & 0xff));
}

/** `Utilities.Charset` names a Java charset; only UTF-8 and US-ASCII exist. */
export function encodeText(text: string, charset?: unknown): Buffer {
  return String(charset ?? 'UTF_8') === 'US_ASCII'
    ? Buffer.from(text.replace(/[^ -~\t\n\r]/g, '?'), 'latin1')
    : Buffer.from(text, 'utf8');
}

export function decodeText(bytes: Buffer, charset?: string): string {
  const name = (charset ?? 'UTF-8').toUpperCase().replace('_', '-');
  return name === 'US-ASCII' ? bytes.toString('ascii') : bytes.toString('utf8');
}

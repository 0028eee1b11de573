// A device on the Devices tab, and finding one by its asset tag or serial.

/** An asset tag or serial as it is matched: case and surrounding spaces do not count. */
export function tagKey(text: string): string {
  return text.trim().toLowerCase();
}

// The Rota tab: which techs are on duty for each campus and bell period.
import {normalised} from '../text';

/** One line of the Rota tab: who is on duty at a campus in a bell period on a day type. */
export interface RotaSlot {
  readonly campus: string;
  /** A day type from Schedule (Mon…Fri, or A/B), or "Any". */
  readonly dayType: string;
  readonly period: string;
  readonly tech: string;
}

export function parseRota(rows: readonly RotaSlot[]): readonly RotaSlot[] {
  return rows
    .filter(row => row.tech.trim() !== '')
    .map(row => ({
      campus: row.campus.trim(),
      dayType: row.dayType.trim(),
      period: row.period.trim(),
      tech: row.tech.trim().toLowerCase(),
    }));
}

/** The emails on duty, in Rota order (the round-robin order on ties). */
export function onDuty(
  rota: readonly RotaSlot[],
  campus: string,
  dayType: string,
  period: string
): string[] {
  const emails: string[] = [];
  for (const slot of rota) {
    const sameDay =
      normalised(slot.dayType) === 'any' ||
      normalised(slot.dayType) === normalised(dayType);
    if (
      sameDay &&
      normalised(slot.campus) === normalised(campus) &&
      normalised(slot.period) === normalised(period) &&
      !emails.includes(slot.tech)
    )
      emails.push(slot.tech);
  }
  return emails;
}

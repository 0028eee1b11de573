// The Rota tab: which techs are on duty for each campus and bell period, and its typos.
import {normalised} from '../text';
import {BellPeriod} from '../school-time/schedule';
import {findTechByEmailOrName, Tech} from './techs';

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

/**
 * Rota lines that can never put anyone on duty: a tech the Techs tab does not list, or a period
 * the Schedule does not have on that day type. One sentence per line, naming its row.
 */
export function rotaProblems(
  rows: readonly RotaSlot[],
  techs: readonly Tech[],
  periods: readonly BellPeriod[]
): string[] {
  const problems: string[] = [];
  rows.forEach((row, index) => {
    const tech = row.tech.trim();
    if (tech === '') return;
    const where = `Rota row ${index + 2}`;
    const listed = findTechByEmailOrName(techs, tech);
    if (!listed)
      problems.push(
        `${where}: "${tech}" is not on the Techs tab; use a tech's Email from there.`
      );
    else if (listed.email !== tech.toLowerCase())
      problems.push(
        `${where}: write ${listed.email} rather than "${tech}"; the Rota matches techs by email.`
      );
    const anyDay = normalised(row.dayType) === 'any';
    const scheduled = periods.some(
      p =>
        normalised(p.period) === normalised(row.period) &&
        (anyDay || normalised(p.dayType) === normalised(row.dayType))
    );
    if (!scheduled)
      problems.push(
        `${where}: period "${row.period.trim()}" is not on the Schedule tab${anyDay ? '' : ` for day type "${row.dayType.trim()}"`}, so nobody is on duty from this line.`
      );
  });
  return problems;
}

// The roster rollover: graduating techs become inactive; everyone else, mentors and skills stay.

export interface RosterLine {
  readonly email: string;
  /** The year the tech graduates ("Class Of"); '' for staff and anyone who stays. */
  readonly classOf: string;
  readonly active: string;
}

/**
 * The 0-based Techs rows to mark inactive when a school year ends: active techs whose class
 * graduates that year or before. Their rows stay (their names still label past tickets and
 * badges); nobody's Mentor or Skills change, so mentees keep a mentor's name for history.
 */
export function graduating(
  roster: readonly RosterLine[],
  graduationYear: number
): number[] {
  return roster.flatMap((line, i) => {
    const classOf = Number(line.classOf);
    const active = line.active.trim().toLowerCase() !== 'no';
    return active && line.classOf.trim() !== '' && classOf <= graduationYear
      ? [i]
      : [];
  });
}

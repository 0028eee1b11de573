/**
 * The script zone's offset from UTC on a local date, through Utilities.formatDate (the engine's
 * own zone is not the school's), remembered per date for the execution.
 */
export function utcOffsetReader(timeZone: string): (date: string) => number {
  const known = new Map<string, number>();
  return date => {
    let offset = known.get(date);
    if (offset === undefined) {
      // Noon UTC falls on the same local date in every zone a school is in.
      const text = Utilities.formatDate(
        new Date(`${date}T12:00:00Z`),
        timeZone,
        'Z'
      );
      const sign = text.startsWith('-') ? -1 : 1;
      offset =
        sign * (Number(text.slice(1, 3)) * 60 + Number(text.slice(3, 5)));
      known.set(date, offset);
    }
    return offset;
  };
}

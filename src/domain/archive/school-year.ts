// School years: which year a local date belongs to, given the Config rollover month-day.

export interface SchoolYear {
  /** "2026-27". */
  readonly label: string;
  /** Its first day, yyyy-MM-dd. */
  readonly start: string;
  /** The first day of the next year. */
  readonly end: string;
}

/** The school year holding a local date (yyyy-MM-dd); `monthDay` is MM-dd. */
export function schoolYearOf(date: string, monthDay: string): SchoolYear {
  const year = Number(date.slice(0, 4));
  const first = date.slice(5) >= monthDay ? year : year - 1;
  return schoolYearStarting(first, monthDay);
}

export function schoolYearStarting(year: number, monthDay: string): SchoolYear {
  return {
    label: `${year}-${String((year + 1) % 100).padStart(2, '0')}`,
    start: `${year}-${monthDay}`,
    end: `${year + 1}-${monthDay}`,
  };
}

export function previousSchoolYear(
  year: SchoolYear,
  monthDay: string
): SchoolYear {
  return schoolYearStarting(Number(year.start.slice(0, 4)) - 1, monthDay);
}

/** The calendar year a school year's seniors graduate in: its second calendar year. */
export function graduationYearOf(year: SchoolYear): number {
  return Number(year.end.slice(0, 4));
}

// Whole-history figures: one line per school year, archived or live, and their sum.
import {TicketMetrics} from './ticket-metrics';
import {SchoolYear} from '../archive/school-year';

export interface YearFigures {
  readonly label: string;
  readonly tickets: number;
  readonly resolved: number;
  readonly resolvedByStudents: number;
}

/** The School Years tab: a row per archived year, rewritten by each archive run. */
export const SCHOOL_YEARS_HEADERS = [
  'School Year',
  'Tickets',
  'Resolved',
  'Resolved by Students',
  'Archive',
] as const;

export const ALL_YEARS = 'All years';

/** The figures of the tickets created in `year` (all of them when no year is given). */
export function yearFigures(
  label: string,
  tickets: readonly TicketMetrics[],
  year?: SchoolYear
): YearFigures {
  const inYear = year
    ? tickets.filter(
        t => t.createdDate >= year.start && t.createdDate < year.end
      )
    : tickets;
  return {
    label,
    tickets: inYear.length,
    resolved: inYear.filter(t => t.resolvedMs !== undefined).length,
    resolvedByStudents: inYear.filter(t => t.resolvedBy === 'student').length,
  };
}

export function sumFigures(
  label: string,
  all: readonly YearFigures[]
): YearFigures {
  return {
    label,
    tickets: all.reduce((n, f) => n + f.tickets, 0),
    resolved: all.reduce((n, f) => n + f.resolved, 0),
    resolvedByStudents: all.reduce((n, f) => n + f.resolvedByStudents, 0),
  };
}

/** A School Years row read back: figures by header, '' and junk as 0. */
export function figuresFromRow(
  row: Readonly<Record<string, string>>
): YearFigures {
  const count = (header: string) => Number(row[header]) || 0;
  return {
    label: row['School Year'] ?? '',
    tickets: count('Tickets'),
    resolved: count('Resolved'),
    resolvedByStudents: count('Resolved by Students'),
  };
}

// Which ledger rows the archive moves: closed tickets of past school years, with their Activity.
import {STATUS} from '../tickets/workflow';
import {SchoolYear, schoolYearOf} from './school-year';

export interface LedgerLine {
  readonly id: string;
  readonly status: string;
  /** Local date it was created, yyyy-MM-dd; '' when unknown. */
  readonly createdDate: string;
}

export interface YearToArchive {
  readonly year: SchoolYear;
  /** 0-based data rows of the ledger, in order. */
  readonly rows: readonly number[];
}

export interface ArchivePlan {
  readonly years: readonly YearToArchive[];
  readonly ids: ReadonlySet<string>;
  /** Ledger rows (0-based data rows) to delete once copied, in order. */
  readonly ledgerRows: readonly number[];
}

/**
 * Closed tickets created before the current school year, grouped by their year, oldest first.
 * Open, resolved-but-unclosed and undated tickets stay in the live ledger whatever their age.
 */
export function planArchive(
  lines: readonly LedgerLine[],
  current: SchoolYear,
  monthDay: string
): ArchivePlan {
  const byYear = new Map<string, {year: SchoolYear; rows: number[]}>();
  const ids = new Set<string>();
  const moved: number[] = [];
  lines.forEach((line, i) => {
    if (line.status !== STATUS.closed || line.id === '') return;
    if (line.createdDate === '' || line.createdDate >= current.start) return;
    const year = schoolYearOf(line.createdDate, monthDay);
    const entry = byYear.get(year.label) ?? {year, rows: []};
    entry.rows.push(i);
    byYear.set(year.label, entry);
    ids.add(line.id);
    moved.push(i);
  });
  return {
    years: [...byYear.values()].sort((a, b) =>
      a.year.start.localeCompare(b.year.start)
    ),
    ids,
    ledgerRows: moved,
  };
}

/** The Activity rows (0-based, in order) whose ticket moves. */
export function activityToMove(
  ticketIds: readonly string[],
  moving: ReadonlySet<string>
): number[] {
  return ticketIds.flatMap((id, i) => (moving.has(id) ? [i] : []));
}

// The Coverage tab: the next two weeks of bell periods per campus, their gaps, and duty hours.
import {timeOfDay} from '../people/next-duty';
import {dayTypeLabel} from '../school-time/schedule';
import {hasSkill} from '../people/techs';
import {DutyReference, dutyPeriods} from './duty-periods';

/** How far ahead the coverage view looks: two school weeks. */
export const COVERAGE_DAYS = 14;

export const COVERAGE_HEADERS = [
  'Date',
  'Day',
  'Period',
  'Time',
  'Campus',
  'On Duty',
  'No Skilled Tech For',
] as const;

export interface CoverageView {
  /** The Coverage tab's cells: the periods, a blank row, then each tech's duty hours per month. */
  readonly cells: readonly (readonly (string | number)[])[];
  /** The 1-based rows holding the two tables' headers, shown bold. */
  readonly headerRows: readonly number[];
  /** Periods in which some category has nobody skilled on duty. */
  readonly gaps: number;
}

/** `yyyy-MM` of a date, and the month after it. */
function monthOf(date: string): string {
  return date.slice(0, 7);
}

function monthAfter(month: string): string {
  const [year, number] = month.split('-').map(Number);
  return number === 12
    ? `${year + 1}-01`
    : `${year}-${String(number + 1).padStart(2, '0')}`;
}

/** Minutes each tech is on duty in a month (Rota periods on school days, less leave), by email. */
export function dutyMinutesIn(
  reference: DutyReference,
  month: string
): Map<string, number> {
  const first = `${month}-01`;
  const minutes = new Map<string, number>();
  for (const duty of dutyPeriods(reference, first, 31))
    if (monthOf(duty.date) === month)
      for (const tech of duty.techs)
        minutes.set(
          tech.email,
          (minutes.get(tech.email) ?? 0) + duty.period.end - duty.period.start
        );
  return minutes;
}

function hours(minutes: number | undefined): number {
  return Math.round(((minutes ?? 0) / 60) * 10) / 10;
}

/** The coverage view from `today`: who covers each period, which categories nobody does. */
export function coverageView(
  reference: DutyReference,
  today: string
): CoverageView {
  let gaps = 0;
  const periodRows = dutyPeriods(reference, today, COVERAGE_DAYS).map(duty => {
    const uncovered = reference.config.categories.filter(
      category => !duty.techs.some(tech => hasSkill(tech, category))
    );
    if (uncovered.length > 0) gaps++;
    return [
      duty.date,
      dayTypeLabel(duty.dayType),
      duty.period.period,
      `${timeOfDay(duty.period.start)}–${timeOfDay(duty.period.end)}`,
      duty.campus,
      duty.techs.map(tech => tech.name).join(', ') || 'nobody',
      uncovered.join(', '),
    ];
  });
  const thisMonth = monthOf(today);
  const nextMonth = monthAfter(thisMonth);
  const current = dutyMinutesIn(reference, thisMonth);
  const next = dutyMinutesIn(reference, nextMonth);
  const techRows = reference.techs
    .filter(tech => tech.active)
    .map(tech => [
      tech.name,
      tech.tier,
      tech.campus,
      hours(current.get(tech.email)),
      hours(next.get(tech.email)),
    ]);
  const blank = COVERAGE_HEADERS.map(() => '');
  const pad = (row: readonly (string | number)[]) => [
    ...row,
    ...blank.slice(row.length),
  ];
  return {
    cells: [
      [...COVERAGE_HEADERS],
      ...periodRows,
      blank,
      pad([
        'Tech',
        'Tier',
        'Campus',
        `Duty Hours ${thisMonth}`,
        `Duty Hours ${nextMonth}`,
      ]),
      ...techRows.map(pad),
    ],
    headerRows: [1, periodRows.length + 3],
    gaps,
  };
}

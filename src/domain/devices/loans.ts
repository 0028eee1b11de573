// Loaners: the Loans tab (one row per loan, the loan's only record), what a tech types to lend or take one back, and whose address may borrow.
import {tabLooks} from '../configuration/column-look';
import {addDays} from '../school-time/local-time';
import {CellValue, isDate} from '../tickets/ticket-row';

export const LOANS_TAB = 'Loans';

/**
 * One row per loan, appended whole at check-out and completed in one write at check-in: a stopped
 * run leaves a loan recorded or not, never half.
 */
export const LOAN_HEADERS = [
  'Loaner',
  'Student',
  'Ticket',
  'Checked Out',
  'Due Back',
  'Condition Out',
  'Returned',
  'Condition In',
  'Lent By',
] as const;

export const LOAN_LOOKS = tabLooks(LOANS_TAB, {
  Loaner: 100,
  Student: 230,
  Ticket: 90,
  'Checked Out': 140,
  'Due Back': 100,
  'Condition Out': 200,
  Returned: 140,
  'Condition In': 200,
  'Lent By': 230,
});

export type LoanField = (typeof LOAN_HEADERS)[number];

/** How long a loaner is lent for, unless the tech says otherwise. */
export const LOAN_DAYS = 7;

/** A Loans row as the desk reads it. */
export interface Loan {
  /** The sheet row. */
  readonly rowNumber: number;
  readonly loaner: string;
  readonly student: string;
  readonly ticket: string;
  readonly checkedOut?: Date;
  readonly dueBack: string;
  readonly returned?: Date;
}

/** The Loans rows below the header. */
export function loansOf(
  headers: readonly string[],
  rows: readonly (readonly CellValue[])[],
  localDate: (date: Date) => string
): Loan[] {
  const column = new Map(headers.map((h, i) => [h, i]));
  return rows.flatMap((row, i) => {
    const cell = (field: LoanField) => row[column.get(field) ?? -1] ?? '';
    const text = (field: LoanField) => String(cell(field)).trim();
    const date = (field: LoanField) => {
      const value = cell(field);
      return isDate(value) ? value : undefined;
    };
    const due = cell('Due Back');
    if (text('Loaner') === '') return [];
    return [
      {
        rowNumber: i + 2,
        loaner: text('Loaner'),
        student: text('Student').toLowerCase(),
        ticket: text('Ticket'),
        checkedOut: date('Checked Out'),
        dueBack: isDate(due) ? localDate(due) : String(due).trim(),
        returned: date('Returned'),
      },
    ];
  });
}

/** A check-out as typed: "LN-04 sam.lee@students.example.org T-000123 scratched lid". */
export interface CheckOut {
  readonly loaner: string;
  readonly student: string;
  readonly ticket: string;
  readonly condition: string;
}

/** The words of a check-out: the tag first, the address, the ticket if given, the rest the condition. */
export function parseCheckOut(typed: string): CheckOut | undefined {
  const words = typed.trim().split(/\s+/).filter(Boolean);
  const [loaner, ...rest] = words;
  const student = rest.find(w => w.includes('@'));
  if (!loaner || !student) return undefined;
  const ticket = rest.find(w => /^T-\d+$/i.test(w)) ?? '';
  return {
    loaner,
    student: student.toLowerCase(),
    ticket: ticket.toUpperCase(),
    condition: rest.filter(w => w !== student && w !== ticket).join(' '),
  };
}

/**
 * Whether an address is inside the school's domains: the desk owner's, a subdomain of it, or one
 * its techs' addresses use (a school often signs students in on a second domain, and student
 * techs are on it), so a loaner goes to a school account, never a personal one.
 */
export function inSchoolDomain(
  address: string,
  schoolAddresses: readonly string[]
): boolean {
  const domains = new Set(
    schoolAddresses.map(a => a.split('@')[1]?.toLowerCase() ?? '')
  );
  domains.delete('');
  const [local, host = '', ...more] = address.toLowerCase().split('@');
  return (
    local !== '' &&
    more.length === 0 &&
    /^[a-z0-9.-]+$/.test(host) &&
    [...domains].some(d => host === d || host.endsWith(`.${d}`))
  );
}

/** The loan of a loaner not yet returned. */
export function openLoanOf(
  loans: readonly Loan[],
  loanerKey: (tag: string) => boolean
): Loan | undefined {
  return loans.find(loan => !loan.returned && loanerKey(loan.loaner));
}

/** The day a loan made today is due back. */
export function dueBackFrom(today: string): string {
  return addDays(today, LOAN_DAYS);
}

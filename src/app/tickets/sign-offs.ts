// Mentors' sign-offs an accepted Tickets edit records, handed to credentials to count.
import {isPractice} from '../../domain/credentials/practice';
import {assigneeEmail, Tech} from '../../domain/people/techs';
import {Reference} from '../../domain/settings/reference';
import {isSignedOff} from '../../domain/ticket-flow/ticket-edits';
import {CellValue, cellText} from '../../domain/tickets/ticket-row';
import {TicketLedger} from '../../workspace/ledger/ticket-ledger';
import {Recorded} from '../notifications/notify';
import {RowOutcome} from './row-review';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A mentor's sign-off an accepted edit recorded, to count towards the assignee's level. */
export interface SignOff {
  readonly ticketId: string;
  readonly techEmail: string;
  readonly category: string;
  readonly practice: boolean;
  readonly mentor: string;
}

/**
 * Counts sign-offs under the same lock as the edit that recorded them (the credentials
 * capability's handler); what it records is delivered after the lock.
 */
export type SignOffCounter = (
  ss: Spreadsheet,
  reference: Reference,
  signOffs: readonly SignOff[],
  clock: {now: Date; timeZone: string; today: string}
) => Recorded | undefined;

/** The mentor's sign-off an accepted edit recorded, if any. */
export function signOffsIn(
  outcome: RowOutcome,
  ledger: TicketLedger,
  cells: readonly CellValue[],
  techs: readonly Tech[]
): SignOff[] {
  const signed = outcome.activity.find(
    a => a.field === 'Mentor Sign-off' && isSignedOff(a.newValue)
  );
  if (!signed) return [];
  const ticket = ledger.ticketOf(cells);
  return [
    {
      ticketId: signed.ticketId,
      techEmail: assigneeEmail(techs, cellText(ticket.Assignee)),
      category: cellText(ticket.Category),
      practice: isPractice(ticket),
      mentor: signed.who,
    },
  ];
}

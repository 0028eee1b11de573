// Staff Approval is a column only adults can change: Sheets itself refuses a student's edit there.
import {Reference} from '../../domain/settings/reference';
import {
  approvers,
  STAFF_APPROVAL_FIELD,
} from '../../domain/safeguarding/staff-approval';
import {protectForEditors} from '../../workspace/sheets/sheet-setup';
import {columnsOf} from '../../workspace/sheets/table';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Limits the Staff Approval column to Level 2 staff and the coordinator (the desk edits it as its owner). */
export function protectStaffApproval(
  tickets: Sheet,
  headers: readonly string[],
  reference: Reference
): void {
  const column = columnsOf(headers).get(STAFF_APPROVAL_FIELD);
  if (column === undefined) return;
  protectForEditors(
    tickets,
    column,
    `Peer Desk: ${STAFF_APPROVAL_FIELD} (Level 2 staff and the coordinator only)`,
    approvers(reference.techs, reference.config.coordinatorEmail)
  );
}

// Staff Approval is a column only adults can change: Sheets itself refuses a student's edit there.
import {Reference} from '../../domain/settings/reference';
import {
  approvers,
  STAFF_APPROVAL_FIELD,
} from '../../domain/safeguarding/staff-approval';
import {
  addProtectionEditor,
  protectForEditors,
} from '../../workspace/sheets/sheet-setup';
import {columnsOf} from '../../workspace/sheets/table';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const DESCRIPTION = `Peer Desk: ${STAFF_APPROVAL_FIELD} (Level 2 staff and the coordinator only)`;

/**
 * Limits the Staff Approval column to Level 2 staff, the coordinator and the account running this
 * (the desk's owner: its triggers write whole rows, and Sheets refuses them a protected cell too).
 */
export function protectStaffApproval(
  tickets: Sheet,
  headers: readonly string[],
  reference: Reference
): void {
  const column = columnsOf(headers).get(STAFF_APPROVAL_FIELD);
  if (column === undefined) return;
  const owner = Session.getEffectiveUser().getEmail().trim().toLowerCase();
  protectForEditors(tickets, column, DESCRIPTION, [
    ...approvers(reference.techs, reference.config.coordinatorEmail),
    ...(owner === '' ? [] : [owner]),
  ]);
}

/** The next owner's triggers write the column too: admitted by the owner handing the desk over. */
export function admitToStaffApproval(tickets: Sheet, email: string): void {
  addProtectionEditor(tickets, DESCRIPTION, email);
}

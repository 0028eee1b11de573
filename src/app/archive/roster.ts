// The roster rollover: techs whose class graduates are marked inactive on the Techs tab.
import {graduating} from '../../domain/archive/roster-rollover';
import {TAB} from '../../domain/setup/workbook';
import {requireSheet} from '../../workspace/sheets/spreadsheet';
import {columnsOf} from '../../workspace/sheets/table';
import {forgetSnapshot} from '../setup/snapshot';
import {refreshAssigneeDropdown} from '../setup/setup';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Sets Active to "no" for each active tech whose Class Of is `graduationYear` or earlier, one
 * write per tech; their rows, Skills and Mentor stay as they are, for history and for the mentees
 * carried into the next year. Returns how many graduated.
 */
export function rollRosterOver(
  ss: Spreadsheet,
  graduationYear: number
): number {
  const sheet = requireSheet(ss, TAB.techs);
  const [headers = [], ...rows] = sheet.getDataRange().getDisplayValues();
  const column = columnsOf(headers.map(h => h.trim()));
  const classOf = column.get('Class Of');
  const active = column.get('Active');
  if (!classOf || !active) return 0;
  const leaving = graduating(
    rows.map(row => ({
      email: row[(column.get('Email') ?? 1) - 1],
      classOf: row[classOf - 1],
      active: row[active - 1],
    })),
    graduationYear
  );
  for (const i of leaving) sheet.getRange(i + 2, active).setValue('no');
  if (leaving.length > 0) {
    forgetSnapshot();
    refreshAssigneeDropdown(ss);
  }
  return leaving.length;
}

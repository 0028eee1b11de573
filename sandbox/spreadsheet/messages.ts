import {a1Of} from './a1-notation';

/** Google's own wording for the errors the spreadsheet service raises (PLATFORM.md: Spreadsheets). */
export const MESSAGES = {
  cellTooLong:
    'Your input contains more than the maximum of 50000 characters in a single cell.',
  tooManyCells:
    'This action would increase the number of cells in the workbook above the limit of 10000000 cells.',
  outsideSheet:
    'The coordinates of the range are outside the dimensions of the sheet.',
  startRowTooSmall: 'The starting row of the range is too small.',
  startColumnTooSmall: 'The starting column of the range is too small.',
  rowsAtLeastOne: 'The number of rows in the range must be at least 1.',
  columnsAtLeastOne: 'The number of columns in the range must be at least 1.',
  rangeNotFound: 'Range not found',
  protectedCell:
    'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
  rowsMismatch: (data: number, range: number) =>
    `The number of rows in the data does not match the number of rows in the range. The data has ${data} but the range has ${range}.`,
  columnsMismatch: (data: number, range: number) =>
    `The number of columns in the data does not match the number of columns in the range. The data has ${data} but the range has ${range}.`,
  sheetNameTaken: (name: string) =>
    `A sheet with the name "${name}" already exists. Please enter another name.`,
  validationViolated: (row: number, column: number) =>
    `The data you entered in cell ${a1Of(row, column)} violates the data validation rules set on this cell.`,
  deleteOnlySheet: "You can't remove all the sheets in a document.",
  filterExists:
    "You can't create a filter in a sheet that already has a filter.",
  hideOnlySheet: "You can't hide all the sheets in a document.",
  openByIdFailed:
    'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
  openByUrlFailed:
    'Unexpected error while getting the method or property openByUrl on object SpreadsheetApp.',
  noActiveSheet: 'Please select an active sheet first.',
  uiUnavailable: 'Cannot call SpreadsheetApp.getUi() from this context.',
  outOfBounds: (what: 'rows' | 'columns') => `Those ${what} are out of bounds.`,
  deleteAllRows: "You can't delete all the rows on the sheet.",
  deleteAllColumns: "You can't delete all the columns on the sheet.",
  serviceFailed: (id: string) =>
    `Service Spreadsheets failed while accessing document with id ${id}.`,
};

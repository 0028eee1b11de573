import {
  ensureTab,
  protectWarningOnly,
  setListValidation,
} from '../../../src/workspace/sheets/sheet-setup';
import {readHeaders} from '../../../src/workspace/sheets/table';
import {useFakeWorkspace} from '../../support/apps-script-globals';

const workspace = useFakeWorkspace();

const HEADERS = Array.from({length: 28}, (_, i) => `Column ${i + 1}`);

describe('ensureTab', () => {
  it('creates a tab with a frozen, bold header row, wider than a new sheet', () => {
    const repair = ensureTab(workspace().ss, 'Tickets', HEADERS);
    expect(repair.created).toBe(true);
    expect(readHeaders(repair.sheet)).toEqual(HEADERS);
    expect(repair.sheet.getFrozenRows()).toBe(1);
    expect(
      workspace().spreadsheet.getSheetByName('Tickets')?.hostCell('AB1').styles
        .fontWeight
    ).toBe('bold');
  });

  it('repairs by appending missing headers at the end, keeping data and order', () => {
    const sheet = workspace().ss.insertSheet('Techs');
    sheet.getRange('A1:C2').setValues([
      ['Active', 'Email', 'My notes'],
      ['yes', 'ava@example.org', 'keeps this'],
    ]);
    const repair = ensureTab(workspace().ss, 'Techs', [
      'Email',
      'Display Name',
      'Active',
    ]);
    expect(repair.addedColumns).toEqual(['Display Name']);
    expect(sheet.getDataRange().getValues()).toEqual([
      ['Active', 'Email', 'My notes', 'Display Name'],
      ['yes', 'ava@example.org', 'keeps this', ''],
    ]);
    const again = ensureTab(workspace().ss, 'Techs', [
      'Email',
      'Display Name',
      'Active',
    ]);
    expect(again.addedColumns).toEqual([]);
    expect(
      workspace()
        .ss.getSheets()
        .filter(s => s.getName() === 'Techs')
    ).toHaveLength(1);
  });
});

describe('dropdowns and protections', () => {
  it('puts a warning-only list dropdown under the header', () => {
    const {sheet} = ensureTab(workspace().ss, 'Tickets', ['Status']);
    setListValidation(sheet, 1, ['New', 'Closed'], 'Pick the ticket status.');
    const rule = workspace()
      .spreadsheet.getSheetByName('Tickets')
      ?.hostCell('A2').validation;
    expect(rule?.getCriteriaValues()[0]).toEqual(['New', 'Closed']);
    expect(rule?.getAllowInvalid()).toBe(true);
    expect(
      workspace().spreadsheet.getSheetByName('Tickets')?.hostCell('A1')
        .validation
    ).toBeUndefined();
  });

  // platform.md: Spreadsheets — protect(), setWarningOnly(true).
  it('protects columns warning-only, once', () => {
    const {sheet} = ensureTab(workspace().ss, 'Tickets', [
      'Ticket ID',
      'Status',
    ]);
    const targets = [
      {column: 1, description: 'Peer Desk system column: Ticket ID'},
    ];
    expect(protectWarningOnly(sheet, targets)).toBe(1);
    expect(protectWarningOnly(sheet, targets)).toBe(0);
    const protections = sheet.getProtections(
      SpreadsheetApp.ProtectionType.RANGE
    );
    expect(
      protections.map(p => [
        p.getDescription(),
        p.isWarningOnly(),
        p.getRange().getColumn(),
      ])
    ).toEqual([['Peer Desk system column: Ticket ID', true, 1]]);
  });
});

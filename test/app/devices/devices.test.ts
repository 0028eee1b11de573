import {Workspace} from '../../../sandbox/workspace/workspace';
import {completed, exampleDesk} from '../../support/peer-desk';

const COORDINATOR = 'coordinator@example.org';

/** The coordinator pastes CSV lines into column A of the Device Import tab, as Sheets lays them. */
function pasteCsv(ws: Workspace, lines: readonly string[]): void {
  ws.edit(
    'Device Import',
    'A1',
    lines.map(line => [line])
  );
}

function importDevices(ws: Workspace): string {
  ws.open({as: COORDINATOR});
  completed(ws.clickMenu('Peer Desk', 'Import devices', {as: COORDINATOR}));
  return String(ws.services.spreadsheets.ui.alerts.at(-1)?.prompt);
}

const LIST = [
  'Asset Tag,Serial,Model,Kind,Assigned To,Campus,Status,Warranty End',
  'CB-1001,5CD1234XYZ,Lenovo 300e Gen 3,Chromebook,maya.student@students.example.org,North Campus,Active,2027-06-30',
  'PJ-17,SN-PJ17,"Epson PowerLite 1781W, ceiling",Projector,Room 214,North Campus,in service,',
];

describe('the Devices tab', () => {
  it('is laid out like the other typed-in tabs: bold frozen header, widths, Status and Kind dropdowns', () => {
    const ws = exampleDesk();
    const sheet = ws.sheet('Devices');
    const headers = ws.values('Devices')[0];
    expect(headers.slice(0, 8)).toEqual([
      'Asset Tag',
      'Serial',
      'Model',
      'Kind',
      'Assigned To',
      'Campus',
      'Status',
      'Warranty End',
    ]);
    expect(sheet.getFrozenRows()).toBe(1);
    expect(sheet.getRange(1, 1).getFontWeight()).toBe('bold');
    expect(sheet.getColumnWidth(headers.indexOf('Assigned To') + 1)).toBe(220);
    const status = sheet
      .getRange(2, headers.indexOf('Status') + 1)
      .getDataValidation();
    expect(status?.getCriteriaValues()[0]).toEqual([
      'in service',
      'in repair',
      'loaner',
      'retired',
    ]);
  });

  it('imports a pasted CSV, and a second import updates by asset tag without duplicating', () => {
    const ws = exampleDesk();
    // The first click explains where the list goes and makes the tab for it.
    expect(importDevices(ws)).toContain('Paste the device list');
    pasteCsv(ws, LIST);
    expect(importDevices(ws)).toContain(
      'Devices imported: 2 devices added, 0 devices updated.'
    );
    const [chromebook, projector] = ws.table('Devices');
    expect(chromebook).toMatchObject({
      'Asset Tag': 'CB-1001',
      Serial: '5CD1234XYZ',
      Model: 'Lenovo 300e Gen 3',
      Status: 'in service',
      Campus: 'North Campus',
    });
    expect(chromebook['Warranty End']).toEqual(
      new Date('2027-06-30T00:00:00-05:00')
    );
    expect(projector.Model).toBe('Epson PowerLite 1781W, ceiling');

    // The same list again, with the Chromebook sent for repair and a board added.
    pasteCsv(ws, [
      LIST[0],
      'cb-1001,5CD1234XYZ,Lenovo 300e Gen 3,Chromebook,,North Campus,in repair,',
      LIST[2],
      'BD-3,,Promethean ActivPanel,Board,Room 101,South Campus,,',
    ]);
    expect(importDevices(ws)).toContain(
      'Devices imported: 1 device added, 1 device updated.'
    );
    const rows = ws.table('Devices').filter(row => row['Asset Tag'] !== '');
    expect(rows.map(row => row['Asset Tag'])).toEqual([
      'CB-1001',
      'PJ-17',
      'BD-3',
    ]);
    // A blank cell in the list keeps what the tab held.
    expect(rows[0]).toMatchObject({
      Status: 'in repair',
      'Assigned To': 'maya.student@students.example.org',
    });
    expect(rows[2].Status).toBe('in service');
    expect(importDevices(ws)).toContain(
      'Devices imported: 0 devices added, 0 devices updated.'
    );
  });

  it('keeps a hostile or huge cell as text, and says which rows it skipped', () => {
    const ws = exampleDesk();
    importDevices(ws);
    const formula = '=HYPERLINK("http://evil.example","Click me")';
    // A pasted line holds at most 50,000 characters (Sheets' cell limit).
    const long = 'x'.repeat(49_900);
    pasteCsv(ws, [
      'Tag,Serial Number,Model',
      `CB-9,"${formula.replace(/"/g, '""')}",${long}`,
      ',SN-NOTAG,Dell 3100',
    ]);
    expect(importDevices(ws)).toContain('Row 3 has no asset tag.');
    const [row] = ws.table('Devices');
    expect(row.Serial).toBe(formula);
    const serial = ws.values('Devices')[0].indexOf('Serial') + 1;
    expect(ws.sheet('Devices').getRange(2, serial).getFormula()).toBe('');
    expect(row.Model).toBe(long);
  });
});

import {workspace} from './fixture';

describe('a 100,000-row ledger', () => {
  it('writes and reads 100,000 rows × 30 columns in one call each', () => {
    // platform.md: Spreadsheets (one read, one write)
    const {sheet} = workspace();
    const rows = 100_000;
    const columns = 30;
    sheet.insertRowsAfter(sheet.getMaxRows(), rows - sheet.getMaxRows() + 1);
    sheet.insertColumnsAfter(
      sheet.getMaxColumns(),
      columns - sheet.getMaxColumns()
    );
    const opened = new Date(Date.UTC(2026, 0, 1));
    const data = Array.from({length: rows}, (_, r) =>
      Array.from({length: columns}, (_, c) =>
        c === 0 ? `T-${r + 1}` : c === 1 ? opened : c === 2 ? r : `v${c}`
      )
    );
    sheet.getRange(2, 1, rows, columns).setValues(data);
    expect(sheet.getLastRow()).toBe(rows + 1);
    expect(sheet.getLastColumn()).toBe(columns);
    const read = sheet.getRange(2, 1, rows, columns).getValues();
    expect(read).toHaveLength(rows);
    expect(read[0].slice(0, 4)).toEqual(['T-1', opened, 0, 'v3']);
    expect(read[rows - 1][0]).toBe('T-100000');
    expect(read[rows - 1][2]).toBe(rows - 1);
    expect(read[54_321][29]).toBe('v29');
    sheet.getRange(2 + 54_321, 3).setValue('edited');
    expect(sheet.getRange(2, 3, rows, 1).getValues()[54_321][0]).toBe('edited');
  });
});

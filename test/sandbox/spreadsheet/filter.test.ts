import {workspace} from './fixture';

function ticketsSheet() {
  const {app, sheet} = workspace();
  sheet.getRange('A1:C5').setValues([
    ['Ticket ID', 'Status', 'Assignee'],
    ['T-1', 'Assigned', 'Maya Patel'],
    ['T-2', 'Assigned', 'Liam O’Brien'],
    ['T-3', 'New', ''],
    ['T-4', 'In Progress', 'Maya Patel'],
  ]);
  return {app, sheet};
}

function hiddenRows(sheet: ReturnType<typeof ticketsSheet>['sheet']) {
  return [2, 3, 4, 5].filter(row => sheet.isRowHiddenByFilter(row));
}

describe('basic filters', () => {
  // https://developers.google.com/apps-script/reference/spreadsheet/filter
  it('hides the rows whose cell fails a column’s criteria, never the header, until removed', () => {
    const {app, sheet} = ticketsSheet();
    expect(sheet.getFilter()).toBeNull();
    const filter = sheet.getRange('A1:C5').createFilter();
    expect(sheet.getFilter()).toBe(filter);
    expect(sheet.getRange('Z9').getFilter()).toBe(filter);
    expect(filter.getRange().getA1Notation()).toBe('A1:C5');
    expect(hiddenRows(sheet)).toEqual([]);

    filter.setColumnFilterCriteria(
      3,
      app.newFilterCriteria().whenTextEqualTo('Maya Patel').build()
    );
    expect(hiddenRows(sheet)).toEqual([3, 4]);
    expect(sheet.isRowHiddenByFilter(1)).toBe(false);
    // Rows hidden by a filter are not rows hidden by the user.
    expect(sheet.isRowHiddenByUser(3)).toBe(false);
    const criteria = filter.getColumnFilterCriteria(3);
    expect([
      criteria?.getCriteriaType(),
      criteria?.getCriteriaValues(),
    ]).toEqual([app.BooleanCriteria.TEXT_EQUAL_TO, ['Maya Patel']]);
    expect(filter.getColumnFilterCriteria(2)).toBeNull();

    filter.remove();
    expect(sheet.getFilter()).toBeNull();
    expect(hiddenRows(sheet)).toEqual([]);
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/filter-criteria-builder
  it('hides listed values, empty or non-empty cells, and combines columns', () => {
    const {app, sheet} = ticketsSheet();
    const filter = sheet.getRange('A1:C5').createFilter();
    filter.setColumnFilterCriteria(
      2,
      app.newFilterCriteria().setHiddenValues(['New']).build()
    );
    expect(hiddenRows(sheet)).toEqual([4]);
    filter.setColumnFilterCriteria(
      3,
      app.newFilterCriteria().whenCellEmpty().build()
    );
    expect(hiddenRows(sheet)).toEqual([2, 3, 4, 5]);
    filter.removeColumnFilterCriteria(2);
    filter.setColumnFilterCriteria(
      3,
      app.newFilterCriteria().whenCellNotEmpty().build()
    );
    expect(hiddenRows(sheet)).toEqual([4]);
    expect(
      app.newFilterCriteria().setHiddenValues(['New']).build().getHiddenValues()
    ).toEqual(['New']);
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/range#createfilter
  it('refuses a second filter on a sheet, in Google’s words', () => {
    const {sheet} = ticketsSheet();
    sheet.getRange('A1:C5').createFilter();
    expect(() => sheet.getRange('A1:B2').createFilter()).toThrow(
      "You can't create a filter in a sheet that already has a filter."
    );
  });
});

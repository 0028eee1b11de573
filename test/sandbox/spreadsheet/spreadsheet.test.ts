import {runAs, workspace} from './fixture';
import {FormLink} from '../../../sandbox/spreadsheet/form-link';

describe('SpreadsheetApp', () => {
  it('returns the bound spreadsheet, opens others by id and refuses unknown ids', () => {
    // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#openbyidid
    const {app, store, spreadsheet} = workspace();
    const other = store.create('Archive');
    expect(app.getActive()).toBe(spreadsheet);
    expect(app.getActiveSpreadsheet()).toBe(spreadsheet);
    expect(app.openById(other.getId())).toBe(other);
    expect(store.all()).toEqual([spreadsheet, other]);
    expect(() => app.openById('nope')).toThrow(
      'Unexpected error while getting the method or property openById on object SpreadsheetApp.'
    );
    expect(() => app.flush()).not.toThrow();
  });

  it('creates a spreadsheet with one empty 1000 × 26 Sheet1 that openById finds again', () => {
    // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#createname
    const {app, store} = workspace();
    const created = app.create('Peer Desk archive 2026-27');
    expect(created.getName()).toBe('Peer Desk archive 2026-27');
    expect(
      created
        .getSheets()
        .map(s => [s.getName(), s.getMaxRows(), s.getMaxColumns()])
    ).toEqual([['Sheet1', 1000, 26]]);
    expect(app.openById(created.getId())).toBe(created);
    expect(store.all()).toContain(created);
  });

  it('exposes enums whose members are their names', () => {
    // https://developers.google.com/apps-script/reference/spreadsheet/protection-type
    const {app} = workspace();
    expect(String(app.ProtectionType.RANGE)).toBe('RANGE');
    expect(String(app.DataValidationCriteria.VALUE_IN_LIST)).toBe(
      'VALUE_IN_LIST'
    );
  });
});

describe('Spreadsheet', () => {
  it('has an id, an edit URL, a name and the workspace time zone', () => {
    // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#geturl
    const {spreadsheet} = workspace();
    expect(spreadsheet.getUrl()).toBe(
      `https://docs.google.com/spreadsheets/d/${spreadsheet.getId()}/edit`
    );
    spreadsheet.rename('Help Desk');
    expect(spreadsheet.getName()).toBe('Help Desk');
    expect(spreadsheet.getSpreadsheetTimeZone()).toBe('America/New_York');
  });

  it('inserts sheets by name and index and refuses a taken name', () => {
    // platform.md: Spreadsheets
    const {spreadsheet} = workspace();
    const tickets = spreadsheet.insertSheet('Tickets');
    const config = spreadsheet.insertSheet('Config', 0);
    expect(spreadsheet.getSheets().map(s => s.getName())).toEqual([
      'Config',
      'Sheet1',
      'Tickets',
    ]);
    expect(tickets.getIndex()).toBe(3);
    expect(config.getIndex()).toBe(1);
    expect(() => spreadsheet.insertSheet('Tickets')).toThrow(
      'A sheet with the name "Tickets" already exists. Please enter another name.'
    );
    expect(() => config.setName('Tickets')).toThrow(
      'A sheet with the name "Tickets" already exists. Please enter another name.'
    );
    expect(spreadsheet.getSheetByName('Missing')).toBeNull();
    expect(spreadsheet.getSheetById(tickets.getSheetId())).toBe(tickets);
  });

  it('deletes sheets but never the last one', () => {
    // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#deletesheetsheet
    const {spreadsheet, sheet} = workspace();
    const extra = spreadsheet.insertSheet('Extra');
    spreadsheet.deleteSheet(extra);
    expect(spreadsheet.getSheets()).toEqual([sheet]);
    expect(() => spreadsheet.deleteSheet(sheet)).toThrow(
      "You can't remove all the sheets in a document."
    );
  });

  it("reads ranges by 'Sheet!A1' notation and by name", () => {
    // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getrangea1notation
    const {spreadsheet} = workspace();
    const rota = spreadsheet.insertSheet('Duty Rota');
    rota.getRange('B2').setValue('Ada');
    expect(spreadsheet.getRange("'Duty Rota'!B2").getValue()).toBe('Ada');
    spreadsheet.setNamedRange('Techs', rota.getRange('B2:B3'));
    expect(spreadsheet.getRangeByName('Techs')?.getA1Notation()).toBe('B2:B3');
    expect(spreadsheet.getNamedRanges().map(n => n.getName())).toEqual([
      'Techs',
    ]);
    rota.insertRowBefore(1);
    expect(spreadsheet.getRangeByName('Techs')?.getA1Notation()).toBe('B3:B4');
    expect(spreadsheet.getRangeByName('Nothing')).toBeNull();
  });

  it('tracks the active sheet and records toasts', () => {
    // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#toastmsg,-title,-timeoutseconds
    const {spreadsheet, sheet} = workspace();
    const other = spreadsheet.insertSheet('Other');
    expect(spreadsheet.getActiveSheet()).toBe(other);
    sheet.activate();
    expect(spreadsheet.getActiveSheet()).toBe(sheet);
    spreadsheet.toast('Setup finished', 'Peer Desk');
    expect(spreadsheet.toasts).toEqual([
      {message: 'Setup finished', title: 'Peer Desk', timeoutSeconds: 5},
    ]);
  });

  it('reports the form URL of the sheet the Forms fake links', () => {
    // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getformurl
    const {spreadsheet} = workspace();
    expect(spreadsheet.getFormUrl()).toBeNull();
    const sheet = spreadsheet.insertSheet('Answers');
    sheet.hostFormLink = new FormLink(
      'f1',
      'https://docs.google.com/forms/d/f1/edit'
    );
    expect(spreadsheet.getFormUrl()).toBe(
      'https://docs.google.com/forms/d/f1/edit'
    );
    expect(sheet.getFormUrl()).toBe('https://docs.google.com/forms/d/f1/edit');
    expect(spreadsheet.getSheetByName('Sheet1')!.getFormUrl()).toBeNull();
  });
});

describe('Sheet housekeeping', () => {
  it('records frozen rows, hidden columns and sheets, widths and tab colour', () => {
    // https://developers.google.com/apps-script/reference/spreadsheet/sheet
    const {spreadsheet, sheet} = workspace();
    sheet.setFrozenRows(1);
    sheet.setFrozenColumns(2);
    sheet.hideColumns(3, 2);
    sheet.setColumnWidth(1, 240);
    sheet.setTabColor('#ff0000');
    expect([sheet.getFrozenRows(), sheet.getFrozenColumns()]).toEqual([1, 2]);
    expect([...sheet.hiddenColumns]).toEqual([3, 4]);
    expect(sheet.getColumnWidth(1)).toBe(240);
    expect(sheet.getTabColor()).toBe('#ff0000');
    expect(() => sheet.hideSheet()).toThrow(
      "You can't hide all the sheets in a document."
    );
    spreadsheet.insertSheet('Visible');
    sheet.hideSheet();
    expect(sheet.isSheetHidden()).toBe(true);
    sheet.showSheet();
    expect(sheet.isSheetHidden()).toBe(false);
  });

  it('records bold headers and other formatting cheaply', () => {
    // https://developers.google.com/apps-script/reference/spreadsheet/range#setfontweightfontweight
    const {sheet} = workspace();
    sheet
      .getRange('A1:B1')
      .setFontWeight('bold')
      .setBackground('#eeeeee')
      .setWrap(true);
    expect(sheet.hostCell('B1').styles).toEqual({
      fontWeight: 'bold',
      background: '#eeeeee',
      wrap: 'true',
    });
    expect(sheet.getRange('A1').getBackground()).toBe('#eeeeee');
  });

  it('stores notes per cell', () => {
    // https://developers.google.com/apps-script/reference/spreadsheet/range#setnotesnotes
    const {sheet} = workspace();
    sheet.getRange('A1:B1').setNotes([['one', null]]);
    expect(sheet.getRange('A1:B1').getNotes()).toEqual([['one', '']]);
    sheet.getRange('A1').clearNote();
    expect(sheet.getRange('A1').getNote()).toBe('');
  });
});

describe('TextFinder', () => {
  it('finds cells by display text, honouring case, whole-cell and regex options', () => {
    // https://developers.google.com/apps-script/reference/spreadsheet/text-finder
    const {spreadsheet, sheet} = workspace();
    sheet.getRange('A1:A4').setValues([['T-1'], ['t-10'], ['X'], ['T-2']]);
    const all = sheet.createTextFinder('t-1').findAll();
    expect(all.map(r => r.getA1Notation())).toEqual(['A1', 'A2']);
    expect(
      sheet
        .createTextFinder('t-1')
        .matchCase(true)
        .findAll()
        .map(r => r.getA1Notation())
    ).toEqual(['A2']);
    expect(
      sheet
        .createTextFinder('T-1')
        .matchEntireCell(true)
        .findAll()
        .map(r => r.getA1Notation())
    ).toEqual(['A1']);
    expect(
      spreadsheet
        .createTextFinder('^T-\\d$')
        .useRegularExpression(true)
        .matchCase(true)
        .findAll()
        .map(r => r.getA1Notation())
    ).toEqual(['A1', 'A4']);
    const finder = sheet.getRange('A1:A4').createTextFinder('T-');
    expect(finder.findNext()?.getA1Notation()).toBe('A1');
    expect(finder.findNext()?.getA1Notation()).toBe('A2');
    expect(sheet.createTextFinder('nothing').findNext()).toBeNull();
    // TextFinder.findPrevious: searches backwards and wraps around, as findNext does forwards
    // (https://developers.google.com/apps-script/reference/spreadsheet/text-finder#findprevious).
    const backwards = sheet.getRange('A1:A4').createTextFinder('T-');
    const previous = () => backwards.findPrevious()?.getA1Notation();
    const matches = finder.findAll().length;
    expect(Array.from({length: matches + 1}, previous)).toEqual([
      ...finder
        .findAll()
        .map(r => r.getA1Notation())
        .reverse(),
      finder.findAll().at(-1)?.getA1Notation(),
    ]);
    expect(sheet.createTextFinder('nothing').findPrevious()).toBeNull();
  });
});

describe('Charts', () => {
  it('records the built chart: type, ranges, position and options', () => {
    // https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder
    const {sheet} = workspace();
    const chart = sheet
      .newChart()
      .asLineChart()
      .addRange(sheet.getRange('A1:B10'))
      .setPosition(2, 5, 0, 0)
      .setOption('title', 'Tickets per week')
      .build();
    sheet.insertChart(chart);
    expect(sheet.getCharts()).toEqual([chart]);
    expect(chart.spec).toMatchObject({
      chartType: 'LINE',
      position: {anchorRow: 2, anchorColumn: 5, offsetX: 0, offsetY: 0},
      options: {title: 'Tickets per week'},
    });
    expect(chart.getRanges().map(r => r.getA1Notation())).toEqual(['A1:B10']);
    const updated = chart.modify().setOption('title', 'Weekly').build();
    sheet.updateChart(updated);
    expect(sheet.getCharts()[0].spec.options).toEqual({title: 'Weekly'});
    sheet.removeChart(updated);
    expect(sheet.getCharts()).toEqual([]);
  });
});

describe('Ui', () => {
  it('records menus, alerts, prompts and dialogs', () => {
    // https://developers.google.com/apps-script/reference/base/ui
    const {app, store} = workspace();
    const ui = app.getUi();
    ui.createMenu('Peer Desk')
      .addItem('Set up', 'setup')
      .addSeparator()
      .addSubMenu(
        ui.createMenu('Reports').addItem('Rebuild metrics', 'rebuildMetrics')
      )
      .addToUi();
    expect(store.ui.menus).toHaveLength(1);
    expect(store.ui.menus[0].items.map(i => i.caption)).toEqual([
      'Set up',
      '',
      'Reports',
    ]);
    expect(ui.alert('Done')).toBe(ui.Button.OK);
    store.ui.queueAlertAnswer(ui.Button.NO);
    expect(ui.alert('Reset', 'Really reset?', ui.ButtonSet.YES_NO)).toBe('NO');
    expect(ui.alert('Continue?', ui.ButtonSet.YES_NO)).toBe('YES');
    expect(store.ui.alerts[1]).toEqual({
      title: 'Reset',
      prompt: 'Really reset?',
      buttons: 'YES_NO',
      answer: 'NO',
    });
    store.ui.queuePromptAnswer(
      'https://chat.googleapis.com/v1/spaces/S/messages?key=K&token=T'
    );
    const reply = ui.prompt('Chat webhook URL', ui.ButtonSet.OK_CANCEL);
    expect(reply.getSelectedButton()).toBe(ui.Button.OK);
    expect(reply.getResponseText()).toContain('chat.googleapis.com');
    expect(() => ui.prompt('Again?')).toThrow('no answer was queued');
    const html = {html: '<p>hi</p>'};
    ui.showModalDialog(html, 'About');
    ui.showSidebar(html);
    expect(store.ui.dialogs.map(d => [d.kind, d.title])).toEqual([
      ['modal', 'About'],
      ['sidebar', ''],
    ]);
  });

  it('is unavailable where no one is looking', () => {
    // https://developers.google.com/apps-script/guides/triggers#restrictions
    const {app, store} = workspace();
    store.uiAvailable = false;
    expect(() => app.getUi()).toThrow(
      'Cannot call SpreadsheetApp.getUi() from this context.'
    );
  });
});

describe('script identity', () => {
  it('writes as the user the execution runs as', () => {
    // https://developers.google.com/apps-script/reference/spreadsheet/protection#canedit
    const {env, sheet} = workspace();
    const protection = sheet.getRange('A1').protect();
    expect(
      runAs(env, 'student@school.example', () => protection.canEdit())
    ).toBe(false);
    expect(protection.canEdit()).toBe(true);
  });
});

import {Workspace} from '../../../sandbox/workspace/workspace';
import {buildEntry} from '../../support/bundle';

const bundle = buildEntry('test/fixtures/entries/echo-desk.ts');
const TEACHER = 'teacher@school.example';

function installed(): Workspace {
  const ws = new Workspace({
    start: new Date('2026-11-23T14:02:00Z'),
  }).loadBundle(bundle);
  ws.open();
  expect(ws.clickMenu('Echo', 'Install').outcome).toBe('completed');
  return ws;
}

function logRows(ws: Workspace): unknown[][] {
  return ws.values('Log');
}

describe('the workspace facade', () => {
  it('adds the menus onOpen creates and runs their items', () => {
    const ws = new Workspace().loadBundle(bundle);
    ws.open();
    expect(ws.services.spreadsheets.ui.menus.map(m => m.caption)).toEqual([
      'Echo',
    ]);
    expect(() => ws.clickMenu('Echo', 'Nope')).toThrow(
      'The "Echo" menu has no item "Nope".'
    );
  });

  // platform.md, Trigger events: spreadsheet-bound form submit {authMode, namedValues, range, triggerUid, values}.
  it('appends the response row and fires the form-submit trigger with a faithful event', () => {
    const ws = installed();
    const [record] = ws.submitForm({Room: '204'}, {as: TEACHER});
    expect(record.outcome).toBe('completed');
    expect(record.cause).toBe('ON_FORM_SUBMIT');
    const response = ws.values('Form Responses 1');
    expect(response[0]).toEqual(['Timestamp', 'Email Address', 'Room']);
    // Sheets parses the answer as if typed, so a numeric room becomes a number in the sheet.
    expect(response[1].slice(1)).toEqual([TEACHER, 204]);
    // values are display strings: the timestamp in the spreadsheet's locale and time zone.
    expect(logRows(ws)).toEqual([
      // Triggers run as the account that installed them.
      [
        'submit',
        expect.stringMatching(
          /^11\/23\/2026 8:02:\d\d\|teacher@school\.example\|204$/
        ),
        204,
        2,
        'date',
        'coordinator@school.example',
      ],
    ]);
  });

  // https://developers.google.com/apps-script/reference/forms/form#deleteresponseresponseid
  it('lets a person delete a response in Forms while its row stays in the sheet', () => {
    const ws = installed();
    ws.submitForm({Room: '204'}, {as: TEACHER});
    const [response] = ws.intakeForm().getResponses();
    ws.deleteResponse(response.getId());
    expect(ws.intakeForm().getResponses()).toEqual([]);
    expect(ws.table('Form Responses 1').map(r => r.Room)).toEqual([204]);
  });

  // platform.md, Trigger events: duplicate events for one response, and blank events after a real one.
  it('fires duplicate and blank submit events on request', () => {
    const ws = installed();
    ws.faults.duplicateNextSubmit();
    ws.faults.blankEventAfterNextSubmit(3000);
    expect(ws.submitForm({Room: '101'}, {as: TEACHER})).toHaveLength(3);
    expect(logRows(ws).map(r => [r[0], r[2], r[3]])).toEqual([
      ['submit', 101, 2],
      ['submit', 101, 2],
      ['submit', '', 2],
    ]);
  });

  // platform.md, Trigger events: value/oldValue only for single-cell edits; oldValue undefined when empty.
  it('fires edit triggers for people, with value and oldValue only for one cell', () => {
    const ws = installed();
    ws.edit('Log', 'A1', 'first', {as: TEACHER});
    ws.edit('Log', 'A1', 'second', {as: TEACHER});
    ws.edit('Log', 'C1', [['x', 'y']], {as: TEACHER});
    const edits = logRows(ws).filter(r => r[0] === 'edit');
    expect(edits).toEqual([
      ['edit', 'A1', 'first', 'undefined', TEACHER],
      ['edit', 'A1', 'second', 'first', TEACHER],
      ['edit', 'C1:D1', 'undefined', 'undefined', TEACHER],
    ]);
  });

  // platform.md, Runtime: script writes never fire onEdit.
  it('does not fire edit triggers for the script’s own writes', () => {
    const ws = installed();
    ws.submitForm({Room: '1'}, {as: TEACHER});
    expect(logRows(ws).some(r => r[0] === 'edit')).toBe(false);
  });

  it('fires time-driven triggers as the virtual clock passes them', () => {
    const ws = installed();
    const records = ws.advance(16 * 60_000);
    expect(records.map(r => r.cause)).toEqual(['CLOCK', 'CLOCK', 'CLOCK']);
    expect(logRows(ws).map(r => r[0])).toEqual(['tick', 'tick', 'tick']);
  });

  it('counts each execution’s service calls', () => {
    const ws = installed();
    const before = ws.executions.history.length;
    const [record] = ws.submitForm({Room: '9'}, {as: TEACHER});
    expect(record.calls['SpreadsheetApp.Sheet.appendRow']).toBe(1);
    expect(ws.calls(before)['SpreadsheetApp.Range.getValues']).toBe(1);
    expect(record.modelledMs).toBeGreaterThan(0);
  });

  it('reports a failing execution without stopping the emulator', () => {
    const ws = new Workspace().loadBundle(bundle);
    const record = ws.run('recordSubmit', {args: [{}]});
    expect(record.outcome).toBe('failed');
    expect(record.error).toMatch(/^TypeError: /);
  });
});

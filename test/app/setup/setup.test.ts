import {ProtectionType} from '../../../sandbox/spreadsheet/enums';
import {Workspace} from '../../../sandbox/workspace/workspace';
import {
  chicago,
  completed,
  exampleDesk,
  PROJECTOR_DOWN,
  TEACHER,
} from '../../support/peer-desk';

const TABS = [
  'Tickets',
  'Techs',
  'Schedule',
  'Rota',
  'Config',
  'Activity',
  'Knowledge Base',
];

function freshDesk(): Workspace {
  const ws = new Workspace({start: chicago('2026-11-23 07:30')}).loadBundle();
  completed(ws.run('setupDesk'));
  return ws;
}

/** Everything setup shapes, as a comparable snapshot. */
function shape(ws: Workspace) {
  return {
    tabs: ws.spreadsheet.getSheets().map(s => s.getName()),
    values: Object.fromEntries(TABS.map(tab => [tab, ws.values(tab)])),
    frozen: TABS.map(tab => ws.sheet(tab).getFrozenRows()),
    protections: TABS.flatMap(tab =>
      [ProtectionType.RANGE, ProtectionType.SHEET].flatMap(type =>
        ws
          .sheet(tab)
          .getProtections(type)
          .map(p => p.getDescription())
      )
    ),
    triggers: ws.services.triggers
      .list()
      .map(t => [t.handlerFunction, t.eventType]),
    forms: ws.services.forms.forms.size,
  };
}

describe('"Set up or repair"', () => {
  it('creates every tab with frozen, named headers and Config defaults', () => {
    const ws = freshDesk();
    for (const tab of TABS) expect(ws.sheet(tab).getFrozenRows()).toBe(1);
    expect(ws.values('Tickets')[0].slice(0, 11)).toEqual([
      'Ticket ID',
      'Status',
      'Priority',
      'Summary',
      'Campus',
      'Room',
      'Assignee',
      'Requester Reply',
      'Resolution',
      'Time Spent (min)',
      'Resolve Due',
    ]);
    expect(ws.values('Techs')[0]).toEqual([
      'Email',
      'Display Name',
      'Tier',
      'Skills',
      'Campus',
      'Mentor',
      'Active',
      'Class Of',
      'Emails',
    ]);
    expect(ws.values('Activity')[0]).toEqual([
      'When',
      'Ticket ID',
      'Field',
      'Old Value',
      'New Value',
      'Who',
    ]);
    const config = ws.table('Config');
    expect(
      config.find(r => r.Key === 'Priority: Whole class + Class is stopped now')
        ?.Value
    ).toBe('P1');
    expect(
      config.find(r => r.Key === 'Duplicate Window (minutes)')
    ).toMatchObject({Value: '120'});
  });

  it('adds dropdowns and warning-only protection for system columns', () => {
    const ws = freshDesk();
    const tickets = ws.sheet('Tickets');
    expect(tickets.hostCell('B2').validation?.getCriteriaValues()[0]).toEqual([
      'New',
      'Assigned',
      'In Progress',
      'Waiting on Requester',
      'Escalated',
      'Resolved',
      'Reopened',
      'Closed',
      'Merged',
    ]);
    expect(tickets.hostCell('C2').validation?.getCriteriaValues()[0]).toEqual([
      'P1',
      'P2',
      'P3',
      'P4',
    ]);
    const dropdownOf = (tab: string, header: string) => {
      const sheet = ws.sheet(tab);
      const headers = sheet
        .getRange(1, 1, 1, sheet.getLastColumn())
        .getValues()[0];
      const column = headers.indexOf(header) + 1;
      return sheet
        .getRange(2, column)
        .getDataValidation()
        ?.getCriteriaValues()[0];
    };
    expect(dropdownOf('Techs', 'Emails')).toEqual([
      'Every event',
      'Daily',
      'None',
    ]);
    expect(dropdownOf('Roles', 'Tier')).toEqual(dropdownOf('Techs', 'Tier'));
    expect(dropdownOf('Leave', 'Reason')).toContain('field trip');
    const idProtection = tickets.hostCell('A5').protections;
    expect(
      idProtection.map(p => [p.getDescription(), p.isWarningOnly()])
    ).toEqual([['Peer Desk system column: Ticket ID', true]]);
    expect(tickets.hostCell('B5').protections).toEqual([]);
  });

  it('creates the intake form: titled, verified emails, linked, published and accepting responses', () => {
    const ws = freshDesk();
    const form = ws.intakeForm();
    expect(form.getTitle()).toBe('Peer Desk: report a tech problem');
    expect(String(form.getEmailCollectionType())).toBe('VERIFIED');
    expect(form.isPublished()).toBe(true);
    expect(form.isAcceptingResponses()).toBe(true);
    expect(form.getItems().map(i => i.getTitle())).toEqual([
      'Campus',
      'Room',
      'Category',
      'Device asset tag',
      'Who is affected?',
      'How urgent is it?',
      'Short summary',
      'Details',
      'Preferred language / Idioma preferido',
    ]);
    expect(ws.spreadsheet.getSheetByName('Form Responses 1')).not.toBeNull();
  });

  it('installs the form-submit, edit, 5-minute sweep and hourly metrics triggers', () => {
    const ws = freshDesk();
    expect(
      ws.services.triggers.list().map(t => [t.handlerFunction, t.eventType])
    ).toEqual([
      ['handleFormSubmit', 'ON_FORM_SUBMIT'],
      ['handleEdit', 'ON_EDIT'],
      ['sweep', 'CLOCK'],
      ['hourlyMetrics', 'CLOCK'],
    ]);
  });

  it('is idempotent: a second run changes nothing and keeps the coordinator’s data', () => {
    const ws = exampleDesk();
    // Techs is sized to its nine columns: the coordinator adds one to the right first.
    ws.sheet('Techs').insertColumnsAfter(9, 1);
    ws.sheet('Techs')
      .getRange('J1:J2')
      .setValues([['Coordinator notes'], ['great with projectors']]);
    const before = shape(ws);
    completed(ws.run('setupDesk'));
    completed(ws.run('loadExampleSchool'));
    expect(shape(ws)).toEqual(before);
  });

  it('repairs a deleted tab and a deleted header without touching the rest', () => {
    const ws = exampleDesk();
    ws.spreadsheet.deleteSheet(ws.sheet('Knowledge Base'));
    ws.sheet('Techs').getRange('G1').setValue('');
    const techs = ws.values('Techs');
    completed(ws.run('setupDesk'));
    expect(ws.values('Knowledge Base')).toEqual([
      [
        'Category',
        'Keywords',
        'Title',
        'Steps or Link',
        'Status',
        'Language',
        'Version',
        'Author',
        'Source Ticket',
        'Published',
        'Helped',
      ],
    ]);
    expect(ws.values('Techs').map(r => r.slice(0, 6))).toEqual(
      techs.map(r => r.slice(0, 6))
    );
    expect(ws.values('Techs')[0][9]).toBe('Active');
    expect(ws.services.forms.forms.size).toBe(1);
    expect(ws.services.triggers.list()).toHaveLength(4);
  });
});

describe('"Load example school"', () => {
  it('fills Techs, Schedule, Rota and Knowledge Base and switches to two campuses on A/B days', () => {
    const ws = exampleDesk();
    expect(ws.table('Techs')).toHaveLength(12);
    expect(new Set(ws.table('Techs').map(t => t.Tier))).toEqual(
      new Set(['Junior Tech', 'Senior Mentor', 'Level 2 Staff'])
    );
    expect(ws.table('Schedule')[0]).toEqual({
      'Day Type': 'A',
      Period: '1',
      Start: '08:00',
      End: '08:50',
    });
    expect(ws.table('Rota').length).toBeGreaterThan(50);
    expect(ws.table('Knowledge Base')).toHaveLength(24);
    expect(ws.table('Config').find(r => r.Key === 'Campuses')?.Value).toBe(
      'North Campus, South Campus'
    );
    expect(ws.spreadsheet.toasts.at(-1)?.message).toBe(
      'Example school loaded into Techs, Schedule, Rota, Knowledge Base.'
    );
  });
});

describe('the cells budget', () => {
  // Every cell of every tab's grid counts toward the 10,000,000 (platform.md: Spreadsheets).
  it('sizes each tab to its headers and leaves no empty Sheet1', () => {
    const ws = freshDesk();
    const tabs = ws.spreadsheet.getSheets();
    expect(tabs.map(s => s.getName())).not.toContain('Sheet1');
    for (const sheet of tabs.filter(s => !s.getFormUrl()))
      expect([sheet.getName(), sheet.getMaxColumns()]).toEqual([
        sheet.getName(),
        sheet.getLastColumn(),
      ]);
    expect(ws.sheet('Activity').getMaxRows()).toBe(2);
    expect(ws.sheet('Outbox').getMaxRows()).toBe(2);
    expect(ws.spreadsheet.hostCellCount()).toBeLessThan(80_000);
  });

  it('keeps a Sheet1 someone wrote in', () => {
    const ws = new Workspace({start: chicago('2026-11-23 07:30')});
    ws.sheet('Sheet1').getRange('A1').setValue('my notes');
    ws.loadBundle();
    completed(ws.run('setupDesk'));
    expect(ws.values('Sheet1')).toEqual([['my notes']]);
  });

  it('lets the Activity log and the Outbox grow as the desk appends', () => {
    const ws = exampleDesk();
    ws.submitForm(PROJECTOR_DOWN, {as: TEACHER});
    // The sweep writes the new ticket's Activity lines.
    ws.advance(5 * 60_000);
    expect(ws.table('Activity').length).toBeGreaterThan(0);
    expect(ws.sheet('Activity').getMaxRows()).toBe(
      ws.sheet('Activity').getLastRow()
    );
    expect(ws.table('Outbox').length).toBeGreaterThan(0);
  });
});

describe('the menu', () => {
  it('shows Peer Desk with a tech’s own tickets first, then setup, example school and the intake form', () => {
    const ws = freshDesk();
    ws.open().forEach(completed);
    const menu = ws.services.spreadsheets.ui.menus.find(
      m => m.caption === 'Peer Desk'
    );
    expect(menu?.items.map(i => i.caption)).toEqual([
      'Show open tickets',
      'Show my tickets',
      'Show all tickets',
      'Set up or repair',
      'Load example school',
      'Open intake form',
      'Connect Google Chat',
      "Show the selected ticket's conversation",
      'Assign waiting tickets now',
      'Take a break',
      "I'm back",
      'Rebuild coverage',
      'Import devices',
      'Lend a loaner',
      'Take a loaner back',
      'Propose article from selected ticket',
      'Rebuild metrics',
      'Open in Looker Studio',
      'Send weekly digest now',
      "Set a tech's skill level",
      'Make a practice scenario from the selected ticket',
      'Issue the selected scenario to a tech',
      'Archive past school years',
      'Hand over the desk',
    ]);
    completed(ws.clickMenu('Peer Desk', 'Open intake form'));
    const dialog = ws.services.spreadsheets.ui.dialogs.at(-1);
    expect(dialog?.title).toBe('Peer Desk intake form');
    const html = (dialog?.output as {getContent(): string}).getContent();
    expect(html).toContain(ws.intakeForm().getPublishedUrl());
  });
});

import {ExecutionRecord} from '../../../sandbox/core/execution';
import {EXAMPLE_SCHOOL_DOMAINS} from '../../../sandbox/simulation/example-accounts';
import {Workspace} from '../../../sandbox/workspace/workspace';
import {
  chicago,
  completed,
  PROJECTOR_DOWN,
  TEACHER,
} from '../../support/peer-desk';

const OWNER = 'coordinator@school.example';
const STUDENT = 'liam.obrien@students.example.org';
const SUCCESSOR = 'new.coordinator@school.example';
const ADMIN_ITEMS = [
  'Set up or repair',
  'Load example school',
  'Connect Google Chat',
  'Assign waiting tickets now',
  'Rebuild metrics',
  'Rebuild coverage',
  'Send weekly digest now',
  "Set a tech's skill level",
  'Archive past school years',
  'Hand over the desk',
];

function ownedDesk(): Workspace {
  const ws = new Workspace({
    owner: OWNER,
    domains: EXAMPLE_SCHOOL_DOMAINS,
    start: chicago('2026-11-23 07:30'),
  }).loadBundle();
  ws.open();
  completed(ws.clickMenu('Peer Desk', 'Set up or repair'));
  completed(ws.clickMenu('Peer Desk', 'Load example school'));
  return ws;
}

function scriptProperties(ws: Workspace): Record<string, string> {
  return ws.services.properties.script.entries();
}

function config(ws: Workspace, key: string): unknown {
  return ws.table('Config').find(row => row.Key === key)?.Value;
}

function triggersOf(ws: Workspace, user: string): string[] {
  return ws.services.triggers
    .list()
    .filter(t => t.owner === user)
    .map(t => t.handlerFunction);
}

/** A second set of triggers, as someone would add them in the Apps Script editor's Triggers page. */
function installByHand(ws: Workspace, user: string): void {
  const ss = ws.spreadsheet.getId();
  const add = (
    handlerFunction: string,
    eventType: 'ON_EDIT' | 'ON_FORM_SUBMIT' | 'CLOCK'
  ) =>
    ws.services.triggers.add({
      handlerFunction,
      eventType,
      triggerSource: eventType === 'CLOCK' ? 'CLOCK' : 'SPREADSHEETS',
      sourceId: eventType === 'CLOCK' ? null : ss,
      owner: user,
      schedule:
        eventType === 'CLOCK'
          ? {
              kind: 'minutes',
              every: 5,
              anchor: ws.clock.now() + 60_000,
              timeZone: 'America/Chicago',
            }
          : undefined,
    });
  add('handleFormSubmit', 'ON_FORM_SUBMIT');
  add('handleEdit', 'ON_EDIT');
  add('sweep', 'CLOCK');
}

function runAs(records: ExecutionRecord[], user: string): ExecutionRecord[] {
  return records.filter(r => r.user === user);
}

describe("the desk's owner", () => {
  it('is whoever runs setup first: recorded in Script Properties, shown on Config and in the report', () => {
    const ws = ownedDesk();
    expect(scriptProperties(ws)['peerDesk.owner']).toBe(OWNER);
    expect(config(ws, 'Desk Owner')).toBe(OWNER);
    expect(ws.spreadsheet.toasts[0].message).toContain(
      `Desk owner: ${OWNER}; the triggers run as this account.`
    );
    expect(triggersOf(ws, OWNER).sort()).toEqual([
      'handleEdit',
      'handleFormSubmit',
      'hourlyMetrics',
      'sweep',
    ]);
  });

  it('refuses a student on every admin item, naming the owner and the hand-over, and installs nothing', () => {
    const ws = ownedDesk();
    const before = {
      triggers: ws.services.triggers.list().length,
      config: ws.values('Config'),
      properties: scriptProperties(ws),
      mail: ws.outbox.length,
      toasts: ws.spreadsheet.toasts.length,
    };
    ws.open({as: STUDENT});
    for (const item of ADMIN_ITEMS) {
      completed(ws.clickMenu('Peer Desk', item, {as: STUDENT}));
      const shown = ws.services.spreadsheets.ui.alerts.at(-1);
      expect(shown?.prompt).toContain(`${STUDENT} cannot `);
      expect(shown?.prompt).toContain(`this desk belongs to ${OWNER}`);
      expect(shown?.prompt).toContain('Peer Desk › Hand over the desk');
    }
    expect(ws.services.spreadsheets.ui.alerts).toHaveLength(ADMIN_ITEMS.length);
    expect(triggersOf(ws, STUDENT)).toEqual([]);
    expect(ws.services.triggers.list()).toHaveLength(before.triggers);
    expect(ws.values('Config')).toEqual(before.config);
    expect(scriptProperties(ws)).toEqual(before.properties);
    expect(ws.outbox).toHaveLength(before.mail);
    expect(ws.spreadsheet.toasts).toHaveLength(before.toasts);
  });

  it('a second set of triggers installed by hand does no work, and the owner’s setup reports it', () => {
    const ws = ownedDesk();
    installByHand(ws, STUDENT);
    const submitted = ws.submitForm(PROJECTOR_DOWN, {
      as: TEACHER,
      at: chicago('2026-11-23 09:10'),
    });
    expect(submitted.map(r => r.user)).toEqual([OWNER, STUDENT]);
    submitted.forEach(completed);
    const [stray] = runAs(submitted, STUDENT);
    // It returned at once: it read who it runs as and the owner, and left word for the owner.
    expect(Object.keys(stray.calls).sort()).toEqual([
      'PropertiesService.Properties.getProperties',
      'PropertiesService.Properties.setProperty',
      'PropertiesService.getScriptProperties',
      'Session.User.getEmail',
      'Session.getEffectiveUser',
      'console.log',
    ]);
    expect(ws.table('Tickets')).toHaveLength(1);
    const edits = ws.edit('Tickets', 'B2', 'In Progress', {as: STUDENT});
    expect(edits.map(r => r.user)).toEqual([OWNER, STUDENT]);
    const swept = ws.advance(10 * 60_000);
    // The owner's sweep writes the edit's Activity line once; the stray one does nothing.
    expect(ws.table('Activity').filter(a => a.Field === 'Status')).toHaveLength(
      1
    );
    expect(runAs(swept, STUDENT).length).toBeGreaterThan(0);
    expect(ws.outbox.every(m => m.from === OWNER)).toBe(true);
    expect(ws.outbox.filter(m => m.to.includes(TEACHER))).toHaveLength(1);
    expect(ws.services.mail.remainingQuotaOf(STUDENT)).toBe(1500);
    expect(ws.services.log.from('console').at(-1)?.message).toBe(
      `Peer Desk: sweep ran as ${STUDENT}, but the desk belongs to ${OWNER}: doing nothing. ${STUDENT} can delete its triggers in Extensions › Apps Script › Triggers.`
    );

    const report = completed(ws.clickMenu('Peer Desk', 'Set up or repair'));
    expect(report.outcome).toBe('completed');
    expect(ws.spreadsheet.toasts.at(-1)?.message).toMatch(
      new RegExp(
        `A second set of triggers installed by ${STUDENT.replace(/\./g, '\\.')} is running and doing nothing \\(last: sweep at 2026-11-23T\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z\\)\\. Only ${STUDENT.replace(/\./g, '\\.')} can see them`
      )
    );
    expect(triggersOf(ws, OWNER)).toHaveLength(4);
  });

  it('is handed over from the menu: the next owner’s setup takes the desk and installs their triggers', () => {
    const ws = ownedDesk();
    ws.services.spreadsheets.ui.queuePromptAnswer(SUCCESSOR);
    completed(ws.clickMenu('Peer Desk', 'Hand over the desk'));
    expect(ws.services.spreadsheets.ui.alerts.at(-1)?.prompt).toContain(
      `Handed over to ${SUCCESSOR}: your 4 triggers are removed.`
    );
    expect(triggersOf(ws, OWNER)).toEqual([]);
    // Until the successor runs setup, the owner is unchanged and nobody else may take the desk.
    ws.open({as: STUDENT});
    completed(ws.clickMenu('Peer Desk', 'Set up or repair', {as: STUDENT}));
    expect(triggersOf(ws, STUDENT)).toEqual([]);

    ws.open({as: SUCCESSOR});
    completed(ws.clickMenu('Peer Desk', 'Set up or repair', {as: SUCCESSOR}));
    expect(scriptProperties(ws)['peerDesk.owner']).toBe(SUCCESSOR);
    expect(scriptProperties(ws)['peerDesk.owner.next']).toBeUndefined();
    expect(config(ws, 'Desk Owner')).toBe(SUCCESSOR);
    expect(triggersOf(ws, SUCCESSOR)).toHaveLength(4);
    const [record] = ws.submitForm(PROJECTOR_DOWN, {
      as: TEACHER,
      at: chicago('2026-11-23 09:10'),
    });
    expect(completed(record).user).toBe(SUCCESSOR);
    expect(ws.outbox.at(-1)?.from).toBe(SUCCESSOR);

    completed(ws.clickMenu('Peer Desk', 'Rebuild metrics'));
    expect(ws.services.spreadsheets.ui.alerts.at(-1)?.prompt).toContain(
      `${OWNER} cannot rebuild the metrics: this desk belongs to ${SUCCESSOR}`
    );
  });

  it('on a desk set up before owners were, keeps the triggers working until setup records one', () => {
    const ws = ownedDesk();
    const store = ws.services.properties.script;
    const {['peerDesk.owner']: recorded, ...rest} = store.entries();
    expect(recorded).toBe(OWNER);
    store.replace(new Map(Object.entries(rest)));
    completed(
      ws.submitForm(PROJECTOR_DOWN, {
        as: TEACHER,
        at: chicago('2026-11-23 09:10'),
      })[0]
    );
    expect(ws.table('Tickets')).toHaveLength(1);
    completed(ws.clickMenu('Peer Desk', 'Rebuild metrics'));
    expect(ws.services.spreadsheets.ui.alerts.at(-1)?.prompt).toContain(
      'cannot rebuild the metrics yet: the desk has no owner. Run Peer Desk › Set up or repair first'
    );
    completed(ws.clickMenu('Peer Desk', 'Set up or repair'));
    expect(scriptProperties(ws)['peerDesk.owner']).toBe(OWNER);
  });

  it('refuses a hand-over to an address that is not another account', () => {
    const ws = ownedDesk();
    ws.services.spreadsheets.ui.queuePromptAnswer(OWNER);
    completed(ws.clickMenu('Peer Desk', 'Hand over the desk'));
    expect(ws.services.spreadsheets.ui.alerts.at(-1)?.prompt).toBe(
      `"${OWNER}" is not another Google account. Nothing changed.`
    );
    expect(triggersOf(ws, OWNER)).toHaveLength(4);
  });
});

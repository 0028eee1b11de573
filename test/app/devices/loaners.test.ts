import {Workspace} from '../../../sandbox/workspace/workspace';
import {killAtEveryCall, KillScenario} from '../../support/kill-matrix';
import {chicago, completed, exampleDesk} from '../../support/peer-desk';

const COORDINATOR = 'coordinator@school.example';
const LIAM = 'liam.obrien@students.example.org';
const SAM = 'sam.lee@students.example.org';

function lastAlert(ws: Workspace): string {
  return String(ws.services.spreadsheets.ui.alerts.at(-1)?.prompt);
}

/** The example desk with two North loaners and a student's Chromebook, imported. */
function deskWithLoaners(start = chicago('2026-11-23 09:00')): Workspace {
  const ws = exampleDesk(start);
  ws.open({as: COORDINATOR});
  completed(ws.clickMenu('Peer Desk', 'Import devices', {as: COORDINATOR}));
  ws.edit('Device Import', 'A1', [
    ['Asset Tag,Model,Kind,Campus,Status'],
    ['LN-01,Lenovo 100e,Chromebook,North Campus,loaner'],
    ['LN-02,Lenovo 100e,Chromebook,North Campus,loaner'],
    ['CB-1001,Lenovo 300e,Chromebook,North Campus,in service'],
  ]);
  completed(ws.clickMenu('Peer Desk', 'Import devices', {as: COORDINATOR}));
  ws.open({as: LIAM});
  return ws;
}

function menu(ws: Workspace, item: string, typed: string) {
  ws.services.spreadsheets.ui.queuePromptAnswer(typed);
  return ws.clickMenu('Peer Desk', item, {as: LIAM});
}

function loans(ws: Workspace) {
  return ws.table('Loans').map(loan => ({
    ...loan,
    'Checked Out': loan['Checked Out'] instanceof Date,
    Returned: loan.Returned instanceof Date,
  }));
}

describe('loaners', () => {
  it('lends a loaner to a student in one line, refuses a second loan of it, and takes it back', () => {
    const ws = deskWithLoaners();
    completed(
      menu(ws, 'Lend a loaner', `ln-01 ${SAM} t-000001 small scratch on lid`)
    );
    expect(lastAlert(ws)).toBe(`LN-01 lent to ${SAM}, due back 2026-11-30.`);
    expect(loans(ws)).toEqual([
      {
        Loaner: 'LN-01',
        Student: SAM,
        Ticket: 'T-000001',
        'Checked Out': true,
        'Due Back': '2026-11-30',
        'Condition Out': 'small scratch on lid',
        Returned: false,
        'Condition In': '',
        'Lent By': LIAM,
      },
    ]);
    completed(menu(ws, 'Lend a loaner', `LN-01 ${LIAM}`));
    expect(lastAlert(ws)).toContain(
      `Nothing lent: LN-01 is already out with ${SAM} (due back 2026-11-30).`
    );
    completed(menu(ws, 'Take a loaner back', 'LN-01 fine'));
    expect(lastAlert(ws)).toBe(`LN-01 is back from ${SAM}.`);
    expect(loans(ws)[0]).toMatchObject({
      Returned: true,
      'Condition In': 'fine',
    });
    completed(menu(ws, 'Take a loaner back', 'LN-01'));
    expect(lastAlert(ws)).toBe(
      'LN-01 is not out on loan: nothing to take back.'
    );
  });

  it('lends only a loaner, and only to a school account', () => {
    const ws = deskWithLoaners();
    completed(menu(ws, 'Lend a loaner', 'LN-02 sam.lee@gmail.com'));
    expect(lastAlert(ws)).toContain(
      'Nothing lent: sam.lee@gmail.com is not a school address.'
    );
    completed(menu(ws, 'Lend a loaner', `CB-1001 ${SAM}`));
    expect(lastAlert(ws)).toContain('Nothing lent: CB-1001 is not a loaner');
    completed(menu(ws, 'Lend a loaner', `LN-99 ${SAM}`));
    expect(lastAlert(ws)).toContain('LN-99 is not on the Devices tab');
    expect(ws.table('Loans')).toEqual([]);
  });
});

const LENDING: KillScenario = {
  name: 'a tech lends a loaner',
  prepare: () => deskWithLoaners(),
  act: ws => [menu(ws, 'Lend a loaner', `LN-01 ${SAM} T-000001 fine`)],
  observe: loans,
  mayDoNothing: true,
};

const TAKING_BACK: KillScenario = {
  name: 'a tech takes a loaner back',
  prepare() {
    const ws = deskWithLoaners();
    completed(menu(ws, 'Lend a loaner', `LN-01 ${SAM} T-000001 fine`));
    return ws;
  },
  act: ws => [menu(ws, 'Take a loaner back', 'LN-01 fine')],
  observe: loans,
  mayDoNothing: true,
};

// Google stops an execution at any call, and nothing after it runs (platform.md: Stopped executions).
describe('kill a loan at every call: recorded whole or not at all, never twice', () => {
  for (const scenario of [LENDING, TAKING_BACK])
    it(scenario.name, () => {
      const {failures, calls} = killAtEveryCall(scenario, 1);
      expect(calls).toBeGreaterThan(3);
      expect(failures).toEqual([]);
    });
});

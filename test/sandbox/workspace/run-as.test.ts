import {Workspace} from '../../../sandbox/workspace/workspace';
import {buildEntry} from '../../support/bundle';

const bundle = buildEntry('test/fixtures/entries/who-runs.ts');
const OWNER = 'coordinator@school.example';
const TECH = 'tech@school.example';
const OUTSIDER = 'volunteer@gmail.com';

function installed(options: {hideIdentities?: boolean} = {}): Workspace {
  const ws = new Workspace({
    owner: OWNER,
    start: new Date('2026-11-23T14:10:00Z'),
    ...options,
  }).loadBundle(bundle);
  ws.open();
  expect(ws.clickMenu('Who', 'Install').outcome).toBe('completed');
  return ws;
}

function rows(ws: Workspace, kind: string): unknown[][] {
  return ws
    .values('Log')
    .filter(row => row[0] === kind)
    .map(row => {
      const cells = row.slice(1);
      while (cells.length > 0 && cells.at(-1) === '') cells.pop();
      return cells;
    });
}

// "Installable triggers always run under the account of the person who created them ... the
// email is always sent from your account" (https://developers.google.com/apps-script/guides/triggers/installable).
describe('installable triggers run as their installer', () => {
  it("an edit trigger fired by a tech's edit runs as the installer, sends from them and spends their quota", () => {
    const ws = installed();
    const [record] = ws.edit('Sheet1', 'A1', 'hello', {as: TECH});
    expect(record).toMatchObject({user: OWNER, person: TECH});
    // Same domain as the owner: the tech is seen (Session / User reference).
    expect(rows(ws, 'edit')).toEqual([[TECH, TECH, OWNER]]);
    expect(ws.outbox.map(m => m.from)).toEqual([OWNER]);
    expect(ws.services.mail.remainingQuotaOf(OWNER)).toBe(1499);
    expect(ws.services.mail.remainingQuotaOf(TECH)).toBe(1500);
  });

  it('time-driven and installed open triggers run as the installer', () => {
    const ws = installed();
    ws.advance(3 * 60 * 60_000);
    ws.open({as: TECH});
    expect(rows(ws, 'tick').length).toBeGreaterThan(0);
    expect(new Set(rows(ws, 'tick').map(row => row.join('|')))).toEqual(
      new Set([`${OWNER}|${OWNER}`])
    );
    expect(rows(ws, 'open')).toEqual([[TECH, TECH, OWNER]]);
  });

  it('a second set installed by someone else runs as them, each set seen only by its installer', () => {
    const ws = installed();
    ws.open({as: TECH});
    expect(ws.clickMenu('Who', 'Install', {as: TECH}).outcome).toBe(
      'completed'
    );
    const records = ws.edit('Sheet1', 'A1', 'twice', {as: TECH});
    expect(records.map(r => r.user)).toEqual([OWNER, TECH]);
    expect(ws.outbox.map(m => m.from)).toEqual([OWNER, TECH]);
    // getProjectTriggers() returns only the current user's triggers (PLATFORM.md: Trigger builders).
    ws.run('countMyTriggers', {as: TECH});
    ws.run('countMyTriggers');
    expect(rows(ws, 'mine')).toEqual([
      [3, TECH, TECH],
      [3, OWNER, OWNER],
    ]);
  });
});

// User.getEmail(): blank "if security policies do not allow access to the user's email address
// ... these restrictions generally do not apply if the developer runs the script themselves or
// belongs to the same Google Workspace domain as the user"
// (https://developers.google.com/apps-script/reference/base/user).
describe('who a script sees', () => {
  it("an editor outside the owner's domain is blank in e.user and getActiveUser()", () => {
    const ws = installed();
    const [record] = ws.edit('Sheet1', 'A1', 'hi', {as: OUTSIDER});
    expect(rows(ws, 'edit')).toEqual([['', '', OWNER]]);
    expect(record).toMatchObject({person: OUTSIDER, activeUser: ''});
  });

  it('hideIdentities blanks every editor but the installer', () => {
    const ws = installed({hideIdentities: true});
    ws.edit('Sheet1', 'A1', 'tech', {as: TECH});
    ws.edit('Sheet1', 'A2', 'owner', {as: OWNER});
    expect(rows(ws, 'edit')).toEqual([
      ['', '', OWNER],
      [OWNER, OWNER, OWNER],
    ]);
  });

  it('a simple onOpen sees an opener from outside the domain as blank', () => {
    const ws = installed();
    ws.open({as: OUTSIDER});
    expect(rows(ws, 'simple open').at(-1)).toEqual(['', '', OUTSIDER]);
  });

  it('a menu item runs as, and sees, whoever clicked it', () => {
    const ws = installed({hideIdentities: true});
    ws.run('countMyTriggers', {as: OUTSIDER});
    expect(rows(ws, 'mine')).toEqual([[0, OUTSIDER, OUTSIDER]]);
  });

  it('the web app runs as its deployer (webapp.executeAs USER_DEPLOYING) and sees a visitor outside the domain as blank', () => {
    const ws = installed();
    expect(ws.webApp({as: OUTSIDER}).content).toBe(`|${OWNER}`);
    expect(ws.webApp({as: TECH}).content).toBe(`${TECH}|${OWNER}`);
  });
});

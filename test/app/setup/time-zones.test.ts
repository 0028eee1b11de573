import {instantOf} from '../../../sandbox/core/zoned-time';
import {Workspace} from '../../../sandbox/workspace/workspace';
import {
  allCompleted,
  completed,
  expectAbout,
  PROJECTOR_DOWN,
  setConfig,
  TEACHER,
  tickets,
} from '../../support/peer-desk';

const LIAM = 'liam.obrien@students.example.org';
const PRINCIPAL = 'principal@example.org';

/** A wall time in `zone` as the instant it names, e.g. at('Europe/London', '2027-03-29 09:00'). */
function at(zone: string, local: string): Date {
  const [date, time] = local.split(' ');
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  return new Date(instantOf({year, month, day, hour, minute}, zone));
}

/** The example school in a spreadsheet set to `spreadsheetZone`, its script left on `scriptZone`. */
function deskIn(
  spreadsheetZone: string,
  scriptZone: string,
  start: Date
): {ws: Workspace; report: string} {
  const ws = new Workspace({
    timeZone: scriptZone,
    spreadsheetTimeZone: spreadsheetZone,
    start,
  }).loadBundle();
  completed(ws.run('setupDesk'));
  const setupReport = ws.spreadsheet.toasts.at(-1)?.message ?? '';
  completed(ws.run('loadExampleSchool'));
  return {ws, report: setupReport};
}

/** The teacher reports the projector; the next sweep (every 5 minutes) sets its due times. */
function report(ws: Workspace, when: Date): void {
  allCompleted(ws.submitForm(PROJECTOR_DOWN, {as: TEACHER, at: when}));
  ws.advanceTo(new Date(when.getTime() + 6 * 60_000)).forEach(completed);
}

function resolve(ws: Workspace, row: number): void {
  const column = ws.values('Tickets')[0].indexOf('Resolution') + 1;
  const a1 = ws.sheet('Tickets').getRange(row, column).getA1Notation();
  allCompleted(ws.edit('Tickets', a1, 'Reseated the HDMI cable', {as: LIAM}));
  allCompleted(ws.edit('Tickets', `B${row}`, 'Resolved', {as: LIAM}));
}

function digests(ws: Workspace): string[] {
  return ws.outbox
    .filter(m => m.to.includes(PRINCIPAL) && m.subject.includes('digest'))
    .map(m => m.subject);
}

describe('a school in London, across the change to summer time (Sunday 2027-03-28)', () => {
  const london = (local: string) => at('Europe/London', local);

  it('follows the spreadsheet zone: bells, due times across the weekend, school minutes and the digest hour', () => {
    // The script keeps the manifest's Chicago zone; the coordinator set the sheet to London.
    const {ws, report: setup} = deskIn(
      'Europe/London',
      'America/Chicago',
      london('2027-03-26 07:30')
    );
    expect(setup).toContain(
      "Time zone: Europe/London (the spreadsheet's, File → Settings)."
    );
    expect(setup).toContain(
      "Check: the script's time zone (America/Chicago, from appsscript.json) differs from the spreadsheet's (Europe/London)."
    );
    expect(ws.table('Config').find(r => r.Key === 'Time Zone')?.Value).toBe(
      'Europe/London'
    );
    setConfig(ws, 'Digest Day', 'Fri');
    setConfig(ws, 'Digest Hour', '16');

    // Friday 09:10 in London is period 2 (08:55–09:45).
    report(ws, london('2027-03-26 09:10'));
    expect(tickets(ws)[0]).toMatchObject({Period: '2', Status: 'Assigned'});
    expectAbout(tickets(ws)[0]['Response Due'], london('2027-03-26 09:25'));
    expectAbout(tickets(ws)[0]['Resolve Due'], london('2027-03-26 11:10'));

    // At 14:30 (GMT), 30 of P1's 120 school minutes are left on Friday; the other 90 run from
    // Monday's first bell at 08:00 BST, an hour earlier in UTC.
    report(ws, london('2027-03-26 14:30'));
    expect(tickets(ws)[1]).toMatchObject({Period: '7'});
    expectAbout(tickets(ws)[1]['Resolve Due'], london('2027-03-29 09:30'));
    expect(london('2027-03-29 09:30').toISOString()).toBe(
      '2027-03-29T08:30:00.000Z'
    );

    ws.advanceTo(london('2027-03-26 15:59')).forEach(completed);
    expect(digests(ws)).toEqual([]);
    ws.advanceTo(london('2027-03-26 17:01')).forEach(completed);
    expect(digests(ws)).toHaveLength(1);

    ws.advanceTo(london('2027-03-29 09:00')).forEach(completed);
    resolve(ws, 3);
    completed(ws.run('rebuildMetrics'));
    const metrics = ws.table('Metrics').find(r => r.ticket_id === 'T-000002');
    // 30 minutes on Friday and 60 on Monday; Friday 14:30 to Monday 09:00 on the wall clock is
    // 2 days 18½ hours, less the hour the clocks skipped.
    expect(metrics).toMatchObject({
      resolution_school_min: 90,
      resolution_wall_min: 2 * 1440 + 18 * 60 + 30 - 60,
    });
  });
});

describe('a school in Kolkata (UTC+5:30)', () => {
  const kolkata = (local: string) => at('Asia/Kolkata', local);

  it('rings its bells, counts school minutes and sends the digest on its own half-hour offset', () => {
    const {ws, report: setup} = deskIn(
      'Asia/Kolkata',
      'Asia/Kolkata',
      kolkata('2026-11-23 07:30')
    );
    expect(setup).toContain('Time zone: Asia/Kolkata');
    expect(setup).not.toContain("Check: the script's time zone");
    setConfig(ws, 'Digest Day', 'Mon');
    setConfig(ws, 'Digest Hour', '16');

    report(ws, kolkata('2026-11-23 09:10'));
    expect(tickets(ws)[0]).toMatchObject({Period: '2', Status: 'Assigned'});
    expectAbout(tickets(ws)[0]['Response Due'], kolkata('2026-11-23 09:25'));
    expect(kolkata('2026-11-23 09:25').toISOString()).toBe(
      '2026-11-23T03:55:00.000Z'
    );

    // 14:50: 10 school minutes left today, 110 from Tuesday's 08:00 bell.
    report(ws, kolkata('2026-11-23 14:50'));
    expect(tickets(ws)[1]).toMatchObject({Period: '7'});
    expectAbout(tickets(ws)[1]['Resolve Due'], kolkata('2026-11-24 09:50'));

    ws.advanceTo(kolkata('2026-11-23 15:59')).forEach(completed);
    expect(digests(ws)).toEqual([]);
    ws.advanceTo(kolkata('2026-11-23 17:01')).forEach(completed);
    expect(digests(ws)).toHaveLength(1);

    ws.advanceTo(kolkata('2026-11-24 08:30')).forEach(completed);
    resolve(ws, 3);
    completed(ws.run('rebuildMetrics'));
    expect(
      ws.table('Metrics').find(r => r.ticket_id === 'T-000002')
    ).toMatchObject({resolution_school_min: 40});
  });
});

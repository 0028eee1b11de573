import {hiddenFormBody} from '../../../sandbox/web/page-form';
import {Workspace} from '../../../sandbox/workspace/workspace';
import {chicago, completed, resolvedTicket} from '../../support/peer-desk';

const LIAM = 'liam.obrien@students.example.org';
const MAYA = 'maya.patel@students.example.org';
const SUBJECT = 'Peer Desk: your month at the desk (November 2026)';

/**
 * Liam resolved T-000001 in November and the teacher gave it 5 stars (and whatever `november`
 * adds happened too); now 1 December, 08:30.
 */
function firstSchoolDayOfDecember(
  november: (ws: Workspace) => void = () => {}
): Workspace {
  const {ws, links} = resolvedTicket();
  const shown = ws.webApp({query: new URL(links[4]).search.slice(1)});
  completed(
    ws.webApp({method: 'POST', body: hiddenFormBody(shown.content)}).record
  );
  november(ws);
  // Jump over the rest of November without firing the sweeps (Tuesday 1 December is a school day).
  ws.clock.set(chicago('2026-12-01 08:30'));
  return ws;
}

function reports(ws: Workspace) {
  return ws.outbox.filter(m => m.subject === SUBJECT);
}

/** The coordinator issues the "Printer jam" scenario to Liam, who works it and resolves it. */
function liamResolvesPractice(ws: Workspace): void {
  ws.open();
  const row = ws.table('Training').findIndex(r => r.Scenario === 'Printer jam');
  ws.select('Training', `A${row + 2}`);
  ws.services.spreadsheets.ui.queuePromptAnswer(LIAM);
  completed(ws.clickMenu('Peer Desk', 'Issue the selected scenario to a tech'));
  const [headers, ...rows] = ws.values('Tickets');
  const at = rows.findIndex(r => r[headers.indexOf('Practice')] === 'yes');
  const cell = (field: string) =>
    ws
      .sheet('Tickets')
      .getRange(at + 2, headers.indexOf(field) + 1)
      .getA1Notation();
  for (const [field, value] of [
    ['Resolution', 'Cleared the jam and reseated the tray.'],
    ['Status', 'Resolved'],
  ])
    ws.edit('Tickets', cell(field), value, {as: LIAM}).forEach(completed);
}

describe('the monthly report', () => {
  it('counts practice tickets done apart from the tickets resolved', () => {
    const ws = firstSchoolDayOfDecember(liamResolvesPractice);
    completed(ws.run('hourlyMetrics'));
    const liam = reports(ws).find(m => m.to.includes(LIAM));
    expect(liam?.body).toContain('Tickets resolved: 1');
    expect(liam?.body).toContain('Practice tickets done: 1');
    const maya = reports(ws).find(m => m.to.includes(MAYA));
    expect(maya?.body).toContain('Practice tickets done: 0');
  });

  it("tells each tech last month's tickets, ratings, time on duty and one question to think about", () => {
    const ws = firstSchoolDayOfDecember();
    completed(ws.run('hourlyMetrics'));
    const liam = reports(ws).find(m => m.to.includes(LIAM));
    expect(liam?.body).toContain('Your month at the desk');
    expect(liam?.body).toContain(
      'Here is what you did in November 2026, Liam. Thank you!'
    );
    expect(liam?.body).toContain('Tickets resolved: 1');
    expect(liam?.body).toContain('Ratings: 5.0 out of 5 from 1 rating(s)');
    expect(liam?.body).toMatch(/Time on duty: \d+\.\d hours/);
    expect(liam?.body).toContain(
      'One question to think about:\nWhen did you feel stuck this month, and who or what helped you move on?'
    );
    expect(liam?.body).not.toContain('Your juniors this month');
    expect(liam?.htmlBody).toContain('<html lang="en" dir="ltr">');
    // Liam's mentor sees her juniors' month in her own report.
    const maya = reports(ws).find(m => m.to.includes(MAYA));
    expect(maya?.body).toContain('Tickets resolved: 0');
    expect(maya?.body).toContain('Ratings: No ratings this month');
    expect(maya?.body).toMatch(
      /Your juniors this month:\n- Ava: 0 resolved · No ratings this month · \d+\.\d hours on duty\n- Liam: 1 resolved · 5\.0 out of 5 from 1 rating\(s\) · \d+\.\d hours on duty/
    );
    // One per student tech; Level 2 staff get none.
    expect(
      reports(ws)
        .map(m => String(m.to))
        .sort()
    ).toEqual(
      ws
        .table('Techs')
        .filter(t => t.Tier !== 'Level 2 Staff')
        .map(t => String(t.Email))
        .sort()
    );
    expect(reports(ws).some(m => m.body.includes('@'))).toBe(false);
  });

  it('is sent once: later runs that day and the next school day send nothing more', () => {
    const ws = firstSchoolDayOfDecember();
    completed(ws.run('hourlyMetrics'));
    const sent = reports(ws).length;
    expect(sent).toBe(10);
    ws.advanceTo(chicago('2026-12-02 10:05')).forEach(completed);
    expect(reports(ws)).toHaveLength(sent);
  });

  it('waits for the first school day: nothing on a day without school or before the bell', () => {
    const {ws} = resolvedTicket();
    ws.clock.set(chicago('2026-12-01 07:00'));
    completed(ws.run('hourlyMetrics'));
    expect(reports(ws)).toEqual([]);
  });

  it('sends each report exactly once when the run is killed while delivering them', () => {
    const calls: string[] = [];
    const probe = firstSchoolDayOfDecember();
    const charge = probe.executions.chargeCall.bind(probe.executions);
    probe.executions.chargeCall = (name, cells) => {
      calls.push(name);
      charge(name, cells);
    };
    completed(probe.run('hourlyMetrics'));
    const expected = reports(probe)
      .map(m => String(m.to))
      .sort();
    const sends = calls
      .map((name, i) => (name === 'MailApp.sendEmail' ? i + 1 : 0))
      .filter(n => n > 0);
    expect(sends.length).toBeGreaterThanOrEqual(expected.length);

    const ws = firstSchoolDayOfDecember();
    // Dies at the second email: the reports are in the Outbox, one of them is sent.
    ws.faults.killAtCall(sends[1]);
    expect(ws.run('hourlyMetrics')?.outcome).not.toBe('completed');
    expect(reports(ws)).toHaveLength(1);
    ws.advanceTo(chicago('2026-12-01 10:30')).forEach(completed);
    expect(
      reports(ws)
        .map(m => String(m.to))
        .sort()
    ).toEqual(expected);
  });
});

import {FakeRange} from '../../../sandbox/spreadsheet/range';
import {Workspace} from '../../../sandbox/workspace/workspace';
import {
  allCompleted,
  chicago,
  chooseEmails,
  completed,
  exampleDesk,
  PROJECTOR_DOWN,
  subjectsTo,
  TEACHER,
} from '../../support/peer-desk';

const LIAM = 'liam.obrien@students.example.org';
const MAYA = 'maya.patel@students.example.org';
const DAILY = /^Your Peer Desk day: /;

/** A flickering display in one room, no class stopped: a P4 for Liam, a junior Maya mentors. */
function flickeringDisplay(ws: Workspace): void {
  allCompleted(
    ws.submitForm(
      {
        ...PROJECTOR_DOWN,
        'Who is affected?': 'Just me',
        'How urgent is it?': 'Today is fine',
        'Short summary': 'Display flickers during class',
      },
      {as: TEACHER, at: chicago('2026-11-23 09:10')}
    )
  );
}

function dailyEmailsTo(ws: Workspace, to: string) {
  return ws.outbox.filter(m => m.to.includes(to) && DAILY.test(m.subject));
}

/** Tuesday 24 November, 08:30: school has begun; the hourly run comes. */
function nextMorning(ws: Workspace): void {
  ws.clock.set(chicago('2026-11-24 08:30'));
  completed(ws.run('hourlyMetrics'));
}

describe('the daily email (notification budget)', () => {
  it("replaces a mentor's per-ticket notices with one email listing the junior's new ticket", () => {
    const ws = exampleDesk();
    flickeringDisplay(ws);
    // No email to the tech or the mentor when the ticket comes: the teacher's receipt only.
    expect(subjectsTo(ws, MAYA)).toEqual([]);
    expect(subjectsTo(ws, LIAM)).toEqual([]);
    expect(subjectsTo(ws, TEACHER)).toEqual([
      '[T-000001] We got your request: Display flickers during class',
    ]);

    nextMorning(ws);
    const [maya] = dailyEmailsTo(ws, MAYA);
    expect(maya.subject).toBe('Your Peer Desk day: 1 for your juniors');
    expect(maya.body).toContain('What is yours today');
    expect(maya.body).toContain('Tuesday 24 November 2026');
    expect(maya.body).toContain(
      "Your juniors' new tickets:\n- T-000001: Display flickers during class: P4 · Assigned · for Liam O'Brien"
    );
    const [liam] = dailyEmailsTo(ws, LIAM);
    expect(liam.body).toMatch(
      /New for you:\n- T-000001: Display flickers during class: P4 · Assigned/
    );
    expect(liam.htmlBody).toContain('<html lang="en" dir="ltr">');

    // Later runs that day send no second one.
    ws.clock.set(chicago('2026-11-24 11:30'));
    completed(ws.run('hourlyMetrics'));
    expect(dailyEmailsTo(ws, MAYA)).toHaveLength(1);
    expect(subjectsTo(ws, MAYA)).toHaveLength(1);
  });

  it('lists an open ticket from among hundreds closed weeks ago, reading only the rows the hourly run’s window holds', () => {
    const ws = exampleDesk();
    flickeringDisplay(ws);
    // Host write: 300 tickets closed in October below it, each a copy of its row.
    const sheet = ws.sheet('Tickets');
    const [header, row] = ws.values('Tickets');
    const col = (name: string) => header.indexOf(name);
    const closed = Array.from({length: 300}, (_, n) => {
      const copy = [...row];
      copy[col('Ticket ID')] = `T-${String(n + 2).padStart(6, '0')}`;
      copy[col('Response Key')] = `closed-${n}`;
      copy[col('Created')] = chicago('2026-10-05 09:00');
      copy[col('Resolved At')] = chicago('2026-10-05 10:00');
      copy[col('Status')] = 'Closed';
      return copy;
    });
    sheet.insertRowsAfter(sheet.getMaxRows(), closed.length);
    sheet.getRange(3, 1, closed.length, header.length).setValues(closed);
    // The day's last hourly run reads every row once and keeps the window's place.
    ws.clock.set(chicago('2026-11-23 15:00'));
    completed(ws.run('hourlyMetrics'));
    const reads = jest.spyOn(FakeRange.prototype, 'getValues');
    nextMorning(ws);
    const rowsRead = (reads.mock.contexts as FakeRange[])
      .filter(range => range.getSheet().getName() === 'Tickets')
      .flatMap(range =>
        Array.from({length: range.getNumRows()}, (_, i) => range.getRow() + i)
      );
    reads.mockRestore();
    const [liam] = dailyEmailsTo(ws, LIAM);
    expect(liam.body).toMatch(
      /- T-000001: Display flickers during class: P4 · Assigned/
    );
    // The header and T-000001, and the last row (checked, and where new rows would start).
    expect(rowsRead.filter(r => r > 2 && r < 302)).toEqual([]);
    expect(rowsRead).toContain(2);
  });

  it('waits for school: nothing before the bell', () => {
    const ws = exampleDesk();
    flickeringDisplay(ws);
    ws.clock.set(chicago('2026-11-24 06:30'));
    completed(ws.run('hourlyMetrics'));
    expect(dailyEmailsTo(ws, MAYA)).toEqual([]);
  });

  it('every event: each notice at once and no daily email; none: neither', () => {
    const ws = exampleDesk();
    chooseEmails(ws, LIAM, 'Every event');
    chooseEmails(ws, MAYA, 'None');
    flickeringDisplay(ws);
    expect(subjectsTo(ws, LIAM)).toEqual([
      '[T-000001] P4 for you: Display flickers during class',
    ]);
    expect(subjectsTo(ws, MAYA)).toEqual([]);
    nextMorning(ws);
    expect(dailyEmailsTo(ws, LIAM)).toEqual([]);
    expect(subjectsTo(ws, MAYA)).toEqual([]);
  });

  it('a P1 still reaches the tech and the mentor at once', () => {
    const ws = exampleDesk();
    allCompleted(
      ws.submitForm(PROJECTOR_DOWN, {
        as: TEACHER,
        at: chicago('2026-11-23 09:10'),
      })
    );
    expect(subjectsTo(ws, LIAM)).toEqual([
      '[T-000001] P1 for you: Projector shows no signal',
    ]);
    expect(subjectsTo(ws, MAYA)).toEqual([
      "[T-000001] Your junior Liam O'Brien has a new P1 ticket",
    ]);
  });

  it('sends each daily email exactly once when the run is killed while delivering them', () => {
    const calls: string[] = [];
    const probe = exampleDesk();
    flickeringDisplay(probe);
    const charge = probe.executions.chargeCall.bind(probe.executions);
    probe.executions.chargeCall = (name, cells) => {
      calls.push(name);
      charge(name, cells);
    };
    nextMorning(probe);
    const expected = probe.outbox
      .filter(m => DAILY.test(m.subject))
      .map(m => String(m.to))
      .sort();
    expect(expected).toEqual([LIAM, MAYA].sort());
    const sends = calls
      .map((name, i) => (name === 'MailApp.sendEmail' ? i + 1 : 0))
      .filter(n => n > 0);

    const ws = exampleDesk();
    flickeringDisplay(ws);
    ws.clock.set(chicago('2026-11-24 08:30'));
    ws.faults.killAtCall(sends[1]);
    expect(ws.run('hourlyMetrics')?.outcome).not.toBe('completed');
    ws.advanceTo(chicago('2026-11-24 11:30')).forEach(completed);
    expect(
      ws.outbox
        .filter(m => DAILY.test(m.subject))
        .map(m => String(m.to))
        .sort()
    ).toEqual(expected);
  });
});

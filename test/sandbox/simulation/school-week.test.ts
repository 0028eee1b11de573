import {mkdtempSync, readdirSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {wallTimeOf} from '../../../sandbox/core/zoned-time';
import {
  busiestDayLine,
  dailyUse,
  mostMailToOnePerson,
} from '../../../sandbox/simulation/daily-quotas';
import {EXAMPLE_SCHOOL_DOMAINS} from '../../../sandbox/simulation/example-accounts';
import {mailLoadLines} from '../../../sandbox/simulation/mail-load';
import {
  LEVEL_2_RESOLUTIONS,
  RESOLUTIONS,
  SchoolWeek,
} from '../../../sandbox/simulation/school-week';
import {summarise} from '../../../sandbox/simulation/summary';
import {
  emailsPerTicket,
  MAX_EMAILS_PER_TICKET,
} from '../../../sandbox/simulation/mail-load';
import {
  LIAM_LEARNS_PRINTERS,
  startApprenticeship,
} from '../../../sandbox/simulation/mentoring';
import {Workspace} from '../../../sandbox/workspace/workspace';
import {loadXlsx} from '../../../sandbox/xlsx/load-xlsx';

/** The example school, set up by its coordinator, at 07:00 on Monday 23 November 2026 in Chicago. */
function exampleSchoolMonday(): Workspace {
  const ws = new Workspace({
    start: new Date('2026-11-23T13:00:00Z'),
    domains: EXAMPLE_SCHOOL_DOMAINS,
  }).loadBundle();
  ws.open();
  ws.clickMenu('Peer Desk', 'Set up or repair');
  ws.clickMenu('Peer Desk', 'Load example school');
  return ws;
}

function playDay(seed: number, perDay = 12) {
  const ws = exampleSchoolMonday();
  const week = new SchoolWeek(ws, {days: 1, perDay, seed}).play();
  return {ws, week};
}

describe('the simulated school week (npm start)', () => {
  it('turns every submission into one ticket worked by the techs, without a failed execution', () => {
    const {ws, week} = playDay(7);
    const tickets = ws.table('Tickets');
    expect(week.submissions).toBe(12);
    expect(tickets).toHaveLength(12);
    expect(
      ws.executions.history.filter(r => r.outcome !== 'completed')
    ).toEqual([]);
    expect(
      tickets.filter(
        t => t['Status'] === 'Resolved' || t['Status'] === 'Escalated'
      ).length
    ).toBeGreaterThan(6);
    expect(summarise(ws, week)[0]).toBe(
      `Simulated 12 form submissions and ${week.techEdits} tech edits (0 refused by Sheets).`
    );
  });

  it('shows articles proposed, published and used, and deflections counted', () => {
    const {ws, week} = playDay(2, 20);
    expect(week.articlesProposed).toBeGreaterThan(0);
    expect(week.articlesPublished).toBeGreaterThan(0);
    expect(week.deflections).toBeGreaterThan(0);
    const selfService = ws
      .table('Tickets')
      .filter(t => t['Resolver Role'] === 'Self-Service');
    expect(selfService).toHaveLength(week.deflections);
    expect(summarise(ws, week)).toContain(
      `Deflections ("This fixed it"): ${week.deflections} of 20 tickets resolved by the teacher with a suggested article`
    );
    expect(
      ws.executions.history.filter(r => r.outcome !== 'completed')
    ).toEqual([]);
  });

  it("sends every email from the owner, whose triggers do the work, whoever's edit fired them", () => {
    // platform.md, Who a script runs as: installable triggers run as their installer.
    const {ws, week} = playDay(2);
    expect(week.techEdits).toBeGreaterThan(0);
    expect(ws.outbox.length).toBeGreaterThan(20);
    expect(new Set(ws.outbox.map(m => m.from))).toEqual(
      new Set([ws.env.owner])
    );
    expect(
      new Set(
        ws.executions.history
          .filter(r => r.cause === 'ON_EDIT')
          .map(r => r.user)
      )
    ).toEqual(new Set([ws.env.owner]));
  });

  it("counts each day's mail recipients and trigger minutes against the owner's quotas", () => {
    const {ws} = playDay(5);
    const days = dailyUse(ws);
    expect(days[0].date).toBe('2026-11-23');
    expect(days.reduce((n, d) => n + d.recipients, 0)).toBe(
      ws.outbox.reduce(
        (n, m) => n + m.to.length + m.cc.length + m.bcc.length,
        0
      )
    );
    expect(days[0].triggerMinutes).toBeGreaterThan(0);
    expect(busiestDayLine(ws)).toMatch(
      /^Busiest day: \d+ mail recipients of the owner's 1500 a day; \d+\.\d trigger minutes of 360 \(workspace account\)\.$/
    );
  });

  it('tells emails per ticket and the most one person received in a day', () => {
    const {ws} = playDay(5);
    const tickets = ws.table('Tickets').length;
    const dateOf = (ms: number) => {
      const t = wallTimeOf(ms, ws.env.timeZone);
      return `${t.year}-${String(t.month).padStart(2, '0')}-${String(t.day).padStart(2, '0')}`;
    };
    const received = new Map<string, number>();
    for (const m of ws.outbox)
      for (const person of new Set([...m.to, ...m.cc, ...m.bcc])) {
        const key = `${dateOf(m.sentAt)} ${person.toLowerCase()}`;
        received.set(key, (received.get(key) ?? 0) + 1);
      }
    const most = mostMailToOnePerson(ws);
    expect(most?.emails).toBe(Math.max(...received.values()));
    expect(received.get(`${most?.date} ${most?.person}`)).toBe(most?.emails);
    expect(mailLoadLines(ws)[0]).toBe(
      `Emails per ticket: ${(ws.outbox.length / tickets).toFixed(2)} (${ws.outbox.length} emails, ${tickets} tickets; budget 2.5)`
    );
  });

  it('plays the same week for the same seed', () => {
    const pick = (seed: number) =>
      playDay(seed)
        .ws.table('Tickets')
        .map(t => [t['Ticket ID'], t['Room'], t['Status'], t['Assignee']]);
    expect(pick(3)).toEqual(pick(3));
    expect(pick(3)).not.toEqual(pick(4));
  });

  it('writes the workbook with every tab and each email as an .eml file', async () => {
    const {ws} = playDay(1);
    const out = mkdtempSync(join(tmpdir(), 'peer-desk-start-'));
    await ws.saveXlsx(join(out, 'peer-desk.xlsx'));
    const names = await ws.saveMail(join(out, 'mail'));
    const copy = await loadXlsx(
      join(out, 'peer-desk.xlsx'),
      ws.services.spreadsheets
    );
    expect(copy.getSheets().map(s => s.getName())).toEqual(
      ws.spreadsheet.getSheets().map(s => s.getName())
    );
    expect(copy.getSheetByName('Tickets')!.getLastRow()).toBe(
      ws.table('Tickets').length + 1
    );
    expect(readdirSync(join(out, 'mail'))).toHaveLength(ws.outbox.length);
    const first = readFileSync(join(out, 'mail', names[0]), 'utf8');
    expect(first).toContain(`Subject: ${ws.outbox[0].subject}`);
  });
});

describe('a Thanksgiving week (23–27 November 2026, Thursday and Friday off)', () => {
  const ws = exampleSchoolMonday();
  const week = new SchoolWeek(ws, {days: 5, perDay: 16, seed: 1}).play();
  const tickets = ws.table('Tickets');

  it('has no school on Thanksgiving Thursday and Friday: nobody submits or works', () => {
    expect(week.noSchoolDays).toEqual(['2026-11-26', '2026-11-27']);
    expect(week.submissions).toBe(48);
    const zone = ws.spreadsheet.getSpreadsheetTimeZone();
    const local = (value: unknown) =>
      value instanceof Date ? wallTimeOf(value.getTime(), zone).day : 0;
    for (const ticket of tickets) {
      expect([23, 24, 25]).toContain(local(ticket['Created']));
      if (ticket['Resolved At'] !== '')
        expect([23, 24, 25]).toContain(local(ticket['Resolved At']));
    }
  });

  it('writes resolution notes that match the problem', () => {
    const resolved = tickets.filter(
      t => t['Resolver Role'] !== '' && t['Resolver Role'] !== 'Self-Service'
    );
    expect(resolved.length).toBeGreaterThan(20);
    for (const ticket of resolved) {
      const category = String(ticket['Category']);
      expect([
        ...(RESOLUTIONS[category] ?? []),
        LEVEL_2_RESOLUTIONS[category],
      ]).toContain(ticket['Resolution']);
    }
  });

  it('has Level 2 staff resolve escalated tickets', () => {
    const escalated = tickets.filter(t => t['Escalation Reason'] !== '');
    expect(escalated.length).toBeGreaterThan(0);
    const level2 = new Set(
      ws
        .table('Techs')
        .filter(t => t['Tier'] === 'Level 2 Staff')
        .map(t => t['Email'])
    );
    for (const ticket of escalated)
      expect([
        ticket['Status'],
        ticket['Resolver Role'],
        level2.has(ticket['Resolved By']),
        ticket['Resolution'],
      ]).toEqual([
        'Resolved',
        'Staff',
        true,
        expect.stringMatching(/^Level 2: /),
      ]);
  });

  it('stays within the notification budget (issue 20): at most 2.5 emails per ticket, reported by role', () => {
    expect(emailsPerTicket(ws)).toBeLessThanOrEqual(MAX_EMAILS_PER_TICKET);
    const lines = summarise(ws, week);
    expect(lines).toContain(
      `Emails per ticket: ${emailsPerTicket(ws).toFixed(2)} (${ws.outbox.length} emails, ${tickets.length} tickets; budget 2.5)`
    );
    const busiest = lines.find(l => l.startsWith('Most emails to one person'));
    // Who, by role: never a requester's raw address.
    expect(busiest).toMatch(
      /in a day: \d+, (a requester|.+ \((Junior Tech|Senior Mentor|Level 2 Staff)\)|a leader or the coordinator) on 2026-11-2\d$/
    );
    expect(busiest).not.toContain('@');
  });

  it('gets ratings from 1 to 5 stars, mostly 4 and 5', () => {
    const stars = tickets.map(t => t['Rating']).filter(r => r !== '');
    expect(stars.length).toBe(week.ratings);
    const count = (n: number) => stars.filter(s => s === n).length;
    expect(count(5)).toBe(Math.max(...[1, 2, 3, 4, 5].map(count)));
    expect((count(4) + count(5)) / stars.length).toBeGreaterThan(0.6);
    expect(new Set(stars).size).toBeGreaterThan(2);
  });
});

describe('the demo’s week (npm start)', () => {
  it('plays plain requests, no attack strings, and tells each school day as it reaches it', () => {
    const ws = exampleSchoolMonday();
    const days: string[] = [];
    const week = new SchoolWeek(ws, {
      days: 2,
      perDay: 40,
      seed: 1,
      hostile: false,
      onDay: (date, day) => days.push(`${day} ${date}`),
    }).play();
    expect(days).toEqual(['1 2026-11-23', '2 2026-11-24']);
    const typed = ws
      .table('Tickets')
      .flatMap(t => [String(t['Summary']), String(t['Details'])]);
    expect(typed).toHaveLength(2 * week.submissions);
    for (const attack of [
      /^[=+@\t-]/,
      /<script|<b>|evil\.example/,
      /We tried everything/,
    ])
      expect(typed.filter(text => attack.test(text))).toEqual([]);
    // The same seed with hostile answers (tests and the bench) does send them.
    const hostile = exampleSchoolMonday();
    new SchoolWeek(hostile, {days: 2, perDay: 40, seed: 1}).play();
    expect(
      hostile
        .table('Tickets')
        .some(t => /evil\.example|<script|^'?[=+@-]/.test(String(t['Summary'])))
    ).toBe(true);
  });

  it('sums up in people’s words, with the service calls only when asked', () => {
    const {ws, week} = playDay(7);
    const lines = summarise(ws, week);
    expect(lines.join('\n')).not.toContain('Service calls');
    expect(lines.join('\n')).not.toMatch(/\b1 stars\b|\(none\)/);
    expect(lines.at(-1)).toMatch(
      /^The desk ran \d+ times .*; every run finished\.$/
    );
    expect(summarise(ws, week, true)).toContain('Service calls (round trips):');
  });
});

describe('mentoring in the simulated week', () => {
  it('certifies a junior on practice tickets their mentor signs off, and keeps practice out of the metrics', () => {
    const ws = exampleSchoolMonday();
    startApprenticeship(ws, LIAM_LEARNS_PRINTERS);
    const week = new SchoolWeek(ws, {days: 1, perDay: 6, seed: 3}).play();
    ws.clickMenu('Peer Desk', 'Rebuild metrics');
    const summary = summarise(ws, week);
    expect(summary).toContain(
      "Certified this week: Liam O'Brien (certified in printer)"
    );
    expect(summary).toContain(
      'Practice tickets: 3, of them in Metrics: 0 (kept out of every figure)'
    );
    expect(ws.table('Metrics')).toHaveLength(6);
    const liam = ws
      .table('Techs')
      .find(t => t['Email'] === LIAM_LEARNS_PRINTERS.tech);
    expect(String(liam?.['Skills'])).not.toContain('Printer:');
  });
});

describe('the week with the conversation by email (npm start)', () => {
  const ws = exampleSchoolMonday();
  const week = new SchoolWeek(ws, {
    days: 2,
    perDay: 16,
    seed: 1,
    conversation: true,
  }).play();
  const tickets = ws.table('Tickets');

  it('has techs ask questions that teachers answer by email, an out-of-office among them, and requests emailed in', () => {
    expect(week.questions).toBeGreaterThan(0);
    expect(week.emailReplies).toBeGreaterThan(0);
    expect(week.autoReplies).toBeGreaterThan(0);
    expect(week.emailRequests).toBe(2);
    const byEmail = ws
      .table('Activity')
      .filter(
        a =>
          a['Field'] === 'Requester Reply' &&
          String(a['Who']).endsWith('(email)')
      );
    // Every answer that came in before the week ended is on its ticket, once; no auto-reply is.
    expect(byEmail.length).toBeGreaterThan(0);
    expect(byEmail.length).toBeLessThanOrEqual(week.emailReplies);
    expect(
      byEmail.filter(a => String(a['New Value']).includes('out of the office'))
    ).toEqual([]);
    expect(
      tickets.filter(t => String(t['Response Key']).startsWith('email:'))
    ).toHaveLength(2);
    expect(summarise(ws, week)).toContain(
      `Conversation: ${week.questions} questions emailed to teachers; ${week.emailReplies} answered by replying (${byEmail.length} on tickets), ${week.autoReplies} out-of-office replies ignored; 2 requests emailed in (2 tickets)`
    );
  });

  it("puts no student's address in any email to an adult: not in To, Cc, Bcc, Reply-To or the words", () => {
    const student = /@students\.example\.org/i;
    const toAdults = ws.outbox.filter(
      m => ![...m.to, ...m.cc, ...m.bcc].some(a => student.test(a))
    );
    expect(toAdults.length).toBeGreaterThan(30);
    const leaks = toAdults.filter(m =>
      [...m.cc, ...m.bcc, m.replyTo ?? '', m.body, m.htmlBody ?? ''].some(
        part => student.test(part)
      )
    );
    expect(leaks.map(m => `${m.to.join(',')}: ${m.subject}`)).toEqual([]);
  });
});

describe('the simulated week and work that needs an adult', () => {
  it('has Level 2 staff approve each password ticket before a student starts it', () => {
    const {ws, week} = playDay(3, 30);
    const techs = ws.table('Techs');
    const staff = new Set(
      techs
        .filter(t => t['Tier'] === 'Level 2 Staff')
        .map(t => String(t['Email']))
    );
    const students = new Set(
      techs.map(t => String(t['Email'])).filter(email => !staff.has(email))
    );
    const adultOnly = new Set(
      ws
        .table('Tickets')
        .filter(t => t['Category'] === 'Account or Password')
        .map(t => String(t['Ticket ID']))
    );
    const lines = ws
      .table('Activity')
      .filter(a => adultOnly.has(String(a['Ticket ID'])));
    const studentWork = lines.filter(
      a =>
        a['Field'] === 'Status' &&
        ['In Progress', 'Resolved'].includes(String(a['New Value'])) &&
        students.has(String(a['Who']))
    );
    expect(studentWork.length).toBeGreaterThan(0);
    for (const work of studentWork) {
      const approvedBefore = lines.some(
        a =>
          a['Ticket ID'] === work['Ticket ID'] &&
          a['Field'] === 'Staff Approval' &&
          staff.has(String(a['Who'])) &&
          Number(a['When']) <= Number(work['When'])
      );
      expect([work['Ticket ID'], approvedBefore]).toEqual([
        work['Ticket ID'],
        true,
      ]);
    }
    const approvals = ws
      .table('Activity')
      .filter(
        a => a['Field'] === 'Staff Approval' && staff.has(String(a['Who']))
      );
    expect(summarise(ws, week)).toContain(
      `Safeguarding: ${approvals.length} tickets that need an adult approved by Level 2 staff before a student started them`
    );
  });
});

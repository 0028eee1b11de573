import {hiddenFormBody} from '../../../sandbox/web/page-form';
import {Workspace} from '../../../sandbox/workspace/workspace';
import {
  activity,
  allCompleted,
  chicago,
  completed,
  exampleDesk,
  PROJECTOR_DOWN,
  TEACHER,
  ticket,
} from '../../support/peer-desk';
import {visibleText} from '../../support/page-text';

const LIAM = 'liam.obrien@students.example.org';

function query(link: string): string {
  return new URL(link).search.slice(1);
}

/** The teacher-page link in the latest email to the teacher. */
function teacherLink(ws: Workspace): string {
  const mail = ws.outbox.filter(m => [m.to].flat().includes(TEACHER)).at(-1);
  const link = /^Your requests: (https?:\/\/\S+)$/m.exec(mail?.body ?? '');
  if (!link) throw new Error(`no teacher link in ${mail?.subject}`);
  return link[1];
}

/** One form of a page, by the value of its `f` field, as the browser would post it. */
function formBody(html: string, form: string, extra: string): string {
  const forms = html.split('<form').slice(1);
  const found = forms.find(f => f.includes(`name="f" value="${form}"`));
  if (!found) throw new Error(`no ${form} form`);
  return `${hiddenFormBody(`<form${found.split('</form>')[0]}`)}&${extra}`;
}

function open(ws: Workspace, link = teacherLink(ws)) {
  const page = ws.webApp({query: query(link)});
  completed(page.record);
  return page;
}

function waitingDesk(): Workspace {
  const ws = exampleDesk();
  allCompleted(
    ws.submitForm(PROJECTOR_DOWN, {
      as: TEACHER,
      at: chicago('2026-11-23 09:10'),
    })
  );
  allCompleted(ws.edit('Tickets', 'B2', 'Waiting on Requester', {as: LIAM}));
  return ws;
}

describe('the teacher page', () => {
  it('is linked from every requester email, sealed: the address is not in the URL', () => {
    const ws = waitingDesk();
    const link = teacherLink(ws);
    expect(link).toMatch(/\?p=teacher&q=[0-9a-f]+&d=\d+&s=[\w-]+$/);
    expect(link).not.toContain('garcia');
    expect(link).not.toContain(encodeURIComponent(TEACHER));
    const confirmation = ws.outbox.find(m =>
      m.subject.includes('We got your request')
    );
    expect(confirmation?.htmlBody).toContain('>Your requests</a>');
  });

  it('shows the request in words, who is on it, what happens next and the self-help, and changes nothing', () => {
    const ws = waitingDesk();
    const lines = activity(ws).length;
    const page = open(ws);
    expect(page.title).toBe('Your requests');
    expect(visibleText(page.content)).toContain(
      'T-000001: Projector shows no signal'
    );
    expect(visibleText(page.content)).toContain(
      'Liam needs something from you to go on.'
    );
    expect(visibleText(page.content)).toContain('Who is on it: Liam ');
    expect(visibleText(page.content)).toContain(
      'Liam needs your answer before going on: write it below.'
    );
    expect(visibleText(page.content)).toContain('Self-help we suggested');
    expect(page.content).toContain('<textarea id="answer-ticket-T-000001"');
    expect(page.content).not.toContain('liam.obrien');
    expect(activity(ws)).toHaveLength(lines);
    expect(ticket(ws, 'T-000001').Status).toBe('Waiting on Requester');
  });

  it('takes the answer once: on the ticket and in Activity, back In Progress, and the tech told', () => {
    const ws = waitingDesk();
    const page = open(ws);
    const body = formBody(
      page.content,
      'answer',
      'answer=It%20is%20the%20HDMI%20port%20on%20the%20wall'
    );
    const answered = ws.webApp({method: 'POST', body});
    completed(answered.record);
    expect(answered.title).toBe('Your answer was sent');
    expect(visibleText(answered.content)).toContain(
      'Liam has your answer and ticket T-000001 is back in progress.'
    );
    const row = ticket(ws, 'T-000001');
    expect(row.Status).toBe('In Progress');
    expect(row['Requester Reply']).toBe('It is the HDMI port on the wall');
    expect(activity(ws).slice(-2)).toEqual([
      `T-000001 Requester Reply:  → It is the HDMI port on the wall (${TEACHER} (teacher page))`,
      `T-000001 Status: Waiting on Requester → In Progress (${TEACHER} (teacher page))`,
    ]);
    const notice = ws.outbox.filter(m => [m.to].flat().includes(LIAM)).at(-1);
    expect(notice?.subject).toBe(
      '[T-000001] The requester answered: Projector shows no signal'
    );
    expect(notice?.body).toContain(
      'Their answer: It is the HDMI port on the wall'
    );
    // A student tech's reply would go to the desk, never privately to the teacher.
    expect(notice?.replyTo).toBeUndefined();
    completed(ws.run('sweep'));
    expect(ws.table('Outbox').at(-1)?.Status).toBe('Sent');

    const again = ws.webApp({method: 'POST', body});
    expect(visibleText(again.content)).toContain(
      'Ticket T-000001 changed since you opened this page, or your answer was already sent.'
    );
    expect(
      activity(ws).filter(l => l.includes('Requester Reply'))
    ).toHaveLength(1);
  });

  it('refuses a forged or altered link, and an answer to a ticket no longer waiting', () => {
    const ws = waitingDesk();
    const link = teacherLink(ws);
    const forged = link.replace(/s=[\w-]+$/, 's=AAAA');
    expect(visibleText(open(ws, forged).content)).toContain(
      'This link is not valid.'
    );
    const other = link.replace(/q=([0-9a-f]{4})/, 'q=0000');
    expect(open(ws, other).title).toBe('This link did not work');
    const page = open(ws);
    allCompleted(ws.edit('Tickets', 'B2', 'In Progress', {as: LIAM}));
    const late = ws.webApp({
      method: 'POST',
      body: formBody(page.content, 'answer', 'answer=Too%20late'),
    });
    expect(late.title).toBe('This link did not work');
    expect(visibleText(late.content)).toContain(
      'Ticket T-000001 changed since you opened this page'
    );
    expect(ticket(ws, 'T-000001')['Requester Reply']).toBe('');
  });

  it('records the notification choice and honours "only when resolved": no intermediate mail', () => {
    const ws = waitingDesk();
    const page = open(ws);
    const saved = ws.webApp({
      method: 'POST',
      body: formBody(page.content, 'preference', 'pref=resolved'),
    });
    completed(saved.record);
    expect(visibleText(saved.content)).toContain(
      'Saved: Only when a request is resolved.'
    );
    expect(saved.content).toMatch(
      /id="pref-resolved" name="pref" value="resolved" checked/
    );
    expect(ws.table('Requesters')).toEqual([
      expect.objectContaining({
        Requester: TEACHER,
        Notifications: 'Only when resolved',
      }),
    ]);
    const before = ws.outbox.filter(m =>
      [m.to].flat().includes(TEACHER)
    ).length;
    allCompleted(
      ws.submitForm(
        {...PROJECTOR_DOWN, Room: '118', 'Short summary': 'Speaker crackles'},
        {as: TEACHER, at: chicago('2026-11-23 10:10')}
      )
    );
    allCompleted(ws.edit('Tickets', 'B3', 'Escalated', {as: LIAM}));
    completed(ws.run('sweep'));
    const subjects = ws.outbox
      .filter(m => [m.to].flat().includes(TEACHER))
      .slice(before)
      .map(m => m.subject);
    expect(subjects).toEqual([
      '[T-000002] We got your request: Speaker crackles',
    ]);
  });

  it('sends every step to a teacher who chose it (the escalation mail the default skips)', () => {
    const ws = waitingDesk();
    completed(
      ws.webApp({
        method: 'POST',
        body: formBody(open(ws).content, 'preference', 'pref=every'),
      }).record
    );
    allCompleted(
      ws.submitForm(
        {...PROJECTOR_DOWN, Room: '118', 'Short summary': 'Speaker crackles'},
        {as: TEACHER, at: chicago('2026-11-23 10:10')}
      )
    );
    allCompleted(ws.edit('Tickets', 'B3', 'Escalated', {as: LIAM}));
    completed(ws.run('sweep'));
    expect(
      ws.outbox.filter(m => [m.to].flat().includes(TEACHER)).map(m => m.subject)
    ).toContain(
      '[T-000002] Passed to the district tech team: Speaker crackles'
    );
  });

  it('refuses a link older than its lifetime', () => {
    const ws = waitingDesk();
    const link = teacherLink(ws);
    ws.clock.set(ws.clock.now() + 181 * 86_400_000);
    expect(visibleText(open(ws, link).content)).toContain(
      'This link is too old.'
    );
  });

  it('gives a teacher who chose a daily summary one email a day instead of each step', () => {
    const ws = waitingDesk();
    ws.webApp({
      method: 'POST',
      body: formBody(open(ws).content, 'preference', 'pref=daily'),
    });
    const before = ws.outbox.length;
    allCompleted(ws.edit('Tickets', 'B2', 'In Progress', {as: LIAM}));
    const resolution = ws.values('Tickets')[0].indexOf('Resolution') + 1;
    const a1 = ws.sheet('Tickets').getRange(2, resolution).getA1Notation();
    allCompleted(ws.edit('Tickets', a1, 'Swapped the HDMI cable', {as: LIAM}));
    allCompleted(ws.edit('Tickets', 'B2', 'Resolved', {as: LIAM}));
    completed(ws.run('sweep'));
    const toTeacher = () =>
      ws.outbox.slice(before).filter(m => [m.to].flat().includes(TEACHER));
    expect(toTeacher()).toEqual([]);
    ws.clock.set(chicago('2026-11-23 15:45'));
    completed(ws.run('hourlyMetrics'));
    const [summary, ...more] = toTeacher();
    expect(more).toEqual([]);
    expect(summary.subject).toBe('Your requests today: 1 changed');
    expect(summary.body).toContain(
      'You chose one summary a day. Here is where the requests that changed today stand.'
    );
    expect(summary.body).toContain(
      '- T-000001: Projector shows no signal: Liam resolved it. Nothing more: if the problem comes back, send a new request with this ticket number.'
    );
    expect(summary.body).toMatch(/Your requests: https:\/\/\S+\?p=teacher&q=/);
    completed(ws.run('hourlyMetrics'));
    expect(toTeacher()).toHaveLength(1);
  });

  it('shows an old open request far up the ledger and the newest one, among hundreds of other people’s', () => {
    const ws = waitingDesk();
    const sheet = ws.sheet('Tickets');
    const [header, template] = ws.values('Tickets');
    const col = (name: string) => header.indexOf(name);
    // Host writes: 600 closed tickets of another teacher after the waiting one.
    const others = Array.from({length: 600}, (_, i) => {
      const row = [...template];
      row[col('Ticket ID')] = `T-${String(i + 2).padStart(6, '0')}`;
      row[col('Requester')] = 'm.lopez@school.example';
      row[col('Status')] = 'Closed';
      row[col('Response Key')] = `other-${i}`;
      row[col('Tracked')] = JSON.stringify({
        ...JSON.parse(String(template[col('Tracked')])),
        Status: 'Closed',
      });
      return row;
    });
    sheet.insertRowsAfter(sheet.getMaxRows(), others.length);
    sheet.getRange(3, 1, others.length, header.length).setValues(others);
    completed(ws.run('sweep'));
    allCompleted(
      ws.submitForm(
        {...PROJECTOR_DOWN, 'Short summary': 'Speaker crackles'},
        {as: TEACHER}
      )
    );
    const page = open(ws);
    expect(visibleText(page.content)).toContain(
      'T-000001: Projector shows no signal'
    );
    expect(visibleText(page.content)).toContain('T-000602: Speaker crackles');
    expect(page.content).not.toContain('T-000300');
  });
});

import {hiddenFormBody} from '../../../sandbox/web/page-form';
import {Workspace} from '../../../sandbox/workspace/workspace';
import {
  activity,
  allCompleted,
  chicago,
  completed,
  PROJECTOR_DOWN,
  resolvedTicket,
  setConfig,
  TEACHER,
  ticket,
} from '../../support/peer-desk';
import {visibleText} from '../../support/page-text';

/** The words of a page's second-level headings, in order. */
function headings(html: string): string[] {
  return [...html.matchAll(/<h2\b[^>]*>([\s\S]*?)<\/h2>/g)].map(m =>
    visibleText(m[1])
  );
}

const LIAM = 'liam.obrien@students.example.org';
const MAYA = 'maya.patel@students.example.org';
const TITLE = 'Projector shows no signal';
const STEPS = 'Push the HDMI plug in firmly at both ends.';

function query(link: string): string {
  return new URL(link).search.slice(1);
}

/** Liam proposes an article from resolved T-000001; Maya edits its steps and publishes it. */
function publishedArticle(): Workspace {
  const {ws} = resolvedTicket();
  allCompleted(ws.open({as: LIAM}));
  ws.select('Tickets', 'D2', {as: LIAM});
  completed(
    ws.clickMenu('Peer Desk', 'Propose article from selected ticket', {
      as: LIAM,
    })
  );
  const row = ws.table('Knowledge Base').length + 1;
  const headers = ws.values('Knowledge Base')[0];
  const cell = (header: string) =>
    ws
      .sheet('Knowledge Base')
      .getRange(row, headers.indexOf(header) + 1)
      .getA1Notation();
  allCompleted(
    ws.edit('Knowledge Base', cell('Steps or Link'), STEPS, {as: MAYA})
  );
  allCompleted(
    ws.edit('Knowledge Base', cell('Status'), 'Published', {as: MAYA})
  );
  return ws;
}

/** A teacher's request the new article answers; returns its "This fixed it" link. */
function requestAnswered(ws: Workspace, id: string, at: string): string {
  allCompleted(
    ws.submitForm(
      {
        ...PROJECTOR_DOWN,
        Room: '120',
        'Short summary': 'Projector shows no signal again',
      },
      {as: TEACHER, at: chicago(at)}
    )
  );
  const confirmation = ws.outbox.find(m =>
    m.subject.startsWith(`[${id}] We got your request`)
  );
  expect(confirmation?.body).toContain(`- ${TITLE}: ${STEPS}`);
  // The text twin: "- Title: steps" then, indented, "This fixed it: <link>".
  const link = (confirmation?.body ?? '')
    .split(`- ${TITLE}: ${STEPS}\n  This fixed it: `)[1]
    ?.split('\n')[0];
  expect(link).toMatch(/^https:\/\/\S+\?p=fixed&t=/);
  expect(link).toBeDefined();
  return link as string;
}

describe('"This fixed it"', () => {
  it('takes an article from proposal to publication to a self-service resolution, and the metrics count it', () => {
    const ws = publishedArticle();
    const link = requestAnswered(ws, 'T-000002', '2026-11-23 11:00');
    const confirmation = ws.outbox.find(m =>
      m.subject.startsWith('[T-000002] We got your request')
    );
    expect(confirmation?.htmlBody).toContain('>This fixed it</a>');
    expect(confirmation?.body).toMatch(
      /Browse the Knowledge Base: https:\/\/\S+\?p=kb&l=en/
    );
    // The ticket row owes its Activity lines; the next sweep writes them.
    ws.advanceTo(chicago('2026-11-23 11:05'));
    expect(activity(ws)).toContain(
      `T-000002 Self-Help Suggested:  → Projector shows "No signal"\n${TITLE}\nFixed before (T-000001) (Peer Desk intake)`
    );
    const assigneeName = String(ticket(ws, 'T-000002').Assignee);
    const assignee = ws
      .table('Techs')
      .find(t => t['Display Name'] === assigneeName)?.Email;
    const lines = activity(ws).length;

    // Opening the link (as a mail scanner does) shows the article and a button; nothing changes.
    const shown = ws.webApp({query: query(link)});
    completed(shown.record);
    expect(shown.title).toBe('Did this fix it?');
    expect(visibleText(shown.content)).toContain(`${TITLE} ${STEPS}`);
    expect(shown.content).toContain('<button type="submit" id="fixed">');
    expect(ticket(ws, 'T-000002').Status).toBe('Assigned');
    expect(activity(ws)).toHaveLength(lines);

    const done = ws.webApp({
      method: 'POST',
      body: hiddenFormBody(shown.content),
    });
    completed(done.record);
    expect(visibleText(done.content)).toContain(
      'Ticket T-000002 is now resolved.'
    );
    expect(ticket(ws, 'T-000002')).toMatchObject({
      Status: 'Resolved',
      'Resolver Role': 'Self-Service',
      'Resolved By': '',
      Resolution: `Self-service: the requester said the Knowledge Base article "${TITLE}" fixed it.`,
    });
    expect(activity(ws).slice(lines)).toEqual([
      'T-000002 Status: Assigned → Resolved (requester (this fixed it link))',
      `T-000002 Self-Help Fixed:  → ${TITLE} (requester (this fixed it link))`,
    ]);
    expect(
      ws.table('Knowledge Base').find(a => a.Title === TITLE)?.Helped
    ).toBe(1);
    const told = ws.outbox.find(m =>
      m.subject.startsWith('[T-000002] Fixed by the requester')
    );
    expect(told?.to).toEqual([assignee]);
    expect(told?.body).toContain(
      `The requester said the Knowledge Base article "${TITLE}" fixed it`
    );

    // Once only: the button again, or the link again, finds the ticket resolved.
    const again = ws.webApp({
      method: 'POST',
      body: hiddenFormBody(shown.content),
    });
    expect(again.title).toBe('Already resolved');
    expect(ws.webApp({query: query(link)}).title).toBe('Already resolved');
    expect(
      ws.table('Knowledge Base').find(a => a.Title === TITLE)?.Helped
    ).toBe(1);
    // The sweep finds nothing to redo: the resolution was the desk's own.
    completed(ws.run('sweep'));
    expect(ticket(ws, 'T-000002').Status).toBe('Resolved');
    expect(
      ws.outbox.filter(m => m.subject.startsWith('[T-000002] Resolved'))
    ).toEqual([]);

    // A second request the article does not fix: offered, not deflected.
    requestAnswered(ws, 'T-000003', '2026-11-23 11:30');
    // The sweep writes the Activity lines the new ticket owes, its self-help offer among them.
    completed(ws.run('sweep'));
    completed(ws.run('rebuildMetrics'));
    const metrics = ws.table('Metrics');
    expect(metrics.find(r => r.ticket_id === 'T-000002')).toMatchObject({
      resolved_by: 'self-service',
      self_help_offered: 3,
      fixed_by_article: TITLE,
    });
    expect(JSON.stringify(ws.values('Metrics'))).not.toContain(TEACHER);
    const dashboard = ws.values('Dashboard');
    const rowOf = (label: string) => dashboard.find(r => r[0] === label);
    expect(rowOf('Deflection rate')?.[1]).toBe(0.333);
    expect(rowOf('Deflections')?.[1]).toBe(1);
    expect(rowOf(TITLE)?.slice(0, 4)).toEqual([TITLE, 2, 1, 0.5]);

    setConfig(ws, 'Digest Recipients', 'principal@school.example');
    completed(ws.run('sendWeeklyDigest'));
    const digest = ws.outbox.find(m => m.subject.includes('weekly digest'));
    expect(digest?.body).toContain(
      '- Fixed by the teacher with an article: 1 of the 3 tickets offered self-help (33%)'
    );
    expect(digest?.body).toContain(`- ${TITLE}: helped 1 of 2 times`);
  });

  it('refuses a forged or altered link and changes nothing', () => {
    const ws = publishedArticle();
    const link = requestAnswered(ws, 'T-000002', '2026-11-23 11:00');
    const lines = activity(ws).length;
    const altered = query(link).replace('t=T-000002', 't=T-000001');
    expect(visibleText(ws.webApp({query: altered}).content)).toContain(
      'This link is not valid.'
    );
    const posted = ws.webApp({method: 'POST', body: altered});
    expect(visibleText(posted.content)).toContain('This link is not valid.');
    expect(ticket(ws, 'T-000002').Status).toBe('Assigned');
    expect(activity(ws)).toHaveLength(lines);
  });
});

describe('the Knowledge Base page', () => {
  it('lists published articles, ranks a search, speaks the visitor language and changes nothing', () => {
    const ws = publishedArticle();
    const lines = activity(ws).length;
    const all = ws.webApp({query: 'p=kb'});
    completed(all.record);
    expect(all.title).toBe('Knowledge Base');
    expect(headings(all.content)).toContain(TITLE);
    const found = ws.webApp({query: 'p=kb&q=hdmi%20no%20signal'});
    // The visitor's words keep their own direction inside the sentence.
    expect(found.content).toContain('<bdi>hdmi no signal</bdi>');
    const titles = headings(found.content);
    expect(titles.slice(0, 3)).toEqual([
      'Articles for "hdmi no signal"',
      'Projector shows "No signal"',
      TITLE,
    ]);
    const spanish = ws.webApp({query: 'p=kb&l=es&q=proyector'});
    expect(spanish.content).toContain('<html lang="es"');
    expect(headings(spanish.content)).toContain(
      'El proyector dice "Sin señal"'
    );
    const polishFallback = ws.webApp({query: 'p=kb&l=pl&q=printer'});
    expect(visibleText(polishFallback.content)).toContain('Po angielsku');
    const escaped = ws.webApp({query: `p=kb&q=${encodeURIComponent('<b>x')}`});
    expect(escaped.content).not.toContain('<b>x');
    expect(activity(ws)).toHaveLength(lines);
  });
});

import {hiddenFormBody} from '../../../sandbox/web/page-form';
import {replyTo} from '../../../sandbox/mail/inbound';
import {Workspace} from '../../../sandbox/workspace/workspace';
import {
  requesterPage,
  techSidebar,
  threadItems,
} from '../../support/thread-views';
import {
  allCompleted,
  completed,
  connectChat,
  deskWithTwoTickets,
  setConfig,
  SPACE,
  TEACHER,
  ticket,
  ticketCell,
} from '../../support/peer-desk';

const LIAM = 'liam.obrien@students.example.org';
const QUESTION =
  'Which wall port is it plugged into? <img src=x onerror=alert(1)>';
const ANSWER = 'The left one, labelled <b>B2</b>.';

/** T-000001 waits on its teacher, who got Liam's question. */
function askedDesk(): Workspace {
  const ws = deskWithTwoTickets();
  allCompleted(
    ws.edit('Tickets', ticketCell(ws, 'Status'), 'Waiting on Requester', {
      as: LIAM,
    })
  );
  allCompleted(
    ws.edit('Tickets', ticketCell(ws, 'Message to Requester'), QUESTION, {
      as: LIAM,
    })
  );
  return ws;
}

function answerOnPage(ws: Workspace, html: string, answer: string): string {
  const form = html
    .split('<form')
    .slice(1)
    .find(f => f.includes('name="f" value="answer"'));
  if (!form) throw new Error('no answer box');
  const body = `${hiddenFormBody(`<form${form.split('</form>')[0]}`)}&answer=${encodeURIComponent(answer)}`;
  const page = ws.webApp({method: 'POST', body});
  completed(page.record);
  return page.content;
}

describe("the ticket's thread", () => {
  it("shows the teacher the tech's question, signed, before the answer box, every word escaped", () => {
    const ws = askedDesk();
    const html = requesterPage(ws);
    expect(threadItems(html, 'T-000001')).toEqual([
      'Liam needs something from you to go on.',
      'Liam wrote: Which wall port is it plugged into? &lt;img src=x onerror=alert(1)&gt;',
    ]);
    expect(html).not.toContain('<img');
    const section = html.split('<section').find(s => s.includes('T-000001'));
    expect(section?.indexOf('class="thread"')).toBeLessThan(
      section?.indexOf('<textarea') ?? -1
    );
  });

  it("adds the teacher's answer from the page and the step back In Progress, oldest first", () => {
    const ws = askedDesk();
    answerOnPage(ws, requesterPage(ws), ANSWER);
    expect(ticket(ws, 'T-000001').Status).toBe('In Progress');
    allCompleted(
      ws.edit(
        'Tickets',
        ticketCell(ws, 'Message to Requester'),
        'Thanks, it works now.',
        {as: LIAM}
      )
    );
    expect(threadItems(requesterPage(ws), 'T-000001')).toEqual([
      'Liam needs something from you to go on.',
      'Liam wrote: Which wall port is it plugged into? &lt;img src=x onerror=alert(1)&gt;',
      'You wrote: The left one, labelled &lt;b&gt;B2&lt;/b&gt;.',
      'Liam is on it and will contact you if they need anything.',
      'Liam wrote: Thanks, it works now.',
    ]);
  });

  it('takes an answer by email into the thread once, even when the sweep runs again', () => {
    const ws = askedDesk();
    setConfig(ws, 'Email Replies', 'On');
    const question = ws.outbox.filter(m => m.to.includes(TEACHER)).at(-1)!;
    ws.receiveMail(
      replyTo(question, {from: `Rosa Garcia <${TEACHER}>`, body: 'Port B2.'})
    );
    completed(ws.run('sweep'));
    completed(ws.run('sweep'));
    expect(threadItems(requesterPage(ws), 'T-000001').slice(2)).toEqual([
      'You wrote: Port B2.',
      'Liam is on it and will contact you if they need anything.',
    ]);
  });

  it("posts the tech's message and the teacher's answer in the ticket's Chat thread", () => {
    const ws = deskWithTwoTickets();
    connectChat(ws);
    allCompleted(
      ws.edit('Tickets', ticketCell(ws, 'Status'), 'Waiting on Requester', {
        as: LIAM,
      })
    );
    allCompleted(
      ws.edit('Tickets', ticketCell(ws, 'Message to Requester'), QUESTION, {
        as: LIAM,
      })
    );
    answerOnPage(ws, requesterPage(ws), ANSWER);
    completed(ws.run('sweep'));
    const inThread = ws.services.chat
      .messages(SPACE)
      .filter(m => m.threadKey === 'ticket-T-000001' && m.text !== undefined)
      .map(m => m.text);
    expect(inThread).toEqual([
      `${LIAM} wrote to the requester on T-000001: Which wall port is it plugged into? &lt;img src=x onerror=alert(1)&gt;`,
      'The requester answered on T-000001: The left one, labelled &lt;b&gt;B2&lt;/b&gt;.',
    ]);
    expect(JSON.stringify(ws.services.chat.messages(SPACE))).not.toContain(
      TEACHER
    );
  });

  it('shows a tech the selected ticket’s conversation in a sidebar from the menu', () => {
    const ws = askedDesk();
    answerOnPage(ws, requesterPage(ws), ANSWER);
    const html = techSidebar(ws, 'T-000001', LIAM);
    expect(html).toContain('<h1>Conversation on T-000001</h1>');
    const items = threadItems(html, 'T-000001');
    expect(items).toEqual([
      'Status: Waiting on Requester',
      'Liam wrote to the requester: Which wall port is it plugged into? &lt;img src=x onerror=alert(1)&gt;',
      'The requester wrote: The left one, labelled &lt;b&gt;B2&lt;/b&gt;.',
      'Status: In Progress',
    ]);
  });
});

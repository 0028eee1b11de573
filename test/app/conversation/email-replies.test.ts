import {bounce, outOfOffice, replyTo} from '../../../sandbox/mail/inbound';
import {SentMessage} from '../../../sandbox/mail/outbox';
import {Workspace} from '../../../sandbox/workspace/workspace';
import {
  activity,
  allCompleted,
  completed,
  deskWithTwoTickets,
  setConfig,
  TEACHER,
  ticket,
  ticketCell,
} from '../../support/peer-desk';

const LIAM = 'liam.obrien@students.example.org';
const GARCIA = `Rosa Garcia <${TEACHER}>`;

/** T-000001 waits on its teacher, who got Liam's question; the desk reads its mailbox. */
function askedDesk(): {ws: Workspace; question: SentMessage} {
  const ws = deskWithTwoTickets();
  setConfig(ws, 'Email Replies', 'On');
  allCompleted(
    ws.edit('Tickets', ticketCell(ws, 'Status'), 'Waiting on Requester', {
      as: LIAM,
    })
  );
  allCompleted(
    ws.edit(
      'Tickets',
      ticketCell(ws, 'Message to Requester'),
      'Which wall port is the projector plugged into?',
      {as: LIAM}
    )
  );
  const question = ws.outbox.at(-1)!;
  expect(question.subject).toBe(
    '[T-000001] We need your help: Projector shows no signal'
  );
  return {ws, question};
}

function replyLines(ws: Workspace): string[] {
  return activity(ws).filter(line => line.includes('Requester Reply'));
}

describe('replies by email', () => {
  it("puts the teacher's reply on the ticket, without the quoted question or the signature, and moves it to In Progress", () => {
    const {ws, question} = askedDesk();
    expect(question.body).toContain(
      'Reply to this email: your answer is added to ticket T-000001, where Liam reads it.'
    );
    ws.receiveMail(
      replyTo(question, {
        from: GARCIA,
        body: 'The one on the left wall, labelled B.',
        signature: 'Rosa Garcia\nRoom 214',
      })
    );
    const sent = ws.outbox.length;
    completed(ws.run('sweep'));
    const row = ticket(ws, 'T-000001');
    expect(row.Status).toBe('In Progress');
    expect(row['Requester Reply']).toBe(
      'The one on the left wall, labelled B.'
    );
    expect(replyLines(ws)).toEqual([
      `T-000001 Requester Reply:  → The one on the left wall, labelled B. (${TEACHER} (email))`,
    ]);
    expect(activity(ws)).toContain(
      `T-000001 Status: Waiting on Requester → In Progress (${TEACHER} (email))`
    );
    // Liam hears of it (a P1: at once); the teacher gets no answer to an answer.
    const aboutIt = () =>
      ws.outbox.slice(sent).filter(m => m.subject.startsWith('[T-000001]'));
    expect(aboutIt().map(m => [m.to, m.subject])).toEqual([
      [[LIAM], '[T-000001] The requester answered: Projector shows no signal'],
    ]);
    expect(aboutIt()[0].body).toContain(
      `${TEACHER} answered by email. The ticket is back In Progress.`
    );
    // The thread is labelled in the desk's mailbox; later sweeps take nothing again.
    completed(ws.run('sweep'));
    ws.advance(30 * 60_000);
    expect(replyLines(ws)).toHaveLength(1);
    expect(aboutIt()).toHaveLength(1);
  });

  it('lets an out-of-office reply, a bounce, a stranger and the desk itself change nothing, and answers none', () => {
    const {ws, question} = askedDesk();
    ws.receiveMail(outOfOffice(question, GARCIA));
    ws.receiveMail(
      outOfOffice(question, GARCIA, {
        Precedence: 'auto_reply',
        'X-Autoreply': 'yes',
      })
    );
    ws.receiveMail(bounce(question, TEACHER));
    ws.receiveMail(
      replyTo(question, {
        from: 'Someone Else <m.lopez@school.example>',
        body: 'Is this about my Chromebook?',
      })
    );
    ws.receiveMail(
      replyTo(question, {from: ws.env.owner, body: 'Forwarding to myself'})
    );
    const sent = ws.outbox.length;
    completed(ws.run('sweep'));
    ws.advance(20 * 60_000);
    expect(ticket(ws, 'T-000001').Status).toBe('Waiting on Requester');
    expect(replyLines(ws)).toEqual([]);
    expect(ws.outbox.slice(sent).filter(m => m.to.includes(TEACHER))).toEqual(
      []
    );
  });

  it('reads the mailbox with one Gmail search and no Sheets call when no mail came', () => {
    const {ws} = askedDesk();
    completed(ws.run('sweep'));
    const quiet = completed(ws.run('sweep'));
    expect(quiet.calls['GmailApp.search']).toBe(1);
    const withoutMail = deskWithTwoTickets();
    completed(withoutMail.run('sweep'));
    const off = completed(withoutMail.run('sweep'));
    expect(off.calls['GmailApp.search']).toBeUndefined();
    expect(sheetsCalls(quiet)).toEqual(sheetsCalls(off));
  });
});

function sheetsCalls(record: {calls: Record<string, number>}): number {
  return Object.entries(record.calls)
    .filter(([name]) => name.startsWith('SpreadsheetApp'))
    .reduce((sum, [, n]) => sum + n, 0);
}

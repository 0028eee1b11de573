import {replyTo} from '../../../sandbox/mail/inbound';
import {Workspace} from '../../../sandbox/workspace/workspace';
import {
  activity,
  allCompleted,
  deskWithTwoTickets,
  setConfig,
  TEACHER,
  ticket,
  ticketCell,
} from '../../support/peer-desk';
import {callsOf} from '../../support/kill-matrix';

const LIAM = 'liam.obrien@students.example.org';
const ANSWER = 'The one on the left wall, labelled B.';

/** T-000001 waits on its teacher, whose reply by email is in the desk's mailbox. */
function repliedDesk(): Workspace {
  const ws = deskWithTwoTickets();
  setConfig(ws, 'Email Replies', 'On');
  allCompleted(
    ws.edit('Tickets', ticketCell(ws, 'Status'), 'Waiting on Requester', {
      as: LIAM,
    })
  );
  allCompleted(
    ws.edit('Tickets', ticketCell(ws, 'Message to Requester'), 'Which port?', {
      as: LIAM,
    })
  );
  ws.receiveMail(
    replyTo(ws.outbox.at(-1)!, {from: `Rosa Garcia <${TEACHER}>`, body: ANSWER})
  );
  return ws;
}

// Google stops an execution at any call, and nothing after it runs (platform.md: Stopped executions).
describe('a sweep killed while it takes a reply by email', () => {
  it('takes the reply once, moves the ticket once and tells Liam once, wherever it stops', () => {
    const sweep = (ws: Workspace) => [ws.run('sweep')];
    const calls = callsOf({
      name: 'the sweep with a reply',
      prepare: repliedDesk,
      act: sweep,
      observe: () => undefined,
    });
    // From the mailbox search to the mark kept after the threads' label: the mail step's calls.
    const first = calls.indexOf('GmailApp.search');
    const labelled = calls.lastIndexOf('GmailApp.GmailLabel.addToThreads');
    const mark = calls.indexOf(
      'PropertiesService.Properties.setProperty',
      labelled
    );
    expect(first).toBeGreaterThan(0);
    const failures: string[] = [];
    for (let n = first + 1; n <= mark + 1; n++) {
      const ws = repliedDesk();
      ws.faults.killAtCall(n);
      const [record] = sweep(ws);
      const problem =
        record?.outcome === 'killed' ? afterSweeps(ws) : 'not killed';
      if (problem !== '')
        failures.push(`kill at ${n} (${calls[n - 1]}): ${problem}`);
    }
    expect(failures).toEqual([]);
  });
});

/** What is wrong once the sweeps that follow have run ('' when nothing). */
function afterSweeps(ws: Workspace): string {
  allCompleted(ws.advance(15 * 60_000));
  const replies = activity(ws).filter(l => l.includes('Requester Reply'));
  const moved = activity(ws).filter(l =>
    l.startsWith('T-000001 Status: Waiting on Requester → In Progress')
  );
  const told = ws.outbox.filter(
    m =>
      m.to.includes(LIAM) &&
      m.subject.startsWith('[T-000001] The requester answered')
  );
  const row = ticket(ws, 'T-000001');
  if (replies.length !== 1) return `${replies.length} reply lines`;
  if (moved.length !== 1) return `${moved.length} status lines`;
  if (row.Status !== 'In Progress') return `status ${String(row.Status)}`;
  if (row['Requester Reply'] !== ANSWER) return 'no Requester Reply';
  if (told.length !== 1) return `Liam told ${told.length} times`;
  return '';
}

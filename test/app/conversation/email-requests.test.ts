import {replyTo} from '../../../sandbox/mail/inbound';
import {
  allCompleted,
  completed,
  exampleDesk,
  reportProjectorDown,
  setConfig,
  TEACHER,
  ticket,
  tickets,
} from '../../support/peer-desk';

const LIAM = 'liam.obrien@students.example.org';

function mailDesk(requests: 'On' | 'Off') {
  const ws = exampleDesk();
  setConfig(ws, 'Email Replies', 'On');
  setConfig(ws, 'Email Requests', requests);
  return ws;
}

describe('requests by email', () => {
  it('makes a ticket of a new message as the form would, with the usual confirmation, once', () => {
    const ws = mailDesk('On');
    ws.receiveMail({
      from: `Rosa Garcia <${TEACHER}>`,
      subject: 'Projector in 214 says no signal',
      body: 'The HDMI cable is plugged in but the projector shows No signal.\n\n--\nRosa',
    });
    completed(ws.run('sweep'));
    completed(ws.run('sweep'));
    const made = tickets(ws);
    expect(made).toHaveLength(1);
    expect(made[0]).toMatchObject({
      'Ticket ID': 'T-000001',
      Summary: 'Projector in 214 says no signal',
      Details:
        'The HDMI cable is plugged in but the projector shows No signal.',
      Requester: TEACHER,
      // The Knowledge Base article the words match best names the category.
      Category: 'Projector or Display',
    });
    const confirmation = ws.outbox.filter(m => m.to.includes(TEACHER));
    expect(confirmation.map(m => m.subject)).toEqual([
      '[T-000001] We got your request: Projector in 214 says no signal',
    ]);
    expect(confirmation[0].body).not.toContain('@students');
  });

  it('takes no request by email while Email Requests is Off, nor from outside the school', () => {
    const off = mailDesk('Off');
    off.receiveMail({from: TEACHER, subject: 'Printer jam', body: 'Room 12'});
    completed(off.run('sweep'));
    expect(tickets(off)).toHaveLength(0);
    const on = mailDesk('On');
    on.receiveMail({
      from: 'Sales <offers@vendor.example.com>',
      subject: 'Discount on projectors',
      body: 'Buy now',
    });
    completed(on.run('sweep'));
    expect(tickets(on)).toHaveLength(0);
  });

  it('opens a new ticket, naming the old one, for a reply to a ticket closed weeks ago', () => {
    const ws = mailDesk('Off');
    reportProjectorDown(ws);
    const confirmation = ws.outbox.at(-1)!;
    for (const [field, value] of [
      ['Resolution', 'Replaced the HDMI cable'],
      ['Status', 'Resolved'],
      ['Status', 'Closed'],
    ])
      allCompleted(
        ws.edit('Tickets', cellOfFirst(ws, field), value, {as: LIAM})
      );
    // Three weeks on (the clock jumps: the sweeps between would change nothing here).
    ws.clock.set(ws.clock.now() + 21 * 24 * 60 * 60_000);
    ws.receiveMail(
      replyTo(confirmation, {from: TEACHER, body: 'It is broken again.'})
    );
    completed(ws.run('sweep'));
    expect(ticket(ws, 'T-000001').Status).toBe('Closed');
    expect(ticket(ws, 'T-000002')).toMatchObject({
      Requester: TEACHER,
      Details: 'Follows up T-000001, which was closed.\n\nIt is broken again.',
    });
  });
});

function cellOfFirst(
  ws: ReturnType<typeof exampleDesk>,
  field: string
): string {
  const column = ws.values('Tickets')[0].indexOf(field) + 1;
  return ws.sheet('Tickets').getRange(2, column).getA1Notation();
}

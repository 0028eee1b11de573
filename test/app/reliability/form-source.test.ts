import {
  allCompleted,
  chicago,
  exampleDesk,
  instantDesk,
  PROJECTOR_DOWN,
  reportProjectorDown,
  TEACHER,
  tickets,
} from '../../support/peer-desk';

const confirmations = (ws: ReturnType<typeof exampleDesk>) =>
  ws.outbox.filter(m => m.to.includes(TEACHER));

// Form.getResponses gives the answers exactly as typed and a unique id per response
// (platform.md: Forms); the response sheet parses what it is given and shows display values.
describe('the form is the source of truth for answers', () => {
  it('a response whose trigger never ran gets a ticket with its answers exactly as typed', () => {
    const ws = exampleDesk();
    ws.advanceTo(chicago('2026-11-23 09:10'));
    ws.faults.killAtCall(1);
    const [killed] = ws.submitForm(
      {
        ...PROJECTOR_DOWN,
        Room: '0123',
        'Short summary': '=1+1',
        'Device asset tag': '2026-01-02',
        Details: "'=quoted",
      },
      {as: TEACHER}
    );
    expect(killed.outcome).toBe('killed');
    ws.advanceTo(chicago('2026-11-23 09:16'));
    const [ticket] = tickets(ws);
    expect(ticket).toMatchObject({
      'Ticket ID': 'T-000001',
      Room: '0123',
      Summary: '=1+1',
      'Asset Tag': '2026-01-02',
      Details: "'=quoted",
    });
    expect(ws.sheet('Tickets').hostCell('K2').formula).toBe('');
    expect(String(ticket['Response Key'])).not.toContain('|');
    ws.advanceTo(chicago('2026-11-23 09:40'));
    expect(tickets(ws)).toHaveLength(1);
    expect(confirmations(ws)).toHaveLength(1);
  });

  it('one teacher sending two different requests in the same second gets two tickets', () => {
    const ws = instantDesk();
    const at = chicago('2026-11-23 09:10');
    allCompleted(ws.submitForm(PROJECTOR_DOWN, {as: TEACHER, at}));
    allCompleted(
      ws.submitForm(
        {...PROJECTOR_DOWN, Room: '215', 'Short summary': 'Printer jammed'},
        {as: TEACHER, at}
      )
    );
    const [first, second] = ws.table('Form Responses 1');
    expect(second.Timestamp).toEqual(first.Timestamp);
    ws.advanceTo(chicago('2026-11-23 09:30'));
    expect(tickets(ws).map(t => [t['Ticket ID'], t.Room, t.Summary])).toEqual([
      ['T-000001', '214', 'Projector shows no signal'],
      ['T-000002', '215', 'Printer jammed'],
    ]);
    expect(confirmations(ws)).toHaveLength(2);
  });

  it('the sweep tells two same-second responses apart when neither trigger ran', () => {
    const ws = instantDesk();
    ws.advanceTo(chicago('2026-11-23 09:10'));
    ws.faults.killAtCall(1);
    ws.submitForm(PROJECTOR_DOWN, {as: TEACHER});
    ws.faults.killAtCall(1);
    ws.submitForm({...PROJECTOR_DOWN, Room: '215'}, {as: TEACHER});
    expect(tickets(ws)).toEqual([]);
    ws.advanceTo(chicago('2026-11-23 09:30'));
    expect(tickets(ws).map(t => t.Room)).toEqual(['214', '215']);
    expect(confirmations(ws)).toHaveLength(2);
  });

  it('a ticket keyed the old way (moment and address) is not made again', () => {
    const ws = exampleDesk();
    reportProjectorDown(ws);
    const [response] = ws.table('Form Responses 1');
    const legacy = `${(response.Timestamp as Date).toISOString()}|${TEACHER}`;
    const header = ws.values('Tickets')[0];
    ws.sheet('Tickets')
      .getRange(2, header.indexOf('Response Key') + 1)
      .setValue(legacy);
    ws.services.properties.script.delete('peerDesk.responses.handledUntil');
    ws.advanceTo(chicago('2026-11-23 09:40'));
    expect(tickets(ws).map(t => t['Response Key'])).toEqual([legacy]);
    expect(confirmations(ws)).toHaveLength(1);
  });
});

import {
  allCompleted,
  cellOf,
  editTicket,
  exampleDesk,
  reportProjectorDown,
  TEACHER,
  ticket,
} from '../../support/peer-desk';

const LIAM = 'liam.obrien@students.example.org';
const STRANGER = 'someone.else@school.example';

describe('the Requester of a ticket from the form', () => {
  it('is put back when a tech overwrites it, with a note saying who and why, and its mail still goes to the requester', () => {
    const ws = exampleDesk();
    reportProjectorDown(ws);
    const cell = cellOf(ws, 'T-000001', 'Requester');
    allCompleted(ws.edit('Tickets', cell, STRANGER, {as: LIAM}));
    expect(ticket(ws, 'T-000001').Requester).toBe(TEACHER);
    expect(ws.sheet('Tickets').hostCell(cell).note).toContain(
      `${LIAM} changed Requester to "${STRANGER}". Peer Desk keeps the address the request came from: the ticket's emails and the requester's page follow it.`
    );
    editTicket(ws, 'T-000001', 'Resolution', 'Reseated the HDMI cable', LIAM);
    editTicket(ws, 'T-000001', 'Status', 'Resolved', LIAM);
    ws.advance(5 * 60_000);
    const resolved = ws.outbox.filter(m =>
      m.subject.startsWith('[T-000001] Resolved')
    );
    expect(resolved.map(m => m.to)).toEqual([[TEACHER]]);
    expect(JSON.stringify(ws.outbox)).not.toContain(STRANGER);
  });
});

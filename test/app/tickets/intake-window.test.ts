import {fillLedger} from '../../../bench/desk';
import {
  allCompleted,
  chicago,
  exampleDesk,
  instantDesk,
  PROJECTOR_DOWN,
  TEACHER,
  tickets,
} from '../../support/peer-desk';

const ELEVEN_MINUTES = 11 * 60_000;

/**
 * A desk whose ledger holds `rows` tickets, the newest made by the form just now. Calls take no
 * modelled time, so this machine's load cannot move the clock across a sweep between the steps.
 */
function deskWithRows(rows: number) {
  const ws = instantDesk();
  allCompleted(
    ws.submitForm(PROJECTOR_DOWN, {
      as: TEACHER,
      at: chicago('2026-11-23 09:10'),
    })
  );
  fillLedger(ws, rows);
  // Row 2's response leaves the trigger's look-back, as the oldest rows of a real ledger have.
  allCompleted(ws.advance(ELEVEN_MINUTES));
  allCompleted(
    ws.submitForm({...PROJECTOR_DOWN, Room: '101'}, {as: 'a@school.example'})
  );
  return ws;
}

function submitRoom330(ws: ReturnType<typeof exampleDesk>) {
  const records = ws.submitForm(
    {...PROJECTOR_DOWN, Room: '330', Category: 'Chromebook'},
    {as: 'b@school.example'}
  );
  allCompleted(records);
  return records[0];
}

describe('intake reads the ledger’s last rows, not its history', () => {
  // Both ledgers fill their sheet to the last row (a new sheet has 1,000): an open-ended read
  // also returns the blank rows below the last.
  it('reads as many cells at 2,200 tickets as at 1,100', () => {
    const small = submitRoom330(deskWithRows(1_100));
    const large = submitRoom330(deskWithRows(2_200));
    expect(large.cellsRead).toBe(small.cellsRead);
    // Fewer than 1,100 rows' intake columns: the window, not the ledger.
    expect(small.cellsRead).toBeLessThan(1_100 * 10);
  });

  it('reads every row when the ledger was sorted, so the next ID is still past every ID', () => {
    const ws = deskWithRows(700);
    // A person sorts Tickets newest first: the ticket intake last appended moves to row 2.
    const sheet = ws.sheet('Tickets');
    const [header, ...rows] = ws.values('Tickets');
    sheet.getRange(2, 1, rows.length, header.length).setValues(rows.reverse());
    // Without the highest number issued, only the ledger's own IDs say what is next.
    ws.services.properties.script.delete('peerDesk.tickets.highestNumber');
    const record = submitRoom330(ws);
    expect(record.cellsRead).toBeGreaterThan(700 * 20);
    const ids = tickets(ws).map(t => String(t['Ticket ID']));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.at(-1)).toBe('T-000702');
  });
});

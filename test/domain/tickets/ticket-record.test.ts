import {TICKET_HEADERS} from '../../../src/domain/tickets/tabs';
import {
  decodeRecord,
  encodeRecord,
} from '../../../src/domain/tickets/ticket-record';
import {TicketRow} from '../../../src/domain/tickets/ticket-row';

function row(overrides: Partial<TicketRow>): TicketRow {
  return {
    ...(Object.fromEntries(TICKET_HEADERS.map(h => [h, ''])) as TicketRow),
    ...overrides,
  };
}

describe('the ticket record', () => {
  it('gives back the row it was made from: dates as dates, numbers as numbers', () => {
    const created = new Date('2026-11-23T15:10:00Z');
    const ticket = row({
      'Ticket ID': 'T-000007',
      Created: created,
      Rating: 4,
      Summary: '=1+1',
      'SLA Steps': 'remind',
      'Response Due': new Date('2026-11-23T16:00:00Z'),
    });
    const back = decodeRecord(encodeRecord(ticket));
    expect(back).toEqual({...ticket, 'Response Due': ''});
    expect(back?.Created).toBeInstanceOf(Date);
  });

  it('fits one cell, shortening the longest text', () => {
    const text = encodeRecord(
      row({'Ticket ID': 'T-000001', Details: 'x'.repeat(60_000)})
    );
    expect(text.length).toBeLessThanOrEqual(45_000);
    expect(decodeRecord(text)?.Details).toMatch(
      /x+ \[shortened in the record\]$/
    );
    expect(decodeRecord('not json')).toBeUndefined();
  });
});

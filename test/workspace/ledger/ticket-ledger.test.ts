import {TICKET_HEADERS} from '../../../src/domain/tickets/tabs';
import {TicketRow} from '../../../src/domain/tickets/ticket-row';
import {TicketLedger} from '../../../src/workspace/ledger/ticket-ledger';
import {useFakeWorkspace} from '../../support/apps-script-globals';

const workspace = useFakeWorkspace();

function ledgerSheet(headers: readonly string[]) {
  const sheet = workspace().ss.insertSheet('Tickets');
  sheet.insertColumnsAfter(26, headers.length);
  sheet.getRange(1, 1, 1, headers.length).setValues([[...headers]]);
  return sheet;
}

function ticket(id: string, summary: string): TicketRow {
  const row = Object.fromEntries(TICKET_HEADERS.map(h => [h, ''])) as TicketRow;
  return {
    ...row,
    'Ticket ID': id,
    Status: 'New',
    Summary: summary,
    'Response Key': `key-${id}`,
  };
}

describe('the ticket ledger', () => {
  it('refuses a Tickets tab that lacks a column, naming it', () => {
    const sheet = ledgerSheet(TICKET_HEADERS.filter(h => h !== 'Tracked'));
    expect(
      () =>
        new TicketLedger(
          sheet,
          TICKET_HEADERS.filter(h => h !== 'Tracked')
        )
    ).toThrow(
      'The Tickets tab has no "Tracked" column. Run Peer Desk > Set up or repair to add it.'
    );
  });

  it('appends tickets as text and reads the intake columns with their rows', () => {
    const sheet = ledgerSheet(TICKET_HEADERS);
    const ledger = new TicketLedger(sheet, TICKET_HEADERS);
    ledger.appendTickets([ticket('T-000001', '=1+1')]);
    ledger.appendTickets([ticket('T-000002', '0042')]);
    const summary = TICKET_HEADERS.indexOf('Summary') + 1;
    expect(sheet.getRange(2, summary, 2, 1).getValues()).toEqual([
      ['=1+1'],
      ['0042'],
    ]);
    const block = ledger.readIntakeBlock();
    expect(block?.lastRow).toBe(3);
    expect(block?.entries.map(e => [e.id, e.status, e.responseKey])).toEqual([
      ['T-000001', 'New', 'key-T-000001'],
      ['T-000002', 'New', 'key-T-000002'],
    ]);
    expect(block?.rowNumbers).toEqual([2, 3]);
  });

  it('notices when the cached headers no longer match the sheet', () => {
    const sheet = ledgerSheet(TICKET_HEADERS);
    const moved = [...TICKET_HEADERS];
    [moved[1], moved[2]] = [moved[2], moved[1]];
    expect(new TicketLedger(sheet, moved).readIntakeBlock()).toBeUndefined();
  });
});

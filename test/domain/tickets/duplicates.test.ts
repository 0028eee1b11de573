import {findPossibleDuplicate} from '../../../src/domain/tickets/duplicates';
import {entry} from '../../support/example-reference';

describe('possible duplicates', () => {
  const base = Date.UTC(2026, 7, 17, 14, 0);
  const request = {
    campus: 'North Campus',
    room: '101',
    category: 'Projector or Display',
    assetTag: '',
    createdMs: base + 30 * 60_000,
  };

  it('links an open ticket for the same asset tag, whatever the room', () => {
    const ledger = [entry({id: 'T-000007', assetTag: 'CB-10423', room: '300'})];
    expect(
      findPossibleDuplicate({...request, assetTag: ' cb-10423 '}, ledger, 120)
        ?.id
    ).toBe('T-000007');
  });

  it('links the same room and category within the window, not after it', () => {
    const ledger = [
      entry({
        id: 'T-000003',
        category: 'Projector or Display',
        createdMs: base,
      }),
    ];
    expect(findPossibleDuplicate(request, ledger, 60)?.id).toBe('T-000003');
    expect(findPossibleDuplicate(request, ledger, 20)).toBeUndefined();
  });

  it('ignores resolved and closed tickets and other categories', () => {
    const ledger = [
      entry({
        id: 'T-000001',
        category: 'Projector or Display',
        status: 'Resolved',
        createdMs: base,
      }),
      entry({id: 'T-000002', category: 'Printer', createdMs: base}),
    ];
    expect(findPossibleDuplicate(request, ledger, 120)).toBeUndefined();
  });
});

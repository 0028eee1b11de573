import {KnownResponses} from '../../../src/domain/tickets/response-keys';

describe('KnownResponses', () => {
  const moment = Date.UTC(2026, 10, 23, 15, 10);
  const response = (id: string, ms = moment, email = 'a@school.example') => ({
    id,
    timestampMs: ms,
    email,
  });

  it('knows a response by its id, and two responses of one second apart', () => {
    const known = new KnownResponses([
      '2_first',
      'walk-up|2026-11-23T15:00:00.000Z',
    ]);
    expect(known.has(response('2_first'))).toBe(true);
    expect(known.has(response('2_second'))).toBe(false);
    expect(known.hasLegacyKeys).toBe(false);
  });

  it('matches a ticket keyed the old way by moment and address, within two seconds', () => {
    const known = new KnownResponses([
      `${new Date(moment).toISOString()}|a@school.example`,
    ]);
    expect(known.hasLegacyKeys).toBe(true);
    expect(known.has(response('2_x', moment + 1500, 'A@school.example'))).toBe(
      true
    );
    expect(known.has(response('2_y', moment + 5000))).toBe(false);
    expect(known.has(response('2_z', moment, 'b@school.example'))).toBe(false);
  });
});

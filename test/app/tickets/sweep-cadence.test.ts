import {
  chicago,
  exampleDesk,
  PROJECTOR_DOWN,
  sheetsRoundTrips,
  TEACHER,
  tickets,
} from '../../support/peer-desk';

describe('the sweep outside school hours', () => {
  it('works twice an hour: a response whose trigger died at night has its ticket within half an hour', () => {
    const ws = exampleDesk(chicago('2026-11-23 20:50'));
    ws.advanceTo(chicago('2026-11-23 21:02'));
    ws.faults.killAtCall(1);
    const [killed] = ws.submitForm(PROJECTOR_DOWN, {as: TEACHER});
    expect(killed.outcome).toBe('killed');
    const waiting = ws.advanceTo(chicago('2026-11-23 21:29'));
    expect(tickets(ws)).toEqual([]);
    const sweeps = [...waiting, ...ws.advanceTo(chicago('2026-11-23 21:35'))]
      .filter(r => r.functionName === 'sweep')
      .map(r => [
        new Date(r.startedAt - 6 * 3600_000).toISOString().slice(11, 16),
        sheetsRoundTrips(r) > 0,
      ]);
    expect(tickets(ws).map(t => t.Room)).toEqual([PROJECTOR_DOWN.Room]);
    // Only the run in the first 5 minutes of the half hour reads the sheet.
    expect(sweeps.filter(([, read]) => read).map(([time]) => time)).toEqual([
      expect.stringMatching(/^21:3[0-4]$/),
    ]);
    expect(sweeps.length).toBeGreaterThanOrEqual(6);
  });
});

import {FakeRange} from '../../../sandbox/spreadsheet/range';
import {Workspace} from '../../../sandbox/workspace/workspace';
import {
  allCompleted,
  completed,
  exampleDesk,
  PROJECTOR_DOWN,
  TEACHER,
} from '../../support/peer-desk';

const DAY_MS = 24 * 60 * 60_000;

function report(ws: Workspace, room: string): void {
  allCompleted(ws.submitForm({...PROJECTOR_DOWN, Room: room}, {as: TEACHER}));
  completed(ws.run('sweep'));
}

/** Jumps the clock without firing the triggers in between (nights and weekends skipped). */
function later(ws: Workspace, days: number): void {
  ws.clock.set(ws.clock.now() + days * DAY_MS);
}

describe('the hourly run keeps the Outbox compact', () => {
  it('deletes delivered rows past "Outbox Days Kept", drops payloads once delivered, and keeps delivering', () => {
    const ws = exampleDesk();
    report(ws, '101');
    later(ws, 31);
    report(ws, '102');
    const cutoff = ws.clock.now() - 30 * DAY_MS;
    const before = ws.table('Outbox');
    const old = before.filter(
      r => (r['Delivered At'] as Date).getTime() < cutoff
    );
    expect(old.length).toBeGreaterThan(0);
    completed(ws.run('hourlyMetrics'));
    const kept = ws.table('Outbox');
    expect(kept.map(r => r['Notification ID'])).toEqual(
      before.filter(r => !old.includes(r)).map(r => r['Notification ID'])
    );
    expect(kept.map(r => [r.Status, r.Payload])).toEqual(
      kept.map(() => ['Sent', ''])
    );
    const mail = ws.outbox.length;
    report(ws, '103');
    const now = ws.table('Outbox');
    expect(now.slice(kept.length).map(r => r.Status)).toEqual(
      now.slice(kept.length).map(() => 'Sent')
    );
    expect(ws.outbox.at(-1)?.subject).toContain('T-000003');
    // Nothing is delivered twice after the rows moved up.
    const delivered = ws.outbox.length;
    expect(delivered).toBeGreaterThan(mail);
    completed(ws.run('sweep'));
    expect(ws.outbox.length).toBe(delivered);
    expect(ws.table('Outbox')).toHaveLength(now.length);
  });

  it('prunes on the day’s first hourly run only: a row that comes of age later that day leaves the next day', () => {
    const ws = exampleDesk();
    report(ws, '101');
    // Half an hour short of 30 days after the row was delivered: kept by today's first run.
    ws.clock.set(ws.clock.now() + 30 * DAY_MS - 30 * 60_000);
    completed(ws.run('hourlyMetrics'));
    const kept = ws.table('Outbox');
    expect(kept.length).toBeGreaterThan(0);
    // An hour later the row is past its 30 days, but today's prune is done: not read again.
    ws.clock.set(ws.clock.now() + 60 * 60_000);
    const reads = jest.spyOn(FakeRange.prototype, 'getValues');
    completed(ws.run('hourlyMetrics'));
    const outboxReads = (reads.mock.contexts as FakeRange[]).filter(
      range => range.getSheet().getName() === 'Outbox'
    );
    reads.mockRestore();
    expect(outboxReads).toEqual([]);
    expect(ws.table('Outbox')).toEqual(kept);
    later(ws, 1);
    completed(ws.run('hourlyMetrics'));
    expect(ws.table('Outbox')).toHaveLength(0);
  });

  it('leaves the rows alone while a sweep is delivering, and prunes once it is done', () => {
    const ws = exampleDesk();
    report(ws, '101');
    later(ws, 31);
    ws.services.properties.script.set(
      'peerDesk.outbox.deliveringUntil',
      String(ws.clock.now() + 60_000)
    );
    completed(ws.run('hourlyMetrics'));
    expect(ws.table('Outbox')).toHaveLength(1);
    ws.clock.set(ws.clock.now() + 2 * 60_000);
    completed(ws.run('hourlyMetrics'));
    expect(ws.table('Outbox')).toHaveLength(0);
  });
});

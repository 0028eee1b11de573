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

  it('leaves the rows alone while a sweep is delivering', () => {
    const ws = exampleDesk();
    report(ws, '101');
    later(ws, 31);
    ws.services.properties.script.set(
      'peerDesk.outbox.deliveringUntil',
      String(ws.clock.now() + 60_000)
    );
    completed(ws.run('hourlyMetrics'));
    expect(ws.table('Outbox')).toHaveLength(1);
  });
});

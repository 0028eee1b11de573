import {outboxPruning} from '../../../src/domain/notifications/outbox-retention';

const row = (status: string, deliveredMs?: number, hasPayload = true) => ({
  status,
  deliveredMs,
  hasPayload,
});

describe('Outbox pruning', () => {
  it('deletes delivered rows before the cutoff, last run first, and keeps Dead and Pending rows', () => {
    const plan = outboxPruning(
      [
        row('Sent', 1),
        row('Sent, possibly twice', 2),
        row('Dead'),
        row('Sent', 3),
        row('Pending'),
        row('Sent', 50),
        row('Sent', 60, false),
      ],
      10
    );
    expect(plan.deleteRuns).toEqual([
      [3, 1],
      [0, 2],
    ]);
    expect(plan.dropPayloadRuns).toEqual([[5, 1]]);
  });
});

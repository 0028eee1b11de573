import {ExecutionRecord} from '../../../sandbox/core/execution';
import {BurstRequest, Workspace} from '../../../sandbox/workspace/workspace';
import {
  chicago,
  instantDesk,
  PROJECTOR_DOWN,
  TEACHER,
  tickets,
} from '../../support/peer-desk';

const BURST = 200;
const FIVE_MINUTES = 5 * 60_000;

/** Request `i`: its own room and summary, a P4 so no SLA rung fires while the sweeps settle. */
function request(i: number, as: string): BurstRequest {
  return {
    as,
    answers: {
      ...PROJECTOR_DOWN,
      Category: 'Chromebook',
      'Who is affected?': 'Just me',
      'How urgent is it?': 'Today is fine',
      Room: String(1000 + i),
      'Short summary': `Request ${i}`,
    },
    // Every fifth response's trigger fires twice (platform.md: Trigger events, duplicate events).
    events: i % 5 === 0 ? 2 : 1,
  };
}

/**
 * Every response lands before any trigger runs; the triggers then run in an order that is not
 * the responses' (Google does not order them), some killed at once, some timed out on the lock.
 */
function burst(
  ws: Workspace,
  requests: readonly BurstRequest[]
): ExecutionRecord[] {
  const order = requests.map((_, i) => (i * 7) % requests.length);
  let execution = 0;
  return ws.submitTogether(requests, {
    at: chicago('2026-11-23 09:10'),
    order,
    beforeEach: () => {
      execution++;
      if (execution % 9 === 0) ws.faults.killAtCall(1 + (execution % 40));
      else if (execution % 13 === 0) ws.faults.lockTimeout();
    },
  });
}

/** Sweeps every five minutes until a sweep changes nothing. */
function settle(ws: Workspace): void {
  let before = '';
  for (
    let i = 0;
    i < 40 &&
    before !== JSON.stringify(ws.values('Tickets')) + ws.outbox.length;
    i++
  ) {
    before = JSON.stringify(ws.values('Tickets')) + ws.outbox.length;
    ws.advance(FIVE_MINUTES);
  }
}

function expectEveryRequestOnce(
  ws: Workspace,
  requests: readonly BurstRequest[]
): void {
  const rows = tickets(ws);
  expect(rows.map(t => t['Ticket ID'])).toEqual(
    requests.map((_, i) => `T-${String(i + 1).padStart(6, '0')}`)
  );
  // Each request's own words are on exactly one ticket, under its own requester.
  expect(rows.map(t => `${t.Requester} ${t.Room} ${t.Summary}`).sort()).toEqual(
    requests
      .map(r => `${r.as} ${r.answers.Room} ${r.answers['Short summary']}`)
      .sort()
  );
  expect(new Set(rows.map(t => t['Response Key'])).size).toBe(requests.length);
  const confirmations = ws.outbox
    .filter(m => m.subject.includes('We got your request'))
    .map(
      m =>
        `${m.to.join(',')} ${m.subject.replace(/^\[T-\d+\] We got your request: /, '')}`
    )
    .sort();
  expect(confirmations).toEqual(
    requests.map(r => `${r.as} ${r.answers['Short summary']}`).sort()
  );
}

describe('a burst of responses in the same moment, with duplicate events, kills and lock timeouts', () => {
  it(`${BURST} responses from one account become ${BURST} tickets, each with one confirmation`, () => {
    const ws = instantDesk();
    const requests = Array.from({length: BURST}, (_, i) => request(i, TEACHER));
    const records = burst(ws, requests);
    expect(records.filter(r => r.outcome === 'killed').length).toBeGreaterThan(
      0
    );
    expect(records.filter(r => r.outcome === 'failed').length).toBeGreaterThan(
      0
    );
    settle(ws);
    expectEveryRequestOnce(ws, requests);
  });

  it(`${BURST} responses from ${BURST} accounts become ${BURST} tickets, each with one confirmation`, () => {
    const ws = instantDesk();
    const requests = Array.from({length: BURST}, (_, i) =>
      request(i, `teacher${i}@school.example`)
    );
    burst(ws, requests);
    settle(ws);
    expectEveryRequestOnce(ws, requests);
  });
});

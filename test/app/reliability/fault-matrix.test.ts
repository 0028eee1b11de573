import {ExecutionRecord} from '../../../sandbox/core/execution';
import {Workspace} from '../../../sandbox/workspace/workspace';
import {callsOf} from '../../support/kill-matrix';
import {
  allCompleted,
  SPACE,
  chicago,
  connectChat,
  exampleDesk,
  PROJECTOR_DOWN,
  TEACHER,
  tickets,
} from '../../support/peer-desk';

const AVA = 'ava.chen@students.example.org';
const FIVE_MINUTES = 5 * 60_000;
/**
 * Long enough for everything a killed execution left to come due: an unchecked edit is finished
 * at the second sweep that sees it, a trigger's Held row waits 7 minutes, an unreceipted email's
 * claim 6 more.
 */
const SETTLING_SWEEPS = 4;

/** A P4 request: its SLA rungs are hours away, so settling sweeps fire none. */
const STICKY_TRACKPAD: Readonly<Record<string, string>> = {
  ...PROJECTOR_DOWN,
  Category: 'Chromebook',
  'Who is affected?': 'Just me',
  'How urgent is it?': 'Today is fine',
  'Short summary': 'Chromebook trackpad is sticky',
};

interface Scenario {
  readonly name: string;
  /** A fresh desk, just before the execution under test. */
  prepare(): Workspace;
  /** Starts the execution under test (one execution). */
  act(ws: Workspace): ExecutionRecord[];
}

function column(ws: Workspace, field: string): string {
  const index = ws.values('Tickets')[0].indexOf(field) + 1;
  return ws.sheet('Tickets').getRange(2, index).getA1Notation();
}

/** T-000001 (P4, Liam) with its resolution typed, on a desk connected to Chat. */
function deskWithTicket(): Workspace {
  const ws = exampleDesk(chicago('2026-11-23 09:09'));
  connectChat(ws);
  allCompleted(
    ws.submitForm(STICKY_TRACKPAD, {
      as: TEACHER,
      at: chicago('2026-11-23 09:10'),
    })
  );
  allCompleted(
    ws.edit('Tickets', column(ws, 'Resolution'), 'Reseated the HDMI cable', {
      as: AVA,
    })
  );
  return ws;
}

const SCENARIOS: readonly Scenario[] = [
  {
    name: 'intake',
    prepare() {
      const ws = exampleDesk(chicago('2026-11-23 09:09'));
      connectChat(ws);
      ws.advanceTo(chicago('2026-11-23 09:10'));
      return ws;
    },
    act: ws => ws.submitForm(STICKY_TRACKPAD, {as: TEACHER}),
  },
  {
    name: 'a status edit (Assigned → Resolved)',
    prepare: deskWithTicket,
    act: ws => ws.edit('Tickets', 'B2', 'Resolved', {as: AVA}),
  },
  {
    name: 'an escalation edit (Assigned → Escalated)',
    prepare: deskWithTicket,
    act: ws => ws.edit('Tickets', 'B2', 'Escalated', {as: AVA}),
  },
  {
    name: 'the sweep (an SLA rung, a missed response)',
    prepare() {
      // Setup at 09:00 runs the sweep every 5 minutes from then: 09:05, 09:10, … 09:25.
      const ws = exampleDesk(chicago('2026-11-23 09:00'));
      connectChat(ws);
      // Nobody's skills cover "Other": the ticket waits unassigned, alerted 20 minutes on.
      ws.advanceTo(new Date(chicago('2026-11-23 09:01').getTime() + 30_000));
      allCompleted(
        ws.submitForm(
          {...STICKY_TRACKPAD, Category: 'Other', Room: '101'},
          {as: TEACHER}
        )
      );
      ws.advanceTo(chicago('2026-11-23 09:21'));
      // A response whose trigger died at once: only the sweep can give it a ticket.
      ws.faults.killAtCall(1);
      ws.submitForm(STICKY_TRACKPAD, {as: 'm.lopez@school.example'});
      ws.advanceTo(chicago('2026-11-23 09:22'));
      return ws;
    },
    act: ws => [ws.run('sweep')],
  },
];

/**
 * The calls at which a kill leaves an email claimed but not receipted: its sendEmail up to the
 * Properties.setProperty that stores its receipt (with getScriptProperties between them when the
 * handler does not keep the Properties handle).
 */
function sendWindow(calls: readonly string[]): Set<number> {
  const window = new Set<number>();
  calls.forEach((name, i) => {
    if (name !== 'MailApp.sendEmail') return;
    const receipt = calls.indexOf(
      'PropertiesService.Properties.setProperty',
      i
    );
    for (let n = i + 1; n <= receipt + 1; n++) window.add(n);
  });
  return window;
}

interface Seen {
  readonly responses: number;
  readonly ticketsPerResponse: number[];
  readonly mail: string[];
  readonly chat: string[];
  readonly activity: string[];
  readonly stamps: string[];
  readonly outbox: string[];
  readonly owing: string[];
}

const STAMPED = [
  'Status',
  'Assignee',
  'First Response',
  'Updated',
  'Resolved At',
  'Resolved By',
  'Closed At',
  'SLA Steps',
  'Escalation Reason',
];

function seen(ws: Workspace): Seen {
  const rows = tickets(ws);
  const keys = [...new Set(rows.map(t => String(t['Response Key'])))];
  return {
    responses: ws.values('Form Responses 1').length - 1,
    ticketsPerResponse: keys.map(
      key => rows.filter(t => t['Response Key'] === key).length
    ),
    mail: ws.outbox
      .filter(m => m.subject.includes('[T-'))
      .map(m => `${m.to.join(',')} | ${m.subject}`)
      .sort(),
    chat: ws.services.chat
      .messages(SPACE)
      .flatMap(m =>
        m.cardsV2
          ? (
              m.cardsV2 as {card: {header: {title: string; subtitle: string}}}[]
            ).map(c => `${c.card.header.title}: ${c.card.header.subtitle}`)
          : [String(m.text)]
      )
      .sort(),
    activity: ws
      .table('Activity')
      .map(
        r =>
          `${r['Ticket ID']} ${r.Field}: ${r['Old Value']} → ${r['New Value']}`
      )
      .sort(),
    stamps: rows.flatMap(t =>
      STAMPED.map(
        field =>
          `${t['Ticket ID']} ${field}: ${['Status', 'Assignee', 'SLA Steps'].includes(field) ? String(t[field]) : t[field] === '' ? 'empty' : 'set'}`
      )
    ),
    outbox: ws.table('Outbox').map(r => `${r['Ticket ID']} ${r.Status}`),
    owing: rows
      .filter(t => String(t.Tracked).includes('"owed"'))
      .map(t => String(t['Ticket ID'])),
  };
}

/** Sweeps every 5 minutes until what a killed execution left undone is done. */
function settle(ws: Workspace): void {
  for (let i = 0; i < SETTLING_SWEEPS; i++)
    allCompleted(ws.advance(FIVE_MINUTES));
}

function fingerprint(ws: Workspace): string {
  return JSON.stringify([
    ws.values('Tickets'),
    ws.values('Activity'),
    ws.values('Outbox'),
    ws.outbox.length,
    ws.services.chat.messages(SPACE).length,
  ]);
}

/** Each distinct line once, sorted. */
function withoutRepeats(lines: readonly string[]): string[] {
  return [...new Set(lines)].sort();
}

// Google stops an execution at any call, and nothing after it runs (platform.md: Stopped executions).
describe('kill at every service call, then sweep until quiet: nothing lost, nothing twice', () => {
  for (const scenario of SCENARIOS) {
    it(`${scenario.name}`, () => {
      const calls = callsOf(scenario);
      const window = sendWindow(calls);
      const unkilled = scenario.prepare();
      scenario.act(unkilled);
      settle(unkilled);
      allCompleted(unkilled.advance(FIVE_MINUTES));
      const expected = seen(unkilled);
      expect(expected.mail.length).toBeGreaterThan(0);
      expect(expected.outbox.every(line => line.endsWith(' Sent'))).toBe(true);

      const failures: string[] = [];
      let markedTwice = 0;
      for (let n = 1; n <= calls.length; n++) {
        const ws = scenario.prepare();
        ws.faults.killAtCall(n);
        const [record] = scenario.act(ws);
        const killedAt = `kill at call ${n} (${calls[n - 1]})`;
        if (record?.outcome !== 'killed') {
          failures.push(`${killedAt}: the execution was not killed`);
          continue;
        }
        settle(ws);
        const quiet = fingerprint(ws);
        allCompleted(ws.advance(FIVE_MINUTES));
        const got = seen(ws);
        const check = (what: string, ok: boolean) => {
          if (!ok) failures.push(`${killedAt}: ${what}`);
        };
        check(
          'a later sweep still changed something',
          fingerprint(ws) === quiet
        );
        check(
          'a response has no ticket or more than one',
          got.ticketsPerResponse.length === expected.responses &&
            got.ticketsPerResponse.every(count => count === 1)
        );
        check(
          `Activity ${JSON.stringify(got.activity)}`,
          JSON.stringify(got.activity) === JSON.stringify(expected.activity)
        );
        check(
          `stamps ${JSON.stringify(got.stamps)}`,
          JSON.stringify(got.stamps) === JSON.stringify(expected.stamps)
        );
        check(
          `Chat ${JSON.stringify(got.chat)}`,
          JSON.stringify(got.chat) === JSON.stringify(expected.chat)
        );
        check(`still owing ${got.owing.join(', ')}`, got.owing.length === 0);
        const twice = got.outbox.filter(line =>
          line.endsWith('Sent, possibly twice')
        );
        check(
          `Outbox ${JSON.stringify(got.outbox)}`,
          got.outbox.every(line =>
            /(Sent|Sent, possibly twice|Cancelled)$/.test(line)
          )
        );
        const inWindow = window.has(n);
        if (twice.length > 0) markedTwice++;
        check(
          'an Outbox row is marked possibly twice outside the send/receipt window',
          inWindow || twice.length === 0
        );
        const repeats = got.mail.length - new Set(got.mail).size;
        check(
          `mail ${JSON.stringify(got.mail)}`,
          JSON.stringify(withoutRepeats(got.mail)) ===
            JSON.stringify(expected.mail) &&
            repeats <= (inWindow && twice.length > 0 ? 1 : 0)
        );
      }
      expect(failures).toEqual(
        failures.length > 0 ? [`expected ${JSON.stringify(expected)}`] : []
      );
      // Every email the execution sends has its window, and a kill in it is marked.
      expect(markedTwice).toBe(window.size);
    });
  }
});

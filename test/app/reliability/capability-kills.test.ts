import {Workspace} from '../../../sandbox/workspace/workspace';
import {
  callsOf,
  killAtEveryCall,
  KillScenario,
  settle,
} from '../../support/kill-matrix';
import {completed, chicago, exampleDesk} from '../../support/peer-desk';
import {tableRows} from '../../support/page-text';

const LIAM = 'liam.obrien@students.example.org';
const MAYA = 'maya.patel@students.example.org';

/** The Knowledge Base cell of the last row under a header, in A1 notation. */
function lastArticleCell(ws: Workspace, header: string): string {
  const values = ws.values('Knowledge Base');
  return ws
    .sheet('Knowledge Base')
    .getRange(values.length, values[0].indexOf(header) + 1)
    .getA1Notation();
}

const PUBLISHING: KillScenario = {
  name: 'a mentor publishes a drafted article',
  prepare() {
    const ws = exampleDesk(chicago('2026-11-23 09:09'));
    const headers = ws.values('Knowledge Base')[0];
    const draft: Record<string, unknown> = {
      Category: 'Projector or Display',
      Title: 'Projector shows no signal',
      'Steps or Link': 'Push the HDMI plug in firmly at both ends.',
      Status: 'Draft',
      Language: 'English',
      Version: 0,
      Author: LIAM,
      'Source Ticket': 'T-000001',
    };
    ws.sheet('Knowledge Base').appendRow(
      headers.map(h => draft[String(h)] ?? '')
    );
    ws.advanceTo(chicago('2026-11-23 09:11'));
    return ws;
  },
  act: ws =>
    ws.edit('Knowledge Base', lastArticleCell(ws, 'Status'), 'Published', {
      as: MAYA,
    }),
  observe(ws) {
    const article = ws.table('Knowledge Base').at(-1) ?? {};
    return {
      status: article.Status,
      version: article.Version,
      stamped: article.Published instanceof Date,
      // The credit the Recognition badge counts, whoever finished it.
      credits: ws
        .table('Activity')
        .filter(r => r.Field === 'Article')
        .map(r => `${r['Ticket ID']} ${r['New Value']}`),
    };
  },
};

/** Liam's break as a person sees it: his Leave rows, who the team page has on duty, the record. */
function breakSeen(ws: Workspace) {
  return {
    leave: ws
      .table('Leave')
      .filter(r => r.Tech === LIAM)
      .map(r => `${r.Reason} ${r.To === '' ? 'open' : 'ended'}`),
    northNow: tableRows(ws.webApp({query: 'p=team'}).content).find(
      ([campus]) => campus === 'North Campus'
    )?.[1],
    activity: ws
      .table('Activity')
      .filter(r => r.Field === 'Availability')
      .map(r => `${r.Who}: ${r['Old Value']} → ${r['New Value']}`),
  };
}

/** 09:10 on an A day: Ava and Liam are on duty at North; Liam has opened the sheet. */
function deskWithLiam(): Workspace {
  const ws = exampleDesk(chicago('2026-11-23 09:10'));
  ws.open({as: LIAM}).forEach(completed);
  return ws;
}

const TAKING_A_BREAK: KillScenario = {
  name: 'a tech takes a break',
  prepare: deskWithLiam,
  act: ws => [ws.clickMenu('Peer Desk', 'Take a break', {as: LIAM})],
  observe: breakSeen,
  mayDoNothing: true,
};

const BACK_FROM_A_BREAK: KillScenario = {
  name: 'a tech comes back from a break',
  prepare() {
    const ws = deskWithLiam();
    completed(ws.clickMenu('Peer Desk', 'Take a break', {as: LIAM}));
    ws.advanceTo(chicago('2026-11-23 09:12'));
    return ws;
  },
  act: ws => [ws.clickMenu('Peer Desk', "I'm back", {as: LIAM})],
  observe: breakSeen,
  mayDoNothing: true,
};

const FIVE_MINUTES = 5 * 60_000;

/**
 * The same, after the day's first sweep has run: later sweeps run a capability's reconcile step
 * only when the capability left its mark (a Script Property written before its first write).
 */
function afterTheDaysFirstSweep(scenario: KillScenario): KillScenario {
  return {
    ...scenario,
    name: `${scenario.name}, after the day's first sweep`,
    prepare() {
      const ws = scenario.prepare();
      const fired = ws.advance(FIVE_MINUTES);
      expect(fired.map(r => r.functionName)).toEqual(['sweep']);
      fired.forEach(completed);
      return ws;
    },
  };
}

const MARK = 'PropertiesService.Properties.setProperty';

// Google stops an execution at any call, and nothing after it runs (platform.md: Stopped executions).
describe("kill a newer capability's execution at every call, then sweep: nothing lost, nothing twice", () => {
  it(PUBLISHING.name, () => {
    const {failures, calls} = killAtEveryCall(PUBLISHING);
    expect(calls).toBeGreaterThan(3);
    expect(failures).toEqual([]);
    const ws = PUBLISHING.prepare();
    PUBLISHING.act(ws);
    expect(PUBLISHING.observe(ws)).toEqual({
      status: 'Published',
      version: 1,
      stamped: true,
      credits: [
        `T-000001 Published "Projector shows no signal" version 1, written by ${LIAM}`,
      ],
    });
  });

  for (const scenario of [TAKING_A_BREAK, BACK_FROM_A_BREAK]) {
    it(scenario.name, () => {
      const {failures, calls} = killAtEveryCall(scenario);
      expect(calls).toBeGreaterThan(3);
      expect(failures).toEqual([]);
    });
  }

  for (const scenario of [TAKING_A_BREAK, BACK_FROM_A_BREAK].map(
    afterTheDaysFirstSweep
  )) {
    it(scenario.name, () => {
      const {failures, calls} = killAtEveryCall(scenario);
      expect(calls).toBeGreaterThan(3);
      expect(failures).toEqual([]);
    });
  }

  it("a publication stopped before its mark waits for the next day's first sweep", () => {
    const scenario = afterTheDaysFirstSweep(PUBLISHING);
    const calls = callsOf(scenario);
    const mark = calls.indexOf(MARK) + 1;
    expect(mark).toBeGreaterThan(1);
    const {failures} = killAtEveryCall(scenario);
    // Stopped at or before its mark, only the person's Status edit is there: the day's sweeps leave it.
    expect(
      failures.map(f => Number(/^kill at call (\d+)/.exec(f)?.[1]))
    ).toEqual(Array.from({length: mark}, (_, i) => i + 1));
    const unkilled = scenario.prepare();
    scenario.act(unkilled);
    settle(unkilled, 3);
    for (const n of [1, mark]) {
      const ws = scenario.prepare();
      ws.faults.killAtCall(n);
      scenario.act(ws);
      ws.advanceTo(chicago('2026-11-24 07:30'));
      expect(scenario.observe(ws)).toEqual(scenario.observe(unkilled));
    }
  });

  it('a break taken is what the team page and the record show', () => {
    const ws = TAKING_A_BREAK.prepare();
    TAKING_A_BREAK.act(ws).forEach(completed);
    expect(breakSeen(ws)).toEqual({
      leave: ['break open'],
      northNow: 'Ava',
      activity: [`${LIAM}: on the rota → on a break`],
    });
  });
});

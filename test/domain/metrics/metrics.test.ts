import {badgesEarned} from '../../../src/domain/metrics/badges';
import {
  DAILY_HEADERS,
  dailyTable,
} from '../../../src/domain/metrics/daily-metrics';
import {
  leaderboard,
  recurringAssets,
  recurringRooms,
  weekFigures,
} from '../../../src/domain/metrics/leader-figures';
import {
  METRICS_HEADERS,
  metricsTable,
} from '../../../src/domain/metrics/metrics-table';
import {
  historyFrom,
  TicketMetrics,
  ticketMetrics,
} from '../../../src/domain/metrics/ticket-metrics';
import {
  at,
  handWorkedCalendar,
  handWorkedReference,
  JO,
  LEDGER,
  LEE,
  NOW,
  SAM,
} from './hand-worked-ledger';

const reference = handWorkedReference();
const calendar = handWorkedCalendar(reference);
const offset = calendar.utcOffsetMinutes;

function metricsOf(): TicketMetrics[] {
  return ticketMetrics(LEDGER, {
    techs: reference.techs,
    calendar,
    sla: reference.sla,
    history: historyFrom([
      {ticketId: 'T-000002', field: 'Status', newValue: 'Reopened'},
      {ticketId: 'T-000002', field: 'Status', newValue: 'Resolved'},
    ]),
    nowMs: NOW.getTime(),
  });
}

function rowsByHeader(headers: readonly string[], rows: unknown[][]) {
  return rows.map(row =>
    Object.fromEntries(headers.map((h, i) => [h, row[i]]))
  );
}

describe('the Metrics table over the hand-worked ledger', () => {
  const rows = rowsByHeader(METRICS_HEADERS, metricsTable(metricsOf(), offset));

  it('has one row per ticket, with the week starting on Monday at local midnight', () => {
    expect(rows.map(r => r.ticket_id)).toEqual([
      'T-000001',
      'T-000002',
      'T-000003',
      'T-000004',
      'T-000005',
    ]);
    expect(rows[0].created).toEqual(at('2026-11-23 09:00'));
    expect(rows.map(r => r.week_start)).toEqual(
      new Array(5).fill(at('2026-11-23 00:00'))
    );
  });

  it('names assignees and tiers, never by email, and says who resolved', () => {
    expect(rows.map(r => [r.assignee, r.assignee_tier, r.resolved_by])).toEqual(
      [
        ['Jo Junior', 'Junior Tech', 'student'],
        ['Jo Junior', 'Junior Tech', 'student'],
        ['Lee Staff', 'Level 2 Staff', 'staff'],
        ['Jo Junior', 'Junior Tech', ''],
        ['', '', ''],
      ]
    );
  });

  it('measures response and resolution in school and wall-clock minutes', () => {
    expect(
      rows.map(r => [
        r.first_response_school_min,
        r.first_response_wall_min,
        r.resolution_school_min,
        r.resolution_wall_min,
      ])
    ).toEqual([
      [20, 20, 60, 60],
      // 14:00→15:00 Monday and 08:00→09:00 Tuesday: 120 school minutes, 19 hours of wall clock.
      [30, 30, 120, 1140],
      // 100 minutes, less 30 waiting on the requester.
      [10, 10, 70, 100],
      ['', '', '', ''],
      ['', '', '', ''],
    ]);
  });

  it('judges each SLA: met, missed, or not known yet', () => {
    expect(
      rows.map(r => [r.sla_first_response_met, r.sla_resolution_met])
    ).toEqual([
      [true, true], // P2: 20 ≤ 30, 60 ≤ 360
      [false, true], // P1: 30 > 15, 120 ≤ 120
      [true, true], // P3: 10 ≤ 60, 70 ≤ 1200
      [false, false], // P1, open: 360 school minutes by now > 15 and > 120
      [false, ''], // P4, open: 210 > 120, 210 < 2400
    ]);
  });

  it('flags escalations, reopenings, ratings and duplicates', () => {
    expect(
      rows.map(r => [r.escalated, r.reopened, r.satisfaction, r.duplicate_of])
    ).toEqual([
      [false, false, 5, ''],
      [false, true, 4, ''],
      [false, false, 3, ''],
      [true, false, '', 'T-000003'],
      [false, false, '', ''],
    ]);
  });
});

describe('the Daily table over the hand-worked ledger', () => {
  it('has one row per date and campus with counts, backlog, resolution, SLA and class time figures', () => {
    const rows = dailyTable(metricsOf(), '2026-11-25', offset);
    // SLA compliance is over the day's new tickets whose target is decided: on Tuesday in South
    // T-000003 was met and T-000004 is an open breach (1 of 2). Class time lost is South 5's
    // Wi-Fi: T-000003's 100 minutes and T-000004's 120 on Tuesday, its 240 more on Wednesday.
    // prettier-ignore
    expect(rows.map(r => [r[0], ...r.slice(1)])).toEqual([
      [at('2026-11-23 00:00'), 'North', 2, 1, 1, 60, 60, 1, 1, 5, 1, 0, 0, 0],
      [
        at('2026-11-23 00:00'),
        'South',
        0,
        0,
        0,
        '',
        '',
        '',
        '',
        '',
        0,
        0,
        0,
        0,
      ],
      [
        at('2026-11-24 00:00'),
        'North',
        0,
        1,
        0,
        120,
        120,
        1,
        '',
        4,
        1,
        0,
        0,
        0,
      ],
      [
        at('2026-11-24 00:00'),
        'South',
        2,
        1,
        1,
        70,
        70,
        0,
        0.5,
        3,
        1,
        1,
        1,
        220,
      ],
      [
        at('2026-11-25 00:00'),
        'North',
        1,
        0,
        1,
        '',
        '',
        '',
        '',
        '',
        0,
        0,
        0,
        0,
      ],
      [
        at('2026-11-25 00:00'),
        'South',
        0,
        0,
        1,
        '',
        '',
        '',
        '',
        '',
        0,
        0,
        0,
        240,
      ],
    ]);
    expect(DAILY_HEADERS).toHaveLength(rows[0].length);
  });
});

describe('the week figures over the hand-worked ledger', () => {
  it('adds up the week of 2026-11-23', () => {
    expect(weekFigures(metricsOf(), '2026-11-23', 20)).toEqual({
      weekStart: '2026-11-23',
      tickets: 5,
      resolved: 3,
      medianResolutionMin: 70,
      // Ranks of 60, 70, 120 at 0.9 × 2 = 1.8: 70 + 0.8 × 50.
      p90ResolutionMin: 110,
      studentResolutionRate: 2 / 3,
      // T-000001–3 met their targets; T-000004 is open past its P1 target; T-000005 has time left.
      slaCompliance: 3 / 4,
      breaches: 1,
      openBreaches: 1,
      escalations: 1,
      meanSatisfaction: 4,
      ratings: 3,
      studentResolved: 2,
      teacherMinutesSaved: 40,
      backlog: 2,
      classMinutesLost: 100 + 360,
      deflection: {offered: 0, deflected: 0, rate: undefined},
    });
    expect(weekFigures(metricsOf(), '2026-11-16', 20).tickets).toBe(0);
  });

  it('finds recurring rooms and asset tags, and ranks the techs', () => {
    const metrics = metricsOf();
    expect(recurringRooms(metrics, '2026-10-28')).toEqual([
      {label: 'North 101', tickets: 2},
      {label: 'South 5', tickets: 2},
    ]);
    expect(recurringAssets(metrics, '2026-10-28')).toEqual([
      {label: 'A-77', tickets: 2},
    ]);
    const names = new Map(reference.techs.map(t => [t.email, t.name]));
    expect(
      leaderboard(metrics, '2026-11-23', names, new Map([[JO, 1]]))
    ).toEqual([
      {
        name: 'Jo Junior',
        resolvedThisWeek: 1,
        resolvedAllTime: 1,
        badges: 1,
      },
      {
        name: 'Lee Staff',
        resolvedThisWeek: 1,
        resolvedAllTime: 1,
        badges: 0,
      },
      {
        name: 'Sam Senior',
        resolvedThisWeek: 1,
        resolvedAllTime: 1,
        badges: 0,
      },
    ]);
  });

  it('awards each resolver their first fix, dated when it happened', () => {
    expect(
      badgesEarned(metricsOf(), reference.techs).map(b => [
        b.techEmail,
        b.id,
        new Date(b.earnedMs),
      ])
    ).toEqual([
      [JO, 'first-fix', at('2026-11-23 10:00')],
      [SAM, 'first-fix', at('2026-11-24 09:00')],
      [LEE, 'first-fix', at('2026-11-24 11:40')],
    ]);
  });
});

import {badgesEarned} from '../../../src/domain/metrics/badges';
import {weeklyDigest} from '../../../src/domain/metrics/digest';
import {weekFigures} from '../../../src/domain/metrics/leader-figures';
import {lookerStudioUrl} from '../../../src/domain/metrics/looker-link';
import {
  isDigestDue,
  parseMetricsSettings,
} from '../../../src/domain/metrics/metrics-settings';
import {ticketMetrics} from '../../../src/domain/metrics/ticket-metrics';
import {
  at,
  handWorkedCalendar,
  handWorkedReference,
  JO,
  LEDGER,
  NOW,
  SAM,
  ticket,
} from './hand-worked-ledger';

const reference = handWorkedReference();
const calendar = handWorkedCalendar(reference);

function metrics(rows = LEDGER) {
  return ticketMetrics(rows, {
    techs: reference.techs,
    calendar,
    sla: reference.sla,
    history: {reopened: new Set(), escalated: new Set()},
    nowMs: NOW.getTime(),
  });
}

/** Jo (a junior mentored by Sam) resolves `count` tickets, one a day from 2026-09-01. */
function joResolves(count: number, fiveStars: number) {
  return Array.from({length: count}, (_, i) => {
    const day = new Date(Date.UTC(2026, 8, 1 + i)).toISOString().slice(0, 10);
    return ticket({
      'Ticket ID': `T-${String(i + 1).padStart(6, '0')}`,
      Status: 'Closed',
      Assignee: JO,
      Created: at(`${day} 09:00`),
      Campus: 'North',
      Priority: 'P3',
      'Resolved At': at(`${day} 10:00`),
      'Resolved By': JO,
      'Resolver Role': 'Student',
      Rating: i < fiveStars ? 5 : 4,
    });
  });
}

describe('badges', () => {
  it('marks 10, 50 and 100 fixes, five 5-star ratings and the mentor of a junior’s first 10', () => {
    const badges = badgesEarned(metrics(joResolves(100, 5)), reference.techs);
    expect(badges.map(b => [b.techEmail, b.id, new Date(b.earnedMs)])).toEqual([
      [JO, 'first-fix', at('2026-09-01 10:00')],
      [JO, 'five-stars-5', at('2026-09-05 10:00')],
      [JO, 'resolved-10', at('2026-09-10 10:00')],
      [SAM, `mentor-10:${JO}`, at('2026-09-10 10:00')],
      [JO, 'resolved-50', at('2026-10-20 10:00')],
      [JO, 'resolved-100', at('2026-12-09 10:00')],
    ]);
    expect(badges[3].title).toBe(
      'Mentored Jo Junior through their first 10 fixes'
    );
  });

  it('gives nothing before the milestone', () => {
    const badges = badgesEarned(metrics(joResolves(9, 4)), reference.techs);
    expect(badges.map(b => b.id)).toEqual(['first-fix']);
  });
});

describe('the weekly digest', () => {
  const all = metrics();
  const RECOGNITION_URL = 'https://docs.google.com/spreadsheets/d/x/edit#gid=7';
  const DASHBOARD_URL = 'https://docs.google.com/spreadsheets/d/x/edit#gid=3';
  const thisWeek = weekFigures(all, '2026-11-23', 20);
  const digest = (
    badges = badgesEarned(all, reference.techs).slice(0, 1),
    lastWeek = weekFigures(all, '2026-11-16', 20)
  ) =>
    weeklyDigest({
      deskName: 'Lincoln Tech Desk',
      colour: '#1a73e8',
      to: 'principal@school.example',
      thisWeek,
      lastWeek,
      rooms: [{label: 'North 101', tickets: 2}],
      assets: [{label: 'A-77', tickets: 2}],
      badges,
      recognitionUrl: RECOGNITION_URL,
      dashboardUrl: DASHBOARD_URL,
    });
  const message = digest();

  it('gives the headline numbers with units, recurring problems and recognitions', () => {
    expect(message.subject).toBe(
      'Lincoln Tech Desk weekly digest: 5 tickets, 3 resolved, SLA 75% (week of 2026-11-23)'
    );
    expect(message.body).toContain(
      "The week of 23 November 2026\n\n5 tickets opened, 3 resolved, 75% within the school's time targets."
    );
    expect(message.body).toContain('\nTickets opened: 5\n');
    expect(message.body).toContain('\nMedian time to resolution: 70 min\n');
    expect(message.body).toContain('\nStudent resolution rate: 67%\n');
    // The open breach T-000004 counts against compliance: 3 of 4 decided tickets met their target.
    expect(message.body).toContain(
      '\nSLA compliance: 75% — 1 breach (1 still open), 1 escalation\n'
    );
    expect(message.body).toContain(
      'Recurring problems (last 4 weeks):\n- Room North 101: 2 tickets\n- Asset A-77: 2 tickets'
    );
    expect(message.body).toContain('Recognition:\n- Jo Junior: First fix');
    expect(message.body).toContain(`Open the Dashboard: ${DASHBOARD_URL}`);
    expect(message.to).toBe('principal@school.example');
  });

  it('compares with nothing in a first week, and with last week once it had tickets', () => {
    // Last week had no tickets: "▲ up from 0 min, worse" would blame the desk for its first week.
    expect(message.body).not.toContain('up from');
    expect(message.body).toContain('This week:\n');
    expect(message.body).toContain(
      'Last week had no tickets, so there is nothing to compare with yet'
    );
    const compared = digest(undefined, {
      ...thisWeek,
      weekStart: '2026-11-16',
      tickets: 4,
      classMinutesLost: 500,
    }).body;
    expect(compared).toContain('This week against last:\n');
    expect(compared).toContain('\nTickets opened: 5 (▲ up from 4)\n');
    expect(compared).toContain(
      '\nClass time lost: 460 min (▼ down from 500 min, better)\n'
    );
    expect(compared).not.toContain('nothing to compare with');
  });

  it('explains its terms in a line, and names students only to praise them', () => {
    expect(message.body).toContain(
      'What the figures mean:\nSLA compliance: the share of tickets answered and fixed within the times the school set for their priority.'
    );
    expect(message.body).toContain('Deflection: a teacher fixed the problem');
    expect(message.body).not.toMatch(/rating/i);
  });

  it('is a whole accessible document in the desk’s look', () => {
    const html = message.htmlBody;
    expect(html).toMatch(/^<!DOCTYPE html><html lang="en" dir="ltr">/);
    expect(html).toContain('<title>The week of 23 November 2026</title>');
    expect(html).toContain('background:#1a73e8');
    expect(html).toMatch(/<h1[^>]*>The week of 23 November 2026<\/h1>/);
    expect(html).toMatch(/<h2[^>]*>Recognition<\/h2>/);
    expect(html).toContain(
      '<strong><bdi>Jo Junior</bdi></strong>: <bdi>First fix</bdi>'
    );
    expect(html).toContain(`href="${DASHBOARD_URL}"`);
  });

  it('names five recognitions and links to the rest on the Recognition tab', () => {
    const badges = badgesEarned(metrics(joResolves(100, 5)), reference.techs);
    expect(badges).toHaveLength(6);
    const {body, htmlBody} = digest([...badges, ...badges.slice(0, 2)]);
    const recognition = body.split('Recognition:\n')[1].split('\n\n');
    expect(recognition[0].split('\n')).toEqual([
      '- Jo Junior: First fix',
      '- Jo Junior: Five 5-star ratings',
      '- Jo Junior: 10 tickets resolved',
      '- Sam Senior: Mentored Jo Junior through their first 10 fixes',
      '- Jo Junior: 50 tickets resolved',
    ]);
    expect(recognition[1]).toBe(
      `And 3 more.\nOpen the Recognition tab: ${RECOGNITION_URL}`
    );
    expect(htmlBody).toContain(`href="${RECOGNITION_URL}"`);
  });

  it('escapes what people typed', () => {
    const html = weeklyDigest({
      deskName: 'Desk',
      colour: '#1a73e8',
      to: 'a@b.example',
      thisWeek,
      lastWeek: weekFigures(all, '2026-11-16', 20),
      rooms: [{label: '<b>Lab</b>', tickets: 2}],
      assets: [],
      badges: [],
      recognitionUrl: RECOGNITION_URL,
      dashboardUrl: DASHBOARD_URL,
    }).htmlBody;
    expect(html).toContain(
      'Room &lt;b&gt;Lab&lt;/b&gt;</bdi></strong>: <bdi>2 tickets</bdi>'
    );
    expect(html).not.toContain('<b>Lab</b>');
  });
});

describe('the Looker Studio link', () => {
  // platform.md: Looker Studio (Linking API)
  it('opens a new report on one worksheet of the spreadsheet', () => {
    expect(
      lookerStudioUrl({
        spreadsheetId: 'abc123',
        sheetId: 42,
        reportName: 'Peer Desk & co metrics',
      })
    ).toBe(
      'https://lookerstudio.google.com/reporting/create?c.mode=edit&ds.ds0.connector=googleSheets&ds.ds0.spreadsheetId=abc123&ds.ds0.worksheetId=42&ds.ds0.hasHeader=true&r.reportName=Peer%20Desk%20%26%20co%20metrics'
    );
  });
});

describe('metrics settings', () => {
  it('reads the digest list, day and hour, and the minutes saved', () => {
    expect(
      parseMetricsSettings([
        {key: 'Digest Recipients', value: 'Head@School.example, nobody'},
        {key: 'Digest Day', value: 'monday'},
        {key: 'Digest Hour', value: '25'},
        {key: 'Teacher Minutes Saved per Ticket', value: '15'},
      ])
    ).toEqual({
      settings: {
        digestRecipients: ['head@school.example'],
        digestDay: 'Mon',
        digestHour: 16,
        minutesSavedPerTicket: 15,
      },
      problems: [
        'Config "Digest Recipients": "nobody" is not an email address; it is left out.',
        'Config "Digest Hour" must be a whole number from 0 to 23, not "25"; using 16.',
      ],
    });
  });
});

describe('when the weekly digest is due', () => {
  const {settings} = parseMetricsSettings([
    {key: 'Digest Recipients', value: 'head@school.example'},
    {key: 'Digest Day', value: 'Fri'},
    {key: 'Digest Hour', value: '16'},
  ]);
  const due = (date: string, time: string, lastSentWeek?: string) =>
    isDigestDue(settings, {local: {date, time}, lastSentWeek});

  it('is due from the configured day and hour until it has gone that week', () => {
    expect(due('2026-11-27', '15:59')).toBe(false);
    expect(due('2026-11-27', '16:00')).toBe(true);
    expect(due('2026-11-28', '09:00')).toBe(true); // Saturday: a missed Friday still sends
    expect(due('2026-11-27', '17:00', '2026-11-23')).toBe(false);
    expect(due('2026-12-04', '16:00', '2026-11-23')).toBe(true);
    expect(due('2026-11-30', '16:00', '2026-11-23')).toBe(false); // Monday of the next week
  });

  it('is never due without recipients', () => {
    const none = parseMetricsSettings([]).settings;
    expect(
      isDigestDue(none, {
        local: {date: '2026-11-27', time: '17:00'},
        lastSentWeek: undefined,
      })
    ).toBe(false);
  });
});

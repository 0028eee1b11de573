import {isRoundTrip} from '../core/latency';
import {Workspace} from '../workspace/workspace';
import {busiestDayLine} from './daily-quotas';
import {mailLoadLines} from './mail-load';
import {WeekResult} from './school-week';

function countBy(values: unknown[], blank = 'none'): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const value of values) {
    const key = String(value || blank);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.entries()].sort(
    (a, b) => b[1] - a[1] || a[0].localeCompare(b[0])
  );
}

function lines(title: string, rows: Array<[string, number]>): string[] {
  return [title, ...rows.map(([k, n]) => `  ${String(n).padStart(5)}  ${k}`)];
}

/** Who was certified during the week, and the practice tickets the figures left out. */
function mentoringLines(ws: Workspace): string[] {
  const practice = ws
    .table('Tickets')
    .filter(t => t['Practice'] === 'yes')
    .map(t => String(t['Ticket ID']));
  const inMetrics = ws
    .table('Metrics')
    .filter(r => practice.includes(String(r['ticket_id']))).length;
  const certified = ws
    .table('Recognition')
    .filter(r => String(r['Badge']).startsWith('Certified in '))
    .map(r => `${r['Tech']} (${String(r['Badge']).toLowerCase()})`);
  return [
    `Certified this week: ${certified.join(', ') || 'nobody'}`,
    `Practice tickets: ${practice.length}, of them in Metrics: ${inMetrics}${practice.length > 0 && inMetrics === 0 ? ' (kept out of every figure)' : ''}`,
  ];
}

/** "1 star", "2 stars". */
function stars(rating: unknown): string {
  return `${String(rating)} ${Number(rating) === 1 ? 'star' : 'stars'}`;
}

/** The service calls the week cost, by service, with how many were round trips to Google. */
function serviceLines(ws: Workspace): string[] {
  const services = new Map<string, {calls: number; trips: number}>();
  for (const [name, count] of Object.entries(ws.calls())) {
    const service = name.split('.')[0];
    const entry = services.get(service) ?? {calls: 0, trips: 0};
    entry.calls += count;
    if (isRoundTrip(name)) entry.trips += count;
    services.set(service, entry);
  }
  return [
    'Service calls (round trips):',
    ...[...services.entries()]
      .sort()
      .map(([s, c]) => `  ${String(c.calls).padStart(7)}  ${s} (${c.trips})`),
  ];
}

/**
 * What a coordinator would want to know after the simulated week, as printable lines; `verbose`
 * adds the desk's runs and the service calls they made.
 */
export function summarise(
  ws: Workspace,
  week: WeekResult,
  verbose = false
): string[] {
  const tickets = ws.table('Tickets');
  const executions = ws.executions.history;
  const failed = executions.filter(r => r.outcome !== 'completed');
  const names = new Map(
    ws.table('Techs').map(t => [String(t['Email']), String(t['Display Name'])])
  );
  return [
    `Simulated ${week.submissions} form submissions and ${week.techEdits} tech edits (${week.rejectedEdits.length} refused by Sheets).`,
    '',
    ...lines(
      `Tickets by status (${tickets.length}):`,
      countBy(tickets.map(t => t['Status']))
    ),
    '',
    ...lines(
      'Tickets by assignee:',
      countBy(
        tickets.map(t => names.get(String(t['Assignee'])) ?? t['Assignee']),
        'not assigned yet'
      )
    ),
    '',
    `Emails sent: ${ws.outbox.length}, from ${[...new Set(ws.outbox.map(m => m.from))].join(', ') || 'nobody'}`,
    busiestDayLine(ws),
    ...mailLoadLines(ws),
    `Escalated by the SLA ladder: ${tickets.filter(t => String(t['Escalation Reason']).startsWith('Resolution target')).length}; by hand: ${tickets.filter(t => String(t['Escalation Reason']).startsWith('Escalated by hand')).length}`,
    `No school (Config "No School Days"): ${week.noSchoolDays.join(', ') || 'none'}`,
    ...lines(
      'Resolved by:',
      countBy(
        tickets.filter(t => t['Resolver Role']).map(t => t['Resolver Role'])
      )
    ),
    `Ratings: ${week.ratings}`,
    ...lines(
      'Ratings by stars:',
      countBy(
        tickets.filter(t => t['Rating'] !== '').map(t => stars(t['Rating']))
      )
    ),
    `Knowledge Base: ${week.articlesProposed} articles proposed from fixes, ${week.articlesPublished} published (${ws.table('Knowledge Base').filter(a => a['Status'] === 'Published').length} published in all); suggestions that helped: ${ws.table('Knowledge Base').reduce((sum, a) => sum + (Number(a['Helped']) || 0), 0)}`,
    `Deflections ("This fixed it"): ${week.deflections} of ${tickets.length} tickets resolved by the teacher with a suggested article`,
    `Conversation: ${week.questions} questions emailed to teachers; ${week.emailReplies} answered by replying (${ws.table('Activity').filter(a => a['Field'] === 'Requester Reply' && String(a['Who']).endsWith('(email)')).length} on tickets), ${week.autoReplies} out-of-office replies ignored; ${week.emailRequests} requests emailed in (${tickets.filter(t => String(t['Response Key']).startsWith('email:')).length} tickets)`,
    `Safeguarding: ${ws.table('Activity').filter(a => a['Field'] === 'Staff Approval' && a['New Value'] === 'yes').length} tickets that need an adult approved by Level 2 staff before a student started them`,
    `Metrics rows: ${ws.table('Metrics').length}; Daily rows: ${ws.table('Daily').length}; badges on Recognition: ${ws.table('Recognition').length}`,
    ...mentoringLines(ws),
    `Weekly digests sent: ${ws.outbox.filter(m => m.subject.includes('weekly digest')).length}`,
    `The desk ran ${executions.length} times (forms, edits, menu items, the hourly and 5-minute triggers); ${failed.length === 0 ? 'every run finished' : `${failed.length} did not finish`}.`,
    ...failed
      .slice(0, 5)
      .map(r => `  ${r.functionName} ${r.outcome}: ${r.error}`),
    ...(verbose ? ['', ...serviceLines(ws)] : []),
  ];
}

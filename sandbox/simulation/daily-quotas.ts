import {DAILY_TRIGGER_RUNTIME_MS, TRIGGER_CAUSES} from '../core/execution';
import {wallTimeOf} from '../core/zoned-time';
import {DAILY_RECIPIENTS} from '../mail/outbox';
import {Workspace} from '../workspace/workspace';

export interface DailyUse {
  /** Local date in the script's zone, YYYY-MM-DD. */
  readonly date: string;
  /** Mail recipients (to, cc and bcc) counted against the sender's daily quota. */
  readonly recipients: number;
  /** Minutes of trigger executions on the virtual clock: service time plus the bundle's own CPU time. */
  readonly triggerMinutes: number;
}

/** The local date (YYYY-MM-DD) of an instant in the script's zone. */
function localDate(ws: Workspace, ms: number): string {
  const t = wallTimeOf(ms, ws.env.timeZone);
  return `${t.year}-${String(t.month).padStart(2, '0')}-${String(t.day).padStart(2, '0')}`;
}

/** What the desk spent of the two daily quotas that grow with a school's volume, day by day. */
export function dailyUse(ws: Workspace): DailyUse[] {
  const days = new Map<string, {recipients: number; triggerMs: number}>();
  const day = (ms: number) => {
    const key = localDate(ws, ms);
    const entry = days.get(key) ?? {recipients: 0, triggerMs: 0};
    days.set(key, entry);
    return entry;
  };
  for (const m of ws.outbox)
    day(m.sentAt).recipients += m.to.length + m.cc.length + m.bcc.length;
  for (const r of ws.executions.history)
    if (TRIGGER_CAUSES.has(r.cause))
      day(r.startedAt).triggerMs += r.endedAt - r.startedAt;
  return [...days.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, use]) => ({
      date,
      recipients: use.recipients,
      triggerMinutes: use.triggerMs / 60_000,
    }));
}

/** One line on the busiest day's use of both quotas, against the account's limits. */
export function busiestDayLine(ws: Workspace): string {
  const use = dailyUse(ws);
  if (use.length === 0) return 'Daily quotas: nothing used.';
  const recipients = Math.max(...use.map(d => d.recipients));
  const minutes = Math.max(...use.map(d => d.triggerMinutes));
  const account = ws.env.account;
  return (
    `Busiest day: ${recipients} mail recipients of the owner's ${DAILY_RECIPIENTS[account]} a day; ` +
    `${minutes.toFixed(1)} trigger minutes of ${DAILY_TRIGGER_RUNTIME_MS[account] / 60_000} (${account} account).`
  );
}

/** The most emails one person received in one day (to, cc or bcc), who and when. */
export function mostMailToOnePerson(
  ws: Workspace
): {person: string; date: string; emails: number} | undefined {
  const counts = new Map<string, number>();
  for (const m of ws.outbox) {
    const date = localDate(ws, m.sentAt);
    for (const person of new Set([...m.to, ...m.cc, ...m.bcc])) {
      const key = `${date} ${person.toLowerCase()}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  let most: {person: string; date: string; emails: number} | undefined;
  for (const [key, emails] of counts) {
    if (most && emails <= most.emails) continue;
    const [date, person] = key.split(' ');
    most = {person, date, emails};
  }
  return most;
}

import {wallTimeOf} from '../core/zoned-time';
import {Workspace} from '../workspace/workspace';

/** The desk's notification budget (issue 20): the simulated week must stay within it. */
export const MAX_EMAILS_PER_TICKET = 2.5;

/** Emails sent per ticket made (practice tickets included: their mentor mail counts too). */
export function emailsPerTicket(ws: Workspace): number {
  const tickets = ws.table('Tickets').length;
  return tickets === 0 ? 0 : ws.outbox.length / tickets;
}

/** Who an address is, by role (a tech by display name and tier; a requester never by address). */
function roleOf(ws: Workspace, address: string): string {
  const tech = ws
    .table('Techs')
    .find(t => String(t['Email']).toLowerCase() === address.toLowerCase());
  if (tech) return `${String(tech['Display Name'])} (${String(tech['Tier'])})`;
  const requester = ws
    .table('Tickets')
    .some(t => String(t['Requester']).toLowerCase() === address.toLowerCase());
  return requester ? 'a requester' : 'a leader or the coordinator';
}

/** The most emails any one person received in one local day, and who (by role). */
function busiestReader(ws: Workspace): {
  count: number;
  who: string;
  date: string;
} {
  const counts = new Map<string, number>();
  for (const mail of ws.outbox) {
    const t = wallTimeOf(mail.sentAt, ws.env.timeZone);
    const date = `${t.year}-${String(t.month).padStart(2, '0')}-${String(t.day).padStart(2, '0')}`;
    for (const to of mail.to) {
      const key = `${date} ${to}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  let best = {count: 0, who: 'nobody', date: ''};
  for (const [key, count] of counts)
    if (count > best.count) {
      const [date, address] = key.split(' ');
      best = {count, who: roleOf(ws, address), date};
    }
  return best;
}

/** What waits in the Outbox for the mail quota at the end (nothing is dropped: it goes later). */
function waitingForQuota(ws: Workspace): number {
  return ws
    .table('Outbox')
    .filter(
      row =>
        row['Status'] === 'Pending' &&
        String(row['Last Error']).includes('quota')
    ).length;
}

/** The mail lines of the summary: emails per ticket, the busiest reader's day, what waits. */
export function mailLoadLines(ws: Workspace): string[] {
  const perTicket = emailsPerTicket(ws);
  const reader = busiestReader(ws);
  return [
    `Emails per ticket: ${perTicket.toFixed(2)} (${ws.outbox.length} emails, ${ws.table('Tickets').length} tickets; budget ${MAX_EMAILS_PER_TICKET})`,
    `Most emails to one person in a day: ${reader.count}, ${reader.who}${reader.date ? ` on ${reader.date}` : ''}`,
    `Outbox rows waiting for the mail quota at the end: ${waitingForQuota(ws)} (they go when it comes back; none are dropped)`,
  ];
}

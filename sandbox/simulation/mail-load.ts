import {Workspace} from '../workspace/workspace';
import {mostMailToOnePerson} from './daily-quotas';

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
  const most = mostMailToOnePerson(ws);
  return [
    `Emails per ticket: ${perTicket.toFixed(2)} (${ws.outbox.length} emails, ${ws.table('Tickets').length} tickets; budget ${MAX_EMAILS_PER_TICKET})`,
    most
      ? `Most emails to one person in a day: ${most.emails}, ${roleOf(ws, most.person)} on ${most.date}`
      : 'Most emails to one person in a day: 0',
    `Outbox rows waiting for the mail quota at the end: ${waitingForQuota(ws)} (they go when it comes back; none are dropped)`,
  ];
}

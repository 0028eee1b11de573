// SLA compliance over every ticket whose resolution target has passed, with breaches and escalations.
import {share} from './statistics';
import {TicketMetrics} from './ticket-metrics';

export interface SlaSummary {
  /**
   * Share of the tickets whose resolution is decided (resolved, or open past its target) that
   * were resolved within target: an open breach counts against it.
   */
  readonly slaCompliance: number | undefined;
  /** Tickets resolved late or still open past their resolution target. */
  readonly breaches: number;
  /** Of the breaches, those still open. */
  readonly openBreaches: number;
  readonly escalations: number;
}

/** The SLA figures of a set of tickets (those created in a day or a week). */
export function slaSummary(tickets: readonly TicketMetrics[]): SlaSummary {
  const decided = tickets.filter(t => t.slaResolutionMet !== undefined);
  const breached = decided.filter(t => t.slaResolutionMet === false);
  return {
    slaCompliance: share(decided.length - breached.length, decided.length),
    breaches: breached.length,
    openBreaches: breached.filter(t => t.resolvedMs === undefined).length,
    escalations: tickets.filter(t => t.escalated).length,
  };
}

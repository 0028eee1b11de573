// The Metrics table: one row per ticket with its times and SLA results, for Looker Studio.
import {
  DATE_FORMAT,
  DATE_TIME_FORMAT,
  NUMBER_FORMAT,
} from './presentation/figure-format';
import {rounded} from './statistics';
import {CellValue} from '../tickets/ticket-row';
import {TicketMetrics} from './ticket-metrics';
import {localMidnightMs, UtcOffset} from '../school-time/zoned-dates';

/**
 * The Metrics tab, Looker Studio's source (platform.md: Looker Studio): one header row of unique,
 * stable snake_case names, one row per ticket, one type per column, values not formulas. Renaming
 * a column breaks every report built on it, so these names never change. No requester appears.
 */
export const METRICS_HEADERS = [
  'ticket_id',
  'created',
  'week_start',
  'campus',
  'category',
  'priority',
  'status',
  'assignee',
  'assignee_tier',
  'resolved_by',
  'first_response_school_min',
  'first_response_wall_min',
  'resolution_school_min',
  'resolution_wall_min',
  'sla_first_response_met',
  'sla_resolution_met',
  'escalated',
  'reopened',
  'satisfaction',
  'duplicate_of',
  'stops_class',
  'class_time_lost_min',
  'self_help_offered',
  'fixed_by_article',
] as const;

const MINUTES = NUMBER_FORMAT.count;

/** Each Metrics column's number format (empty: as typed); formats leave the values Looker reads alone. */
export const METRICS_FORMATS: Readonly<
  Record<(typeof METRICS_HEADERS)[number], string>
> = {
  ticket_id: '',
  created: DATE_TIME_FORMAT,
  week_start: DATE_FORMAT,
  campus: '',
  category: '',
  priority: '',
  status: '',
  assignee: '',
  assignee_tier: '',
  resolved_by: '',
  first_response_school_min: MINUTES,
  first_response_wall_min: MINUTES,
  resolution_school_min: MINUTES,
  resolution_wall_min: MINUTES,
  sla_first_response_met: '',
  sla_resolution_met: '',
  escalated: '',
  reopened: '',
  satisfaction: '0',
  duplicate_of: '',
  stops_class: '',
  class_time_lost_min: MINUTES,
  self_help_offered: NUMBER_FORMAT.count,
  fixed_by_article: '',
};

/** An empty cell is Looker's "no value"; text like "n/a" would turn a number column into text. */
function optional<T extends CellValue>(value: T | undefined): CellValue {
  return value === undefined ? '' : value;
}

function minutes(value: number | undefined): CellValue {
  return value === undefined ? '' : rounded(value);
}

export function metricsTable(
  tickets: readonly TicketMetrics[],
  offset: UtcOffset
): CellValue[][] {
  const day = new Map<string, Date>();
  const midnight = (date: string) => {
    let value = day.get(date);
    if (!value)
      day.set(date, (value = new Date(localMidnightMs(date, offset))));
    return value;
  };
  return tickets.map(t => [
    t.id,
    new Date(t.createdMs),
    midnight(t.weekStart),
    t.campus,
    t.category,
    t.priority,
    t.status,
    t.assigneeName,
    t.assigneeTier,
    t.resolvedBy,
    minutes(t.firstResponseSchoolMin),
    minutes(t.firstResponseWallMin),
    minutes(t.resolutionSchoolMin),
    minutes(t.resolutionWallMin),
    optional(t.slaFirstResponseMet),
    optional(t.slaResolutionMet),
    t.escalated,
    t.reopened,
    optional(t.satisfaction),
    t.duplicateOf,
    t.stopsClass,
    minutes(t.classMinutesLost),
    t.selfHelpSuggested.length,
    t.fixedByArticle,
  ]);
}

// Per-ticket metrics from Tickets and Activity: response and resolution times, SLA met or missed.
import {schoolMinutesByDay, stopsClass} from './class-time';
import {targetFor} from '../sla/escalation';
import {addDays} from '../school-time/local-time';
import {SchoolCalendar} from '../school-time/school-time';
import {schoolTimeline} from '../school-time/school-timeline';
import {SlaPolicy} from '../sla/sla-policy';
import {parsePauses, Pause} from '../sla/sla-pauses';
import {assigneeEmailFinder, Tech} from '../people/techs';
import {cellMs, cellText, TicketRow} from '../tickets/ticket-row';
import {TicketField} from '../tickets/tabs';
import {isOpen, STATUS} from '../tickets/workflow';
import {
  SELF_HELP_FIELD,
  SELF_SERVICE_ROLE,
  SelfHelpHistory,
  selfHelpFrom,
} from '../knowledge/self-help-record';
import {localDateOf, weekStartOf} from '../school-time/zoned-dates';

/**
 * The Tickets columns the metrics read (Practice and the ID tell practice tickets apart): the
 * rebuild reads only these, so a column added here must be read for a figure to use it.
 */
export const METRICS_FIELDS = [
  'Ticket ID',
  'Status',
  'Assignee',
  'Created',
  'Campus',
  'Room',
  'Category',
  'Asset Tag',
  'Priority',
  'Impact',
  'Duplicate Of',
  'First Response',
  'Resolved At',
  'Resolved By',
  'Resolver Role',
  'Escalation Reason',
  'SLA Pauses',
  'Rating',
  'Practice',
] as const satisfies readonly TicketField[];

/** A Tickets row as the metrics read it. */
export type MetricsRow = Pick<TicketRow, (typeof METRICS_FIELDS)[number]>;

const MINUTE_MS = 60_000;
const NONE: ReadonlyMap<string, number> = new Map();

/** What the Activity log adds to a ticket's row: states it passed through and left, self-help offered. */
export interface TicketHistory {
  readonly reopened: ReadonlySet<string>;
  readonly escalated: ReadonlySet<string>;
  readonly selfHelp?: SelfHelpHistory;
}

/** An Activity row as the history reads it. */
export interface HistoryEntry {
  readonly ticketId: string;
  readonly field: string;
  readonly newValue: string;
}

/** Whether an Activity row changes a ticket's history (the rest need not be kept). */
export function shapesHistory(entry: HistoryEntry): boolean {
  return entry.field === 'Status'
    ? entry.newValue === STATUS.reopened || entry.newValue === STATUS.escalated
    : (Object.values(SELF_HELP_FIELD) as string[]).includes(entry.field);
}

/** Activity rows (Ticket ID, Field, New Value) folded into the tickets' histories. */
export function historyFrom(activity: readonly HistoryEntry[]): TicketHistory {
  const reopened = new Set<string>();
  const escalated = new Set<string>();
  for (const entry of activity) {
    if (entry.field !== 'Status') continue;
    if (entry.newValue === STATUS.reopened) reopened.add(entry.ticketId);
    if (entry.newValue === STATUS.escalated) escalated.add(entry.ticketId);
  }
  return {reopened, escalated, selfHelp: selfHelpFrom(activity)};
}

export interface MetricsContext {
  readonly techs: readonly Tech[];
  readonly calendar: SchoolCalendar;
  readonly sla: SlaPolicy;
  readonly history: TicketHistory;
  readonly nowMs: number;
}

/** One ticket as the metrics see it: durations worked out, people named, no requester. */
export interface TicketMetrics {
  readonly id: string;
  readonly createdMs: number;
  /** Local dates, yyyy-MM-dd. */
  readonly createdDate: string;
  readonly weekStart: string;
  readonly campus: string;
  readonly room: string;
  readonly assetTag: string;
  readonly category: string;
  readonly priority: string;
  readonly status: string;
  readonly assigneeEmail: string;
  readonly assigneeName: string;
  readonly assigneeTier: string;
  readonly resolverEmail: string;
  /** Self-service: the requester's "This fixed it" resolved it with an article. */
  readonly resolvedBy: 'student' | 'staff' | 'self-service' | '';
  readonly resolvedMs: number | undefined;
  readonly resolvedDate: string | undefined;
  readonly firstResponseSchoolMin: number | undefined;
  readonly firstResponseWallMin: number | undefined;
  readonly resolutionSchoolMin: number | undefined;
  readonly resolutionWallMin: number | undefined;
  readonly slaFirstResponseMet: boolean | undefined;
  readonly slaResolutionMet: boolean | undefined;
  readonly escalated: boolean;
  readonly reopened: boolean;
  readonly satisfaction: number | undefined;
  readonly duplicateOf: string;
  /** The requester said the problem stops a whole class (or more). */
  readonly stopsClass: boolean;
  /** For those, school minutes from Created to Resolved At (or to now while open), by local date. */
  readonly classMinutesByDay: ReadonlyMap<string, number>;
  readonly classMinutesLost: number;
  /** The titles the confirmation email suggested (articles and past fixes). */
  readonly selfHelpSuggested: readonly string[];
  /** The article the requester said fixed it, or ''. */
  readonly fixedByArticle: string;
}

type SchoolMinutes = (fromMs: number, toMs: number) => number;

function pausedMinutes(
  between: SchoolMinutes,
  pauses: readonly Pause[],
  fromMs: number,
  toMs: number
): number {
  return pauses.reduce(
    (sum, p) =>
      sum + between(Math.max(p.fromMs, fromMs), Math.min(p.toMs ?? toMs, toMs)),
    0
  );
}

/** The local dates the ledger's instants span, a day either side. */
function spanOf(
  rows: readonly MetricsRow[],
  nowMs: number,
  offset: (date: string) => number
): [string, string] {
  let first = nowMs;
  let last = nowMs;
  for (const row of rows)
    for (const field of ['Created', 'First Response', 'Resolved At'] as const) {
      const ms = cellMs(row[field]);
      if (ms === undefined) continue;
      if (ms < first) first = ms;
      if (ms > last) last = ms;
    }
  return [
    addDays(localDateOf(first, offset), -1),
    addDays(localDateOf(last, offset), 2),
  ];
}

/**
 * Met when it happened within target; missed when it happened late, or has not happened and the
 * target has passed; unknown (undefined) while there is still time.
 */
function slaMet(
  took: number | undefined,
  elapsedSoFar: number,
  target: number
): boolean | undefined {
  if (took !== undefined) return took <= target;
  return elapsedSoFar > target ? false : undefined;
}

function resolvedByOf(role: string): TicketMetrics['resolvedBy'] {
  if (role === 'Student') return 'student';
  if (role === 'Staff') return 'staff';
  if (role === SELF_SERVICE_ROLE) return 'self-service';
  return '';
}

function ratingOf(text: string): number | undefined {
  const rating = Number(text);
  return text !== '' && Number.isInteger(rating) && rating >= 1 && rating <= 5
    ? rating
    : undefined;
}

/** Every ticket of the ledger with its metrics; rows without an ID or a Created date are skipped. */
export function ticketMetrics(
  rows: readonly MetricsRow[],
  context: MetricsContext
): TicketMetrics[] {
  const {calendar, sla, history, nowMs} = context;
  const techs = new Map(context.techs.map(tech => [tech.email, tech]));
  const assigneeEmailOf = assigneeEmailFinder(context.techs);
  const offset = calendar.utcOffsetMinutes;
  const between = schoolTimeline(calendar, ...spanOf(rows, nowMs, offset));
  const metrics: TicketMetrics[] = [];
  for (const row of rows) {
    const id = cellText(row['Ticket ID']).trim();
    const createdMs = cellMs(row.Created);
    if (id === '' || createdMs === undefined) continue;
    const status = cellText(row.Status).trim();
    const priority = cellText(row.Priority).trim();
    const target = targetFor(sla, priority);
    const pauses = parsePauses(cellText(row['SLA Pauses']));
    const respondedMs = cellMs(row['First Response']);
    const resolvedMs = isOpen(status) ? undefined : cellMs(row['Resolved At']);
    const schoolSince = (toMs: number) => between(createdMs, toMs);
    const firstResponseSchoolMin =
      respondedMs === undefined ? undefined : schoolSince(respondedMs);
    const resolutionSchoolMin =
      resolvedMs === undefined
        ? undefined
        : schoolSince(resolvedMs) -
          pausedMinutes(between, pauses, createdMs, resolvedMs);
    const open = resolvedMs === undefined && isOpen(status);
    const elapsedNow = (subtractPauses: boolean) =>
      open
        ? schoolSince(nowMs) -
          (subtractPauses
            ? pausedMinutes(between, pauses, createdMs, nowMs)
            : 0)
        : 0;
    const assigneeEmail = assigneeEmailOf(cellText(row.Assignee));
    const assignee = techs.get(assigneeEmail);
    const createdDate = localDateOf(createdMs, offset);
    const stops = stopsClass(cellText(row.Impact));
    // While open, counted to the last whole minute so a rebuild's own seconds do not show.
    const downUntil = open
      ? Math.floor(nowMs / MINUTE_MS) * MINUTE_MS
      : resolvedMs;
    const classMinutesByDay =
      stops && downUntil !== undefined
        ? schoolMinutesByDay(between, offset, createdMs, downUntil)
        : NONE;
    metrics.push({
      id,
      createdMs,
      createdDate,
      weekStart: weekStartOf(createdDate),
      campus: cellText(row.Campus).trim(),
      room: cellText(row.Room).trim(),
      assetTag: cellText(row['Asset Tag']).trim(),
      category: cellText(row.Category).trim(),
      priority,
      status,
      assigneeEmail,
      assigneeName: assignee?.name ?? '',
      assigneeTier: assignee?.tier ?? '',
      resolverEmail: cellText(row['Resolved By']).trim().toLowerCase(),
      resolvedBy: resolvedByOf(cellText(row['Resolver Role']).trim()),
      resolvedMs,
      resolvedDate:
        resolvedMs === undefined ? undefined : localDateOf(resolvedMs, offset),
      firstResponseSchoolMin,
      firstResponseWallMin:
        respondedMs === undefined
          ? undefined
          : (respondedMs - createdMs) / MINUTE_MS,
      resolutionSchoolMin,
      resolutionWallMin:
        resolvedMs === undefined
          ? undefined
          : (resolvedMs - createdMs) / MINUTE_MS,
      slaFirstResponseMet: slaMet(
        firstResponseSchoolMin,
        respondedMs === undefined ? elapsedNow(false) : 0,
        target.firstResponse
      ),
      slaResolutionMet: slaMet(
        resolutionSchoolMin,
        elapsedNow(true),
        target.resolution
      ),
      escalated:
        status === STATUS.escalated ||
        cellText(row['Escalation Reason']).trim() !== '' ||
        history.escalated.has(id),
      reopened: status === STATUS.reopened || history.reopened.has(id),
      satisfaction: ratingOf(cellText(row.Rating).trim()),
      duplicateOf: cellText(row['Duplicate Of']).trim(),
      stopsClass: stops,
      classMinutesByDay,
      classMinutesLost: [...classMinutesByDay.values()].reduce(
        (sum, m) => sum + m,
        0
      ),
      selfHelpSuggested: history.selfHelp?.suggested.get(id) ?? [],
      fixedByArticle: history.selfHelp?.fixedBy.get(id) ?? '',
    });
  }
  return metrics;
}

import {CONFIG_DEFAULTS} from '../../../src/domain/settings/config-rows';
import {
  buildReference,
  Reference,
} from '../../../src/domain/settings/reference';
import {SchoolCalendar} from '../../../src/domain/school-time/school-time';
import {TICKET_HEADERS} from '../../../src/domain/tickets/tabs';
import {TicketRow} from '../../../src/domain/tickets/ticket-row';
import {
  Fields,
  LEDGER_FIELDS,
  REQUESTER,
  SCHEDULE_ROWS,
  TECH_ROWS,
} from '../../fixtures/hand-worked-ledger';

export * from '../../fixtures/hand-worked-ledger';

const asText = (rows: readonly Fields[]) =>
  rows.map(r =>
    Object.fromEntries(Object.entries(r).map(([k, v]) => [k, String(v)]))
  );

export function handWorkedReference(): Reference {
  return buildReference({
    techs: asText(TECH_ROWS),
    schedule: asText(SCHEDULE_ROWS),
    rota: [],
    config: CONFIG_DEFAULTS.map(row => ({Key: row.key, Value: row.value})),
    knowledgeBase: [],
  });
}

export function handWorkedCalendar(reference: Reference): SchoolCalendar {
  return {
    config: reference.config,
    periods: reference.periods,
    noSchoolDays: new Set(),
    utcOffsetMinutes: () => -360,
  };
}

export function ticket(fields: Fields): TicketRow {
  return {
    ...(Object.fromEntries(TICKET_HEADERS.map(h => [h, ''])) as TicketRow),
    Requester: REQUESTER,
    ...fields,
  };
}

export const LEDGER: readonly TicketRow[] = LEDGER_FIELDS.map(ticket);

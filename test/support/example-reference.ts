import {CONFIG_DEFAULTS} from '../../src/domain/settings/config-rows';
import {
  EXAMPLE_CONFIG,
  EXAMPLE_KNOWLEDGE_BASE,
  EXAMPLE_ROTA,
  EXAMPLE_SCHEDULE,
  EXAMPLE_TECHS,
} from '../../src/domain/settings/example-school';
import {LedgerEntry} from '../../src/domain/tickets/ledger';
import {
  buildReference,
  Reference,
  ReferenceRows,
} from '../../src/domain/settings/reference';
import {CONFIG_HEADERS} from '../../src/domain/configuration/tabs';
import {KNOWLEDGE_BASE_HEADERS} from '../../src/domain/knowledge/tabs';
import {ROTA_HEADERS, TECH_HEADERS} from '../../src/domain/people/tabs';
import {SCHEDULE_HEADERS} from '../../src/domain/school-time/tabs';

function records(
  headers: readonly string[],
  rows: readonly (readonly string[])[]
): Record<string, string>[] {
  return rows.map(row =>
    Object.fromEntries(headers.map((h, i) => [h, row[i] ?? '']))
  );
}

/** The example school's tabs as the desk reads them: rows of text keyed by header. */
export function exampleReferenceRows(): ReferenceRows {
  return {
    techs: records(TECH_HEADERS, EXAMPLE_TECHS),
    schedule: records(SCHEDULE_HEADERS, EXAMPLE_SCHEDULE),
    rota: records(ROTA_HEADERS, EXAMPLE_ROTA),
    config: records(
      CONFIG_HEADERS,
      CONFIG_DEFAULTS.map(r => [
        r.key,
        EXAMPLE_CONFIG[r.key] ?? r.value,
        r.description,
      ])
    ),
    knowledgeBase: records(KNOWLEDGE_BASE_HEADERS, EXAMPLE_KNOWLEDGE_BASE),
  };
}

/** The example school as the desk reads it from its tabs. */
export function exampleReference(): Reference {
  return buildReference(exampleReferenceRows());
}

export function entry(overrides: Partial<LedgerEntry>): LedgerEntry {
  return {
    id: 'T-000001',
    status: 'Assigned',
    assignee: '',
    createdMs: Date.UTC(2026, 7, 17, 14, 0),
    campus: 'North Campus',
    room: '101',
    category: 'Chromebook',
    assetTag: '',
    responseKey: '',
    summary: '',
    resolution: '',
    ...overrides,
  };
}

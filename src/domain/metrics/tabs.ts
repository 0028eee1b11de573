// The leaders' tabs the metrics run rebuilds, and the Recognition tab's columns.

/** The leaders' tabs, rebuilt from the ledger by the metrics run (never edited by people). */
export const LEADER_TAB = {
  metrics: 'Metrics',
  daily: 'Daily',
  dashboard: 'Dashboard',
  recognition: 'Recognition',
  schoolYears: 'School Years',
} as const;

/** The Recognition tab: one row per badge earned, appended once. */
export const RECOGNITION_HEADERS = [
  'Earned',
  'Tech',
  'Badge',
  'Tech Email',
  'Badge ID',
] as const;
